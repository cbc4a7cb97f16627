#pragma once

#include "catalog/catalogsnapshot.h"
#include "templates/formlayout.h"

class QWidget;

namespace Atrium {

class FieldEditor;

/// Picks and sets up the editor for a form field from its widget kind and ui:options.
class FieldEditorFactory {
public:
    /// The editor for @p field; nullptr for groups and hidden fields, which have none.
    static FieldEditor* create(const FormField& field, const CatalogSnapshotPtr& catalog, QWidget* parent);
};

} // namespace Atrium
