#pragma once

#include "formlayout.h"
#include "parametervalidation.h"

#include <QCoreApplication>

namespace Atrium {

/// The checks Backstage's field extensions add to the schema's: EntityNamePicker's entity name rules,
/// EntityTagsPicker's tag rules and RepoUrlPicker's complete location.
class FieldExtensionValidator {
    Q_DECLARE_TR_FUNCTIONS(Atrium::FieldExtensionValidator)
public:
    /// Errors of @p answers for @p fields (and their children), at each field's path.
    static FieldErrors validate(const QList<FormField>& fields, const QJsonObject& answers);

    /// KubernetesValidatorFunctions.isValidObjectName, which EntityNamePicker uses.
    static bool isValidEntityName(const QString& name);
    /// The catalog's isValidTag, which EntityTagsPicker uses.
    static bool isValidTag(const QString& tag);

    /// The answer at dotted @p path; undefined when there is none.
    static QJsonValue valueAt(const QJsonObject& answers, const QString& path);
};

} // namespace Atrium
