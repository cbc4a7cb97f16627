#include "fieldextensionvalidation.h"

#include "repourl.h"

#include <QRegularExpression>

namespace Atrium {

FieldErrors FieldExtensionValidator::validate(const QList<FormField>& fields, const QJsonObject& answers)
{
    FieldErrors errors;
    for (const FormField& field : FormLayout::flattened(fields)) {
        const QJsonValue value = valueAt(answers, field.path);
        if (value.isUndefined() || value.isNull())
            continue;
        switch (field.widget) {
        case FormField::Widget::EntityNamePicker:
            if (value.isString() && !isValidEntityName(value.toString())) {
                errors.append({ field.path,
                                tr("Must start and end with a letter or digit and contain only letters, digits, "
                                   "hyphens, underscores and periods; at most 63 characters.") });
            }
            break;
        case FormField::Widget::EntityTagsPicker: {
            QStringList invalid;
            for (const QJsonValue tag : value.toArray()) {
                if (!isValidTag(tag.toString()))
                    invalid.append(tag.toString());
            }
            if (!invalid.isEmpty()) {
                errors.append({ field.path,
                                tr("Not a valid tag: %1. Tags use a-z, 0-9, ':', '+' and '#', in words joined "
                                   "by '-', at most 63 characters.")
                                    .arg(invalid.join(QLatin1String(", "))) });
            }
            break;
        }
        case FormField::Widget::RepoUrlPicker:
            if (value.isString() && !RepoUrl::parse(value.toString()).isComplete())
                errors.append({ field.path, tr("Choose a host and enter the repository's name.") });
            break;
        default:
            break;
        }
    }
    return errors;
}

bool FieldExtensionValidator::isValidEntityName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$"));
    return !name.isEmpty() && name.size() <= 63 && pattern.match(name).hasMatch();
}

bool FieldExtensionValidator::isValidTag(const QString& tag)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9:+#]+(\\-[a-z0-9:+#]+)*$"));
    return !tag.isEmpty() && tag.size() <= 63 && pattern.match(tag).hasMatch();
}

QJsonValue FieldExtensionValidator::valueAt(const QJsonObject& answers, const QString& path)
{
    QJsonValue value = answers;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

} // namespace Atrium
