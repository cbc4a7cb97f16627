#pragma once

#include "templatesyntax.h"
#include "templatevalue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace Atrium {

/// A template.yaml value (step input, `if`, output) after templating.
struct TemplatedValueResult {
    /// What Backstage's scaffolder makes of it; QJsonValue::Undefined where it drops the value (an empty result).
    QJsonValue value;
    /// Failures Backstage only logs: the string that failed is kept as it was written.
    QList<TemplateError> errors;
};

/// The same, with the value as the engine holds it: objects keep JavaScript's key order (the order they are written
/// in), where QJsonObject would sort them.
struct OrderedTemplatedValueResult {
    TemplateValue value; ///< undefined where Backstage drops the value
    QList<TemplateError> errors;
};

/// Renders every string inside a template.yaml value as Backstage's NunjucksWorkflowRunner.render does: a string
/// that is a single `${{ expr }}` (or a single statement) is rendered as `${{ (expr) | dump }}` and parsed back as
/// JSON, so it keeps its type; any other string renders to a string. Object keys are never templated.
class TemplatedValue {
public:
    static TemplatedValueResult render(const QJsonValue& templated, const QJsonObject& context);
    /// render() for values read with their key order (TemplateDefinitionReader's step inputs and output): objects
    /// come out in the order they went in, as Backstage's do.
    static OrderedTemplatedValueResult renderOrdered(const TemplateValue& templated, const TemplateValue& context);
};

} // namespace Atrium
