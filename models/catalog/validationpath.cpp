#include "validationpath.h"

#include <QCoreApplication>

namespace Atrium::Validation {

void Reporter::error(const Path& path, QString message, bool atKey)
{
    m_issues.append(ValidationIssue { path.toList(), Problem::Severity::Error, std::move(message), atKey });
}

void Reporter::missing(const Path& parent, QAnyStringView key, QStringView requiredBy)
{
    const QString field = parent.child(key).toString();
    error(parent,
          requiredBy.isEmpty() ? Messages::tr("%1 is required but missing").arg(field)
                               : Messages::tr("%1 is required for %2 but missing").arg(field, requiredBy.toString()));
}

void Reporter::wrongType(const QJsonValue& value, const Path& path, const QString& expected)
{
    error(path, Messages::tr("%1 must be %2, but found %3").arg(path.toString(), expected, describeType(value)));
}

bool Reporter::string(const QJsonValue& value, const Path& path, bool nonEmpty)
{
    // Without the length check there is no need to convert the value, which allocates.
    if (!nonEmpty && value.isString())
        return true;
    QString text;
    return string(value, path, nonEmpty, text);
}

bool Reporter::string(const QJsonValue& value, const Path& path, bool nonEmpty, QString& text)
{
    if (!value.isString()) {
        wrongType(value, path, Messages::tr("a string"));
        return false;
    }
    text = value.toString();
    if (nonEmpty && text.isEmpty()) {
        error(path, Messages::tr("%1 must not be empty").arg(path.toString()));
        return false;
    }
    return true;
}

bool Reporter::object(const QJsonValue& value, const Path& path)
{
    if (value.isObject())
        return true;
    wrongType(value, path, Messages::tr("a mapping"));
    return false;
}

bool Reporter::array(const QJsonValue& value, const Path& path)
{
    if (value.isArray())
        return true;
    wrongType(value, path, Messages::tr("a list"));
    return false;
}

void Reporter::stringOrBoolean(const QJsonValue& value, const Path& path)
{
    if (!value.isString() && !value.isBool())
        wrongType(value, path, Messages::tr("a string or a boolean"));
}

QString Reporter::describeType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return Messages::tr("a string");
    case QJsonValue::Double:
        return Messages::tr("a number");
    case QJsonValue::Bool:
        return Messages::tr("a boolean");
    case QJsonValue::Array:
        return Messages::tr("a list");
    case QJsonValue::Object:
        return Messages::tr("a mapping");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Messages::tr("an empty value (null)");
}

} // namespace Atrium::Validation
