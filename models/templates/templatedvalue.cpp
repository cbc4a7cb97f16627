#include "templatedvalue.h"

#include "templateparser.h"
#include "templaterenderer.h"

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

TemplateValue renderString(const QString& text, const TemplateValue& context, QList<TemplateError>& errors)
{
    if (isSingleTemplateString(text)) {
        // JavaScript's `.` stops at line terminators; the replacement wraps each line's outermost ${{ … }}.
        static const QRegularExpression expression(QStringLiteral("\\$\\{\\{([^\\n\\r\\x{2028}\\x{2029}]+)\\}\\}"));
        QString wrapped = text;
        wrapped.replace(expression, QStringLiteral("${{ ( \\1 ) | dump }}"));
        const TemplateResult dumped = TemplateRenderer::render(wrapped, context);
        if (!dumped.error) {
            if (dumped.output.isEmpty())
                return {};
            if (auto parsed = jsonParse(dumped.output))
                return *parsed;
        }
    }
    const TemplateResult rendered = TemplateRenderer::render(text, context);
    if (rendered.error) {
        errors.append(*rendered.error);
        return TemplateValue::string(text);
    }
    if (rendered.output.isEmpty())
        return {};
    return TemplateValue::string(rendered.output);
}

TemplateValue renderValue(const TemplateValue& value, const TemplateValue& context, QList<TemplateError>& errors)
{
    switch (value.type()) {
    case TemplateValue::Type::String:
        return value.isSafe() ? value : renderString(value.stringValue(), context, errors);
    case TemplateValue::Type::Array: {
        TemplateValue::Array items;
        for (const TemplateValue& item : value.arrayItems()) {
            TemplateValue rendered = renderValue(item, context, errors);
            items.append(rendered.isUndefined() ? TemplateValue::null() : std::move(rendered));
        }
        return TemplateValue::array(std::move(items));
    }
    case TemplateValue::Type::Object: {
        TemplateValue::Object members;
        const TemplateValue::Object& source = value.objectMembers();
        for (qsizetype i = 0; i < source.keys.size(); ++i) {
            TemplateValue rendered = renderValue(source.values.at(i), context, errors);
            if (!rendered.isUndefined())
                members.insert(source.keys.at(i), rendered);
        }
        return TemplateValue::object(std::move(members));
    }
    default:
        return value;
    }
}

} // namespace

TemplatedValueResult TemplatedValue::render(const QJsonValue& templated, const QJsonObject& context)
{
    OrderedTemplatedValueResult ordered
        = renderOrdered(TemplateValue::fromJson(templated), TemplateValue::fromJson(context));
    return { ordered.value.toJson(), std::move(ordered.errors) };
}

OrderedTemplatedValueResult TemplatedValue::renderOrdered(const TemplateValue& templated, const TemplateValue& context)
{
    OrderedTemplatedValueResult result;
    result.value = renderValue(templated, context, result.errors);
    return result;
}

} // namespace Atrium
