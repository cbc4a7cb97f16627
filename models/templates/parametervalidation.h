#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Atrium {

/// One problem with a template's answers, at the field it belongs to.
struct FieldError {
    /// Dotted path of the field in the answers, as the form shows it: `name`, `database.size`, `owners.1`;
    /// empty for the page as a whole (a schema that cannot be used).
    QString path;
    QString message;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};
using FieldErrors = QList<FieldError>;

/// Checks a template's answers against its parameter schema as the Backstage wizard's form does (react-jsonschema-form
/// with JSON Schema draft 7): type, required, enum, const, pattern, minimum/maximum (and exclusive), minLength/
/// maxLength, minItems/maxItems, uniqueItems, format, dependencies, oneOf/anyOf/allOf, if/then/else.
///
/// The schema engine is valijson. Its messages are rephrased for people and translated, each tied to its field:
/// a missing required property is reported at the property, not at the object that requires it, and the "property
/// X failed" messages valijson adds on every enclosing object are dropped, since the field's own message says it.
/// Formats: date, time and date-time by valijson; email, uri, hostname, ipv4, ipv6 and uuid checked here, for
/// properties reached through `properties` and `items` (as the form lays them out). `ui:*` keys are ignored.
class ParameterValidator {
    Q_DECLARE_TR_FUNCTIONS(Atrium::ParameterValidator)
public:
    /// Errors of @p answers against one parameter page's @p schema (a JSON Schema object); empty when valid.
    static FieldErrors validate(const QJsonObject& schema, const QJsonObject& answers);
    /// Why @p schema cannot be used to check answers (valijson cannot read it); empty when it can.
    static QString schemaProblem(const QJsonObject& schema);
};

} // namespace Atrium
