#pragma once

#include "templates/formlayout.h"

#include <QCoreApplication>

namespace Atrium {

/// The title and description Backstage's field extensions show when the schema gives none (OwnerPicker's
/// "Owner"…), rather than the bare property name.
class ExtensionDefaults {
    Q_DECLARE_TR_FUNCTIONS(Atrium::ExtensionDefaults)
public:
    static FormField applied(FormField field);
};

} // namespace Atrium
