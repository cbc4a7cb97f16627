#include "templateanswers.h"

#include "catalog/yamlreader.h"
#include "formlayout.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

QJsonObject fillDefaults(const QJsonObject& unresolved, QJsonObject answers, int depth = 0)
{
    if (depth > 32)
        return answers;
    // Fields that conditions add (dependencies, if/then) have defaults too; resolve against the answers so far.
    const QJsonObject schema = FormLayout::resolved(unresolved, answers);
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject property = it.value().toObject();
        if (!answers.contains(it.key())) {
            if (property.contains(u"default"_s))
                answers.insert(it.key(), property.value(u"default"_s));
            else if (property.contains(u"properties"_s)) {
                const QJsonObject nested = fillDefaults(property, {}, depth + 1);
                if (!nested.isEmpty())
                    answers.insert(it.key(), nested);
            }
        } else if (answers.value(it.key()).isObject() && property.contains(u"properties"_s)) {
            answers.insert(it.key(), fillDefaults(property, answers.value(it.key()).toObject(), depth + 1));
        }
    }
    return answers;
}

/// The schema of the field at @p segments on any page, if one describes it.
QJsonObject fieldSchema(const TemplateDefinition& definition, const QStringList& segments)
{
    for (const TemplateParameterPage& page : definition.pages) {
        QJsonObject schema = page.schema;
        bool found = true;
        for (const QString& segment : segments) {
            const QJsonObject properties = schema.value(u"properties"_s).toObject();
            if (!properties.contains(segment)) {
                found = false;
                break;
            }
            schema = properties.value(segment).toObject();
        }
        if (found)
            return schema;
    }
    return {};
}

QJsonObject setAt(QJsonObject object, const QStringList& segments, qsizetype index, const QJsonValue& value)
{
    const QString& key = segments.at(index);
    if (index + 1 == segments.size()) {
        object.insert(key, value);
        return object;
    }
    object.insert(key, setAt(object.value(key).toObject(), segments, index + 1, value));
    return object;
}

} // namespace

QJsonObject TemplateAnswers::withDefaults(const TemplateDefinition& definition, QJsonObject answers)
{
    for (const TemplateParameterPage& page : definition.pages) {
        // A default can select a branch that brings more defaults: repeat until nothing changes.
        for (int round = 0; round < 8; ++round) {
            QJsonObject filled = fillDefaults(page.schema, answers);
            if (filled == answers)
                break;
            answers = std::move(filled);
        }
    }
    return answers;
}

QString TemplateAnswers::set(const TemplateDefinition& definition, QJsonObject& answers, const QString& path,
                             const QString& text)
{
    const QStringList segments = path.split(u'.');
    if (path.isEmpty() || segments.contains(QString()))
        return tr("\"%1\" is not a field name (use name or parent.child)").arg(path);
    QJsonValue value = text;
    const QString type = fieldSchema(definition, segments).value(u"type"_s).toString();
    if (type != u"string") {
        // YAML reads 3, true, null and [a, b] as what they look like; the wrapper keeps any text a valid document.
        YamlLimits limits;
        limits.objectRootsOnly = true;
        const YamlReadResult read = readYamlDocuments(QByteArray("v: ") + text.toUtf8(), QString(), limits);
        if (read.problems.isEmpty() && read.documents.size() == 1) {
            const QJsonValue parsed = read.documents.front().value.toObject().value(u"v"_s);
            // "#x" reads as a comment (null): only the words for null mean null.
            const bool meansNull = text == u"null" || text == u"Null" || text == u"NULL" || text == u"~";
            if (!parsed.isUndefined() && (!parsed.isNull() || meansNull))
                value = parsed;
        }
    }
    answers = setAt(answers, segments, 0, value);
    return {};
}

FieldErrors TemplateAnswers::validate(const TemplateDefinition& definition, const QJsonObject& answers)
{
    FieldErrors errors;
    for (const TemplateParameterPage& page : definition.pages) {
        for (const FieldError& error : ParameterValidator::validate(page.schema, answers)) {
            if (!errors.contains(error))
                errors.append(error);
        }
    }
    return errors;
}

} // namespace Atrium
