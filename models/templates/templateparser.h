#pragma once

#include "templatesyntax.h"

#include <QStringView>

#include <variant>

namespace Atrium {

/// Parses a template the way nunjucks 3.2's lexer and parser do, with the same token rules, whitespace control and
/// error messages. Nesting deeper than TemplateParser::maxDepth is an error rather than a stack overflow.
class TemplateParser {
public:
    static constexpr int maxDepth = 200;

    using Result = std::variant<std::unique_ptr<TemplateNode>, TemplateError>;
    static Result parse(QStringView source, const TemplateSyntax& syntax);
};

} // namespace Atrium
