#pragma once

#include "parametervalidation.h"
#include "templatedefinition.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Atrium {

/// The answers to a template's form outside the form: defaults filled in as the wizard shows them, `key=value`
/// settings from a command line, and the check of all pages at once.
class TemplateAnswers {
    Q_DECLARE_TR_FUNCTIONS(Atrium::TemplateAnswers)
public:
    /// @p answers with every `default` of the pages' schemas filled in where no answer is given (nested objects
    /// too), as react-jsonschema-form starts the form.
    static QJsonObject withDefaults(const TemplateDefinition& definition, QJsonObject answers);

    /// Sets the answer at a dotted @p path ("database.size") from command-line @p text: read as a YAML scalar or
    /// flow collection (3, true, [a, b]) unless the schema says the field is a string, when the text is kept as
    /// written. Returns why it cannot be set; empty on success.
    static QString set(const TemplateDefinition& definition, QJsonObject& answers, const QString& path,
                       const QString& text);

    /// Errors of @p answers against every page, in page order, without repeats.
    static FieldErrors validate(const TemplateDefinition& definition, const QJsonObject& answers);
};

} // namespace Atrium
