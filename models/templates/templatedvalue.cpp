#include "templatedvalue.h"

#include "templateparser.h"
#include "templaterenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Atrium {

namespace {

/// NunjucksWorkflowRunner.isSingleTemplateString: one top-level node that is not plain text.
bool isSingleTemplateString(const QString& text)
{
    const auto parsed = TemplateParser::parse(text, TemplateSyntax {});
    const auto* root = std::get_if<std::unique_ptr<TemplateNode>>(&parsed);
    return root && (*root)->children.size() == 1 && (*root)->children.front()->kind != TemplateNode::Kind::Data;
}

/// JSON.parse of a whole text holding exactly one JSON value.
std::optional<QJsonValue> parseJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QString(u'[' + text + u']').toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

QJsonValue renderString(const QString& text, const TemplateValue& context, QList<TemplateError>& errors)
{
    if (isSingleTemplateString(text)) {
        // JavaScript's `.` stops at line terminators; the replacement wraps each line's outermost ${{ … }}.
        static const QRegularExpression expression(QStringLiteral("\\$\\{\\{([^\\n\\r\\x{2028}\\x{2029}]+)\\}\\}"));
        QString wrapped = text;
        wrapped.replace(expression, QStringLiteral("${{ ( \\1 ) | dump }}"));
        const TemplateResult dumped = TemplateRenderer::render(wrapped, context);
        if (!dumped.error) {
            if (dumped.output.isEmpty())
                return QJsonValue(QJsonValue::Undefined);
            if (const auto json = parseJson(dumped.output))
                return *json;
        }
    }
    const TemplateResult rendered = TemplateRenderer::render(text, context);
    if (rendered.error) {
        errors.append(*rendered.error);
        return text;
    }
    if (rendered.output.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return rendered.output;
}

QJsonValue renderJson(const QJsonValue& value, const TemplateValue& context, QList<TemplateError>& errors)
{
    switch (value.type()) {
    case QJsonValue::String:
        return renderString(value.toString(), context, errors);
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            const QJsonValue rendered = renderJson(item, context, errors);
            array.append(rendered.isUndefined() ? QJsonValue(QJsonValue::Null) : rendered);
        }
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it) {
            const QJsonValue rendered = renderJson(it.value(), context, errors);
            if (!rendered.isUndefined())
                object.insert(it.key(), rendered);
        }
        return object;
    }
    default:
        return value;
    }
}

} // namespace

TemplatedValueResult TemplatedValue::render(const QJsonValue& templated, const QJsonObject& context)
{
    TemplatedValueResult result;
    result.value = renderJson(templated, TemplateValue::fromJson(context), result.errors);
    return result;
}

} // namespace Atrium
