#include "parametervalidation.h"

// valijson reports a schema it cannot use by throwing; without this it calls abort().
#define VALIJSON_USE_EXCEPTIONS 1
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <cmath>
#include <exception>
#include <optional>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace Atrium {

namespace {

/// A number as the form shows it: 65535, not 65535.000000; 0.5, not 5e-01.
QString formatNumber(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString displayValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return formatNumber(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(
        QJsonDocument(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
            .toJson(QJsonDocument::Compact));
}

/// @p schema with the keywords of its `allOf` branches and dependency schemas folded in (its own win): a chosen
/// oneOf branch is an `allOf` entry after ParameterValidator resolved it, and its fields and limits belong to the
/// field. Only for wording messages; validation uses the schema as it is.
QJsonObject flattened(QJsonObject schema, int depth = 0)
{
    QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
    // Fields a dependency adds (Backstage's "dependencies + oneOf") describe the same answers.
    const QJsonObject dependencies = schema.value(QLatin1String("dependencies")).toObject();
    for (const QJsonValue& dependency : dependencies) {
        if (dependency.isObject())
            allOf.append(dependency);
    }
    for (const QJsonValue& branch : allOf) {
        const QJsonObject inner = depth < 8 ? flattened(branch.toObject(), depth + 1) : branch.toObject();
        for (auto it = inner.constBegin(); it != inner.constEnd(); ++it) {
            if (it.key() == QLatin1String("properties") && schema.contains(it.key())) {
                QJsonObject properties = schema.value(it.key()).toObject();
                const QJsonObject more = it.value().toObject();
                for (auto p = more.constBegin(); p != more.constEnd(); ++p) {
                    if (!properties.contains(p.key()))
                        properties.insert(p.key(), p.value());
                }
                schema.insert(it.key(), properties);
            } else if (!schema.contains(it.key())) {
                schema.insert(it.key(), it.value());
            }
        }
    }
    return schema;
}

/// The subschema that describes the value at @p path, following `properties`, `items` and `allOf`; empty when
/// the path leaves what those describe (the message then stays general).
QJsonObject schemaAt(QJsonObject schema, const QStringList& path)
{
    schema = flattened(schema);
    for (const QString& segment : path) {
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        if (properties.contains(segment)) {
            schema = flattened(properties.value(segment).toObject());
            continue;
        }
        bool isIndex = false;
        const int index = segment.toInt(&isIndex);
        const QJsonValue items = schema.value(QLatin1String("items"));
        if (isIndex && items.isObject()) {
            schema = flattened(items.toObject());
        } else if (isIndex && items.isArray() && index < items.toArray().size()) {
            schema = flattened(items.toArray().at(index).toObject());
        } else {
            return {};
        }
    }
    return schema;
}

QStringList pathOf(const std::vector<std::string>& context)
{
    QStringList path;
    for (const std::string& part : context) {
        QString segment = QString::fromStdString(part);
        if (segment == QLatin1String("<root>"))
            continue;
        if (segment.startsWith(QLatin1Char('[')) && segment.endsWith(QLatin1Char(']')))
            segment = segment.mid(1, segment.size() - 2);
        // valijson quotes object keys that look like numbers
        if (segment.size() >= 2 && segment.startsWith(QLatin1Char('"')) && segment.endsWith(QLatin1Char('"')))
            segment = segment.mid(1, segment.size() - 2);
        path.append(segment);
    }
    return path;
}

QString typeName(const QJsonValue& type)
{
    const QString name = type.isArray() ? type.toArray().first().toString() : type.toString();
    if (name == QLatin1String("string"))
        return ParameterValidator::tr("text");
    if (name == QLatin1String("integer"))
        return ParameterValidator::tr("a whole number");
    if (name == QLatin1String("number"))
        return ParameterValidator::tr("a number");
    if (name == QLatin1String("boolean"))
        return ParameterValidator::tr("yes or no");
    if (name == QLatin1String("array"))
        return ParameterValidator::tr("a list");
    if (name == QLatin1String("object"))
        return ParameterValidator::tr("a group of fields");
    return name;
}

/// valijson's description rephrased for the form, using what the schema says at the field. Empty: drop it.
QString rephrase(const QString& description, const QJsonObject& fieldSchema, QStringList& path)
{
    using V = ParameterValidator;
    static const QRegularExpression required(QStringLiteral("^Missing required property '(.*)'\\.$"));
    static const QRegularExpression minLength(QStringLiteral("^String should be no fewer than (\\d+) characters"));
    static const QRegularExpression maxLength(QStringLiteral("^String should be no more than (\\d+) characters"));
    static const QRegularExpression minItems(QStringLiteral("^Array should contain no fewer than (\\d+) elements"));
    static const QRegularExpression maxItems(QStringLiteral("^Array should contain no more than (\\d+) elements"));
    // Messages that only say an inner rule failed; the inner rule's own message is reported at its field.
    static const QRegularExpression wrapper(
        QStringLiteral("^Failed to validate (against schema associated with property name|item #|against child "
                       "schema #|against dependent schema|against a conditional schema)"));

    if (wrapper.match(description).hasMatch())
        return {}; // the field's own message says it
    if (const QRegularExpressionMatch m = required.match(description); m.hasMatch()) {
        path.append(m.captured(1));
        return V::tr("This field is required.");
    }
    if (const QRegularExpressionMatch m = minLength.match(description); m.hasMatch())
        return V::tr("Minimum length: %1.").arg(m.captured(1));
    if (const QRegularExpressionMatch m = maxLength.match(description); m.hasMatch())
        return V::tr("Maximum length: %1.").arg(m.captured(1));
    if (const QRegularExpressionMatch m = minItems.match(description); m.hasMatch())
        return V::tr("Choose at least %1.").arg(m.captured(1));
    if (const QRegularExpressionMatch m = maxItems.match(description); m.hasMatch())
        return V::tr("Choose at most %1.").arg(m.captured(1));
    if (description.startsWith(QLatin1String("Failed to match regex specified by 'pattern'")))
        return V::tr("Must match the pattern %1.").arg(fieldSchema.value(QLatin1String("pattern")).toString());
    if (description.startsWith(QLatin1String("Failed to match against any enum values"))) {
        QStringList values;
        for (const QJsonValue& value : fieldSchema.value(QLatin1String("enum")).toArray())
            values.append(displayValue(value));
        return values.isEmpty() ? V::tr("Must be one of the allowed values.")
                                : V::tr("Must be one of: %1.").arg(values.join(QStringLiteral(", ")));
    }
    if (description.startsWith(QLatin1String("Failed to match expected value set by 'const'")))
        return V::tr("Must be %1.").arg(displayValue(fieldSchema.value(QLatin1String("const"))));
    if (description.startsWith(QLatin1String("Expected number greater than or equal to")))
        return V::tr("Must be at least %1.").arg(formatNumber(fieldSchema.value(QLatin1String("minimum")).toDouble()));
    if (description.startsWith(QLatin1String("Expected number less than or equal to")))
        return V::tr("Must be at most %1.").arg(formatNumber(fieldSchema.value(QLatin1String("maximum")).toDouble()));
    if (description.startsWith(QLatin1String("Expected number greater than"))) {
        return V::tr("Must be more than %1.")
            .arg(formatNumber(fieldSchema.value(QLatin1String("exclusiveMinimum")).toDouble()));
    }
    if (description.startsWith(QLatin1String("Expected number less than"))) {
        return V::tr("Must be less than %1.")
            .arg(formatNumber(fieldSchema.value(QLatin1String("exclusiveMaximum")).toDouble()));
    }
    if (description.contains(QLatin1String("violate uniqueness constraint")))
        return V::tr("Each item may appear only once.");
    if (description.startsWith(QLatin1String("Value type not permitted by 'type' constraint")))
        return V::tr("Must be %1.").arg(typeName(fieldSchema.value(QLatin1String("type"))));
    if (description.startsWith(QLatin1String("String should be a valid date-time")))
        return V::tr("Must be a date and time, such as 2026-11-26T09:30:00Z.");
    if (description.startsWith(QLatin1String("String should be a valid date")))
        return V::tr("Must be a date, such as 2026-11-26.");
    if (description.startsWith(QLatin1String("String should be a valid time")))
        return V::tr("Must be a time, such as 09:30:00Z.");
    if (description.contains(QLatin1String("exactly one")))
        return V::tr("Must match exactly one of the allowed forms.");
    if (description.contains(QLatin1String("any schemas allowed by anyOf")))
        return V::tr("Must match one of the allowed forms.");
    if (description.contains(QLatin1String("allOf")))
        return V::tr("Must match every rule of this field.");
    return description;
}

bool isIpv4(QStringView text)
{
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        bool ok = false;
        const int octet = part.toInt(&ok);
        // No signs, no leading zeros ("010" is ambiguous), as ajv-formats' ipv4 rejects them.
        if (!ok || part.isEmpty() || part.size() > 3 || octet > 255 || !part.front().isDigit()
            || (part.size() > 1 && part.front() == u'0'))
            return false;
    }
    return true;
}

bool isIpv6(QStringView text)
{
    static const QRegularExpression group(QStringLiteral("^[0-9A-Fa-f]{1,4}$"));
    const qsizetype gap = text.indexOf(u"::");
    if (gap >= 0 && text.indexOf(u"::", gap + 1) >= 0)
        return false;
    auto groups = [](QStringView part) { return part.isEmpty() ? QList<QStringView>() : part.split(u':'); };
    QList<QStringView> all = gap >= 0 ? groups(text.left(gap)) + groups(text.mid(gap + 2)) : groups(text);
    int count = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i == all.size() - 1 && all.at(i).contains(u'.')) { // an embedded IPv4 address counts as two groups
            if (!isIpv4(all.at(i)))
                return false;
            count += 2;
        } else if (group.match(all.at(i)).hasMatch()) {
            ++count;
        } else {
            return false;
        }
    }
    return gap >= 0 ? count < 8 : count == 8;
}

bool isValidFormat(const QString& format, const QString& value)
{
    if (format == QLatin1String("email")) {
        static const QRegularExpression email(QStringLiteral("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$"));
        return email.match(value).hasMatch();
    }
    if (format == QLatin1String("uri")) {
        const QUrl url(value, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty();
    }
    if (format == QLatin1String("hostname")) {
        static const QRegularExpression hostname(
            QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                           "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
        return hostname.match(value).hasMatch();
    }
    if (format == QLatin1String("ipv4"))
        return isIpv4(value);
    if (format == QLatin1String("ipv6"))
        return isIpv6(value);
    if (format == QLatin1String("uuid"))
        return !QUuid::fromString(value).isNull() && value.size() == 36;
    return true; // date, time, date-time are valijson's; unknown formats are accepted, as ajv does by default
}

QString formatMessage(const QString& format)
{
    using V = ParameterValidator;
    if (format == QLatin1String("email"))
        return V::tr("Must be an email address.");
    if (format == QLatin1String("uri"))
        return V::tr("Must be a full address, such as https://example.com/path.");
    if (format == QLatin1String("hostname"))
        return V::tr("Must be a host name, such as api.example.com.");
    if (format == QLatin1String("ipv4"))
        return V::tr("Must be an IPv4 address, such as 192.0.2.10.");
    if (format == QLatin1String("ipv6"))
        return V::tr("Must be an IPv6 address.");
    return V::tr("Must be a UUID.");
}

void checkFormats(const QJsonObject& schema, const QJsonValue& value, QStringList& path, FieldErrors& errors)
{
    if (value.isString()) {
        const QString format = schema.value(QLatin1String("format")).toString();
        if (!format.isEmpty() && !isValidFormat(format, value.toString()))
            errors.append(FieldError { path.join(QLatin1Char('.')), formatMessage(format) });
        return;
    }
    if (value.isObject()) {
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!properties.contains(it.key()))
                continue;
            path.append(it.key());
            checkFormats(properties.value(it.key()).toObject(), it.value(), path, errors);
            path.removeLast();
        }
        return;
    }
    if (value.isArray()) {
        const QJsonValue items = schema.value(QLatin1String("items"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject itemSchema = items.isArray() ? items.toArray().at(i).toObject() : items.toObject();
            path.append(QString::number(i));
            checkFormats(itemSchema, array.at(i), path, errors);
            path.removeLast();
        }
    }
}

} // namespace

namespace {

struct RawError {
    QStringList path;
    QString description;
};

/// valijson over @p data; nullopt (and the reason in @p schemaError) when the schema cannot be used.
std::optional<QList<RawError>> runValijson(const QJsonObject& schemaObject, const QJsonValue& data,
                                           QString* schemaError)
{
    try {
        valijson::Schema schema;
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue schemaValue(schemaObject);
        valijson::adapters::QtJsonAdapter schemaAdapter(schemaValue);
        parser.populateSchema(schemaAdapter, schema);
        valijson::ValidationResults results;
        valijson::Validator validator(valijson::Validator::kStrongTypes);
        valijson::adapters::QtJsonAdapter targetAdapter(data);
        validator.validate(schema, targetAdapter, &results);
        QList<RawError> errors;
        valijson::ValidationResults::Error error;
        while (results.popError(error))
            errors.append(RawError { pathOf(error.context), QString::fromStdString(error.description) });
        return errors;
    } catch (const std::exception& error) {
        // a schema valijson cannot read, or a `pattern` that is not a valid regular expression
        if (schemaError)
            *schemaError = QString::fromStdString(error.what());
        return std::nullopt;
    }
}

/// How badly @p data misses @p branch: a failed `enum` or `const` means the branch is about another choice
/// (Backstage's "dependencies + oneOf" pattern discriminates that way), anything else is an unanswered field.
int mismatch(const QJsonObject& branch, const QJsonValue& data)
{
    const std::optional<QList<RawError>> errors = runValijson(branch, data, nullptr);
    if (!errors)
        return 1 << 20;
    int score = 0;
    for (const RawError& error : *errors) {
        if (error.description.startsWith(QLatin1String("Failed to match against any enum values"))
            || error.description.startsWith(QLatin1String("Failed to match expected value set by 'const'")))
            score += 1000;
        else if (!error.description.startsWith(QLatin1String("Failed to validate")))
            score += 1;
    }
    return score;
}

/// The branch of a oneOf/anyOf the answers mean, as the form decides which fields to show: the one they match
/// best. Returns the schema with the combinator replaced by that branch, so its errors are reported at its fields
/// instead of every branch's errors and a "matches none" summary. Left alone when two branches match fully (a
/// `oneOf` that is then really violated) or when none is given.
QJsonObject chooseBranch(QJsonObject schema, const QJsonValue& data, QLatin1String keyword)
{
    const QJsonArray branches = schema.value(keyword).toArray();
    if (branches.isEmpty())
        return schema;
    int best = -1;
    int bestScore = 0;
    int perfect = 0;
    for (qsizetype i = 0; i < branches.size(); ++i) {
        const int score = mismatch(branches.at(i).toObject(), data);
        perfect += score == 0 ? 1 : 0;
        if (best < 0 || score < bestScore) {
            best = int(i);
            bestScore = score;
        }
    }
    if (keyword == QLatin1String("oneOf") && perfect > 1)
        return schema;
    QJsonArray allOf = schema.value(QLatin1String("allOf")).toArray();
    allOf.append(branches.at(best));
    schema.remove(keyword);
    schema.insert(QLatin1String("allOf"), allOf);
    return schema;
}

/// @p schema and the parts of its `allOf`, each on its own (parts of parts too): valijson stops at the first part
/// that fails, but the form shows every field at fault, as ajv (allErrors, react-jsonschema-form's validator) does.
/// Each part keeps the root's definitions, for its `$ref`s.
QList<QJsonObject> allOfParts(QJsonObject schema, const QJsonObject& root)
{
    const QJsonArray allOf = schema.take(QLatin1String("allOf")).toArray();
    QList<QJsonObject> parts { schema };
    for (const QJsonValue& value : allOf) {
        QJsonObject part = value.toObject();
        for (const QLatin1String key : { QLatin1String("definitions"), QLatin1String("$defs") }) {
            if (root.contains(key) && !part.contains(key))
                part.insert(key, root.value(key));
        }
        parts += allOfParts(part, root);
    }
    return parts;
}

/// chooseBranch() everywhere the answers reach: this object, its dependencies, its properties and items.
QJsonObject resolveChoices(QJsonObject schema, const QJsonValue& data, int depth = 0)
{
    if (depth > 32) // deeper schemas are left to valijson as they are
        return schema;
    schema = chooseBranch(schema, data, QLatin1String("oneOf"));
    schema = chooseBranch(schema, data, QLatin1String("anyOf"));
    if (data.isObject()) {
        const QJsonObject object = data.toObject();
        QJsonObject dependencies = schema.value(QLatin1String("dependencies")).toObject();
        for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
            if (it.value().isObject() && object.contains(it.key()))
                it.value() = resolveChoices(it.value().toObject(), data, depth + 1);
        }
        if (!dependencies.isEmpty())
            schema.insert(QLatin1String("dependencies"), dependencies);
        QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (object.contains(it.key()))
                it.value() = resolveChoices(it.value().toObject(), object.value(it.key()), depth + 1);
        }
        if (!properties.isEmpty())
            schema.insert(QLatin1String("properties"), properties);
    }
    return schema;
}

} // namespace

QString ParameterValidator::schemaProblem(const QJsonObject& schema)
{
    QString problem;
    if (runValijson(schema, QJsonObject(), &problem))
        return {};
    return problem.isEmpty() ? tr("it cannot be read") : problem;
}

FieldErrors ParameterValidator::validate(const QJsonObject& schemaObject, const QJsonObject& answers)
{
    QString schemaError;
    const QJsonObject resolved = resolveChoices(schemaObject, answers);
    // Each error with the part it comes from: a limit is worded from the part that sets it.
    QList<std::pair<QJsonObject, RawError>> raw;
    for (const QJsonObject& part : allOfParts(resolved, resolved)) {
        const std::optional<QList<RawError>> partErrors = runValijson(part, answers, &schemaError);
        if (!partErrors)
            return { FieldError { QString(),
                                  tr("The template's parameter schema cannot be used: %1").arg(schemaError) } };
        for (const RawError& error : *partErrors)
            raw.append({ part, error });
    }

    FieldErrors errors;
    QSet<std::pair<QString, QString>> seen;
    for (const auto& [part, error] : std::as_const(raw)) {
        QStringList path = error.path;
        QJsonObject fieldSchema = schemaAt(part, path);
        if (fieldSchema.isEmpty())
            fieldSchema = schemaAt(resolved, path);
        const QString message = rephrase(error.description, fieldSchema, path);
        const QString dotted = path.join(QLatin1Char('.'));
        if (message.isEmpty() || seen.contains({ dotted, message }))
            continue;
        seen.insert({ dotted, message });
        errors.append(FieldError { dotted, message });
    }
    QStringList path;
    checkFormats(schemaObject, answers, path, errors);
    return errors;
}

} // namespace Atrium
