#include "templateparser.h"

#include "templatelexer.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <exception>

namespace Atrium {

namespace {

using namespace Qt::StringLiterals;
using Kind = TemplateNode::Kind;
using TokenType = TemplateLexer::TokenType;
using Token = TemplateLexer::Token;
using NodePtr = std::unique_ptr<TemplateNode>;

/// nunjucks' names for token types, which its messages quote.
QString tokenTypeName(TokenType type)
{
    switch (type) {
    case TokenType::String:
        return QStringLiteral("string");
    case TokenType::Whitespace:
        return QStringLiteral("whitespace");
    case TokenType::Data:
        return QStringLiteral("data");
    case TokenType::BlockStart:
        return QStringLiteral("block-start");
    case TokenType::BlockEnd:
        return QStringLiteral("block-end");
    case TokenType::VariableStart:
        return QStringLiteral("variable-start");
    case TokenType::VariableEnd:
        return QStringLiteral("variable-end");
    case TokenType::Comment:
        return QStringLiteral("comment");
    case TokenType::LeftParen:
        return QStringLiteral("left-paren");
    case TokenType::RightParen:
        return QStringLiteral("right-paren");
    case TokenType::LeftBracket:
        return QStringLiteral("left-bracket");
    case TokenType::RightBracket:
        return QStringLiteral("right-bracket");
    case TokenType::LeftCurly:
        return QStringLiteral("left-curly");
    case TokenType::RightCurly:
        return QStringLiteral("right-curly");
    case TokenType::Operator:
        return QStringLiteral("operator");
    case TokenType::Comma:
        return QStringLiteral("comma");
    case TokenType::Colon:
        return QStringLiteral("colon");
    case TokenType::Tilde:
        return QStringLiteral("tilde");
    case TokenType::Pipe:
        return QStringLiteral("pipe");
    case TokenType::Int:
        return QStringLiteral("int");
    case TokenType::Float:
        return QStringLiteral("float");
    case TokenType::Boolean:
        return QStringLiteral("boolean");
    case TokenType::None:
        return QStringLiteral("none");
    case TokenType::Symbol:
        return QStringLiteral("symbol");
    case TokenType::Regex:
        return QStringLiteral("regex");
    }
    return {};
}

NodePtr makeNode(Kind kind, int line, int column)
{
    return std::make_unique<TemplateNode>(kind, line, column);
}

NodePtr makeBinary(Kind kind, NodePtr left, NodePtr right)
{
    auto node = makeNode(kind, left->line, left->column);
    node->children.push_back(std::move(left));
    node->children.push_back(std::move(right));
    return node;
}

QString trimStart(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && jsIsSpace(text.at(i)))
        ++i;
    return text.mid(i);
}

QString trimEnd(const QString& text)
{
    qsizetype end = text.size();
    while (end > 0 && jsIsSpace(text.at(end - 1)))
        --end;
    return text.left(end);
}

class Parser {
public:
    Parser(QStringView source, const TemplateSyntax& syntax)
        : m_lexer(source, syntax)
        , m_tokenBudget(64 * qint64(source.size()) + 1024)
    {
    }

    NodePtr parseTemplate()
    {
        auto root = makeNode(Kind::List, 0, 0);
        parseNodes(*root);
        return root;
    }

private:
    struct DepthGuard {
        explicit DepthGuard(Parser& parser)
            : m_parser(parser)
        {
            if (++m_parser.m_depth > TemplateParser::maxDepth)
                m_parser.fail(QStringLiteral("template nesting is too deep"));
        }
        ~DepthGuard() { --m_parser.m_depth; }
        Parser& m_parser;
    };

    [[noreturn]] void fail(const QString& message, std::optional<int> line = {}, std::optional<int> column = {},
                           std::optional<NunjitsuWording> nunjitsu = {})
    {
        if (!line || !column) {
            const auto token = peekToken();
            line = token ? std::optional(token->line) : std::nullopt;
            column = token ? std::optional(token->column) : std::nullopt;
            // nunjitsu finds a tag without its end before it parses anything inside.
            if (!token && m_tag.open && !nunjitsu)
                nunjitsu = nunjitsuAtTag(m_tag.variable ? QStringLiteral("Unterminated variable tag")
                                                        : QStringLiteral("Unterminated block tag"),
                                         m_tag);
        }
        throw TemplateError { message, line ? *line + 1 : 0, column ? *column + 1 : 0, std::move(nunjitsu) };
    }

    /// Where a tag starts (its `{%` or `${{`, zero-based) and whether its end was read yet.
    struct TagStart {
        int line = 0;
        int column = 0;
        bool variable = false;
        bool open = false;
    };

    static NunjitsuWording nunjitsuAtTag(const QString& message, const TagStart& tag)
    {
        return { message, tag.line + 1, tag.column + 1 };
    }

    /// The block @p opened reaches the end of the template without @p endTag; nunjucks says @p message.
    [[noreturn]] void failUnclosed(const QString& message, const QString& endTag, const TagStart& opened)
    {
        fail(message, {}, {}, nunjitsuAtTag(QStringLiteral("Missing %1 tag").arg(endTag), opened));
    }

    /// nunjitsu's words for a block tag it does not know, or one that closes or continues a block that is not open.
    NunjitsuWording unknownTagWording(const QString& name) const
    {
        static const QStringList structuralTags { u"else"_s,      u"endif"_s,     u"endfor"_s, u"endmacro"_s,
                                                  u"endcall"_s,   u"endfilter"_s, u"endset"_s, u"default"_s,
                                                  u"endswitch"_s, u"elif"_s,      u"elseif"_s, u"case"_s };
        static const QStringList statementTags { u"if"_s,      u"for"_s,    u"set"_s,   u"macro"_s,
                                                 u"call"_s,    u"filter"_s, u"block"_s, u"switch"_s,
                                                 u"include"_s, u"import"_s, u"from"_s,  u"extends"_s };
        if (structuralTags.contains(name)) {
            if (m_breakOnBlocks.isEmpty())
                return nunjitsuAtTag(
                    QStringLiteral("Unexpected %1 tag without a matching opening tag").arg(nunjitsuQuoted(name)),
                    m_tag);
            // nunjitsu lists what the open block accepts in its own order.
            static const QStringList order { u"elif"_s,   u"elseif"_s, u"else"_s,     u"endif"_s,
                                             u"endfor"_s, u"endset"_s, u"endfilter"_s };
            QStringList expected;
            for (const QString& stop : order) {
                if (m_breakOnBlocks.contains(stop))
                    expected.append(nunjitsuQuoted(stop));
            }
            const QString list = expected.size() == 1
                ? expected.constFirst()
                : expected.mid(0, expected.size() - 1).join(u", "_s) + u", or "_s + expected.constLast();
            return nunjitsuAtTag(QStringLiteral("Unexpected %1 tag; expected %2").arg(nunjitsuQuoted(name), list),
                                 m_tag);
        }
        return nunjitsuAtTag(nunjitsuUnknownName(QStringLiteral("template tag"), name, statementTags), m_tag);
    }

    std::optional<Token> nextToken()
    {
        if (m_peeked) {
            auto token = std::move(*m_peeked);
            m_peeked.reset();
            if (!token || token->type != TokenType::Whitespace)
                return token;
        }
        auto token = m_lexer.next();
        while (token && token->type == TokenType::Whitespace)
            token = m_lexer.next();
        if (token && (token->type == TokenType::BlockStart || token->type == TokenType::VariableStart))
            m_tag = { token->line, token->column, token->type == TokenType::VariableStart, true };
        else if (token && (token->type == TokenType::BlockEnd || token->type == TokenType::VariableEnd))
            m_tag.open = false;
        // Jinja compat's slices re-read the source after a failure; nested `[[[[` would take exponential time.
        if (++m_tokensRead > m_tokenBudget)
            throw TemplateError { QStringLiteral("the template is too complex to parse"), 0, 0 };
        return token;
    }

    const std::optional<Token>& peekToken()
    {
        if (!m_peeked)
            m_peeked = nextToken();
        return *m_peeked;
    }

    void pushToken(std::optional<Token> token) { m_peeked = std::move(token); }

    bool skip(TokenType type)
    {
        auto token = nextToken();
        if (!token || token->type != type) {
            pushToken(std::move(token));
            return false;
        }
        return true;
    }

    bool skipValue(TokenType type, QStringView value)
    {
        auto token = nextToken();
        if (!token || token->type != type || token->value != value) {
            pushToken(std::move(token));
            return false;
        }
        return true;
    }

    bool skipSymbol(QStringView value) { return skipValue(TokenType::Symbol, value); }

    Token expect(TokenType type)
    {
        auto token = nextToken();
        if (!token)
            fail(QStringLiteral("expected %1, got end of file").arg(tokenTypeName(type)));
        if (token->type != type)
            fail(QStringLiteral("expected %1, got %2").arg(tokenTypeName(type), tokenTypeName(token->type)),
                 token->line, token->column);
        return *token;
    }

    Token advanceAfterBlockEnd(QString name = {})
    {
        if (name.isEmpty()) {
            const auto& token = peekToken();
            if (!token)
                fail(QStringLiteral("unexpected end of file"));
            if (token->type != TokenType::Symbol)
                fail(QStringLiteral("advanceAfterBlockEnd: expected symbol token or explicit name to be passed"));
            name = nextToken()->value;
        }
        auto token = nextToken();
        if (token && token->type == TokenType::BlockEnd) {
            if (token->value.startsWith(u'-'))
                m_dropLeadingWhitespace = true;
        } else {
            fail(QStringLiteral("expected block end in %1 statement").arg(name));
        }
        return *token;
    }

    void advanceAfterVariableEnd()
    {
        auto token = nextToken();
        if (token && token->type == TokenType::VariableEnd) {
            m_dropLeadingWhitespace = token->value.size() > m_lexer.syntax().variableEnd.size();
        } else {
            pushToken(std::move(token));
            fail(QStringLiteral("expected variable end"));
        }
    }

    void parseNodes(TemplateNode& list)
    {
        const TemplateSyntax& tags = m_lexer.syntax();
        while (auto token = nextToken()) {
            if (token->type == TokenType::Data) {
                QString data = token->value;
                const auto& next = peekToken();
                if (m_dropLeadingWhitespace) {
                    data = trimStart(data);
                    m_dropLeadingWhitespace = false;
                }
                if (next
                    && ((next->type == TokenType::BlockStart && next->value.endsWith(u'-'))
                        || (next->type == TokenType::VariableStart && next->value.size() > tags.variableStart.size())
                        || (next->type == TokenType::Comment
                            && next->value.mid(tags.commentStart.size(), 1) == u"-"))) {
                    data = trimEnd(data);
                }
                auto node = makeNode(Kind::Data, token->line, token->column);
                node->text = data;
                list.children.push_back(std::move(node));
            } else if (token->type == TokenType::BlockStart) {
                m_dropLeadingWhitespace = false;
                auto statement = parseStatement();
                if (!statement)
                    break;
                list.children.push_back(std::move(statement));
            } else if (token->type == TokenType::VariableStart) {
                auto expression = parseExpression();
                m_dropLeadingWhitespace = false;
                advanceAfterVariableEnd();
                auto output = makeNode(Kind::Output, token->line, token->column);
                output->children.push_back(std::move(expression));
                list.children.push_back(std::move(output));
            } else if (token->type == TokenType::Comment) {
                const QString& value = token->value;
                m_dropLeadingWhitespace = value.size() > tags.commentEnd.size()
                    && value.at(value.size() - tags.commentEnd.size() - 1) == u'-';
            } else {
                fail(QStringLiteral("Unexpected token at top-level: %1").arg(tokenTypeName(token->type)), token->line,
                     token->column);
            }
        }
    }

    NodePtr parseUntilBlocks(QList<QString> blocks)
    {
        DepthGuard guard(*this);
        const QList<QString> previous = std::exchange(m_breakOnBlocks, std::move(blocks));
        auto list = makeNode(Kind::List, 0, 0);
        parseNodes(*list);
        m_breakOnBlocks = previous;
        return list;
    }

    NodePtr parseStatement()
    {
        const auto token = peekToken();
        if (!token)
            fail(QStringLiteral("tag name expected"));
        if (token->type != TokenType::Symbol)
            fail(QStringLiteral("tag name expected"), token->line, token->column,
                 nunjitsuAtTag(QStringLiteral("Template block tag cannot be empty"), m_tag));
        if (m_breakOnBlocks.contains(token->value))
            return nullptr;
        const QString& name = token->value;
        if (name == u"raw" || name == u"verbatim")
            return parseRaw(name);
        if (name == u"if")
            return parseIf();
        if (name == u"for")
            return parseFor();
        if (name == u"set")
            return parseSet();
        if (name == u"filter")
            return parseFilterStatement();
        fail(QStringLiteral("unknown block tag: %1").arg(name), token->line, token->column, unknownTagWording(name));
    }

    NodePtr parseRaw(const QString& tagName)
    {
        const QString endTagName = u"end" + tagName;
        const QRegularExpression rawBlock(
            QStringLiteral("^([\\s\\S]*?)\\{%\\s*(%1|%2)\\s*(?=%\\})%\\}").arg(tagName, endTagName));
        const Token begun = advanceAfterBlockEnd();
        int level = 1;
        QString text;
        while (true) {
            const QRegularExpressionMatch match = rawBlock.match(m_lexer.rest());
            if (!match.hasMatch())
                break;
            const QString all = match.captured(0);
            const QString pre = match.captured(1);
            level += match.captured(2) == tagName ? 1 : -1;
            m_lexer.forward(all.size());
            if (level == 0) {
                text += pre;
                break;
            }
            text += all;
        }
        auto node = makeNode(Kind::Data, begun.line, begun.column);
        node->text = text;
        return node;
    }

    NodePtr parseIf()
    {
        const Token tag = *peekToken();
        const TagStart opened = m_tag;
        if (!skipSymbol(u"if") && !skipSymbol(u"elif") && !skipSymbol(u"elseif"))
            fail(QStringLiteral("parseIf: expected if, elif, or elseif"), tag.line, tag.column);
        auto node = makeNode(Kind::If, tag.line, tag.column);
        node->children.push_back(parseExpression());
        advanceAfterBlockEnd(tag.value);
        node->children.push_back(parseUntilBlocks(
            { QStringLiteral("elif"), QStringLiteral("elseif"), QStringLiteral("else"), QStringLiteral("endif") }));
        const auto& next = peekToken();
        const QString value = next ? next->value : QString();
        if (value == u"elif" || value == u"elseif") {
            DepthGuard guard(*this);
            node->children.push_back(parseIf());
        } else if (value == u"else") {
            advanceAfterBlockEnd();
            node->children.push_back(parseUntilBlocks({ QStringLiteral("endif") }));
            if (!peekToken())
                failUnclosed(QStringLiteral("unexpected end of file"), QStringLiteral("endif"), opened);
            advanceAfterBlockEnd();
        } else if (value == u"endif") {
            advanceAfterBlockEnd();
        } else {
            failUnclosed(QStringLiteral("parseIf: expected elif, else, or endif, got end of file"),
                         QStringLiteral("endif"), opened);
        }
        return node;
    }

    NodePtr parseFor()
    {
        const Token forToken = *peekToken();
        const TagStart opened = m_tag;
        skipSymbol(u"for");
        auto node = makeNode(Kind::For, forToken.line, forToken.column);
        auto name = parsePrimary();
        if (name->kind != Kind::Symbol)
            fail(QStringLiteral("parseFor: variable name expected for loop"));
        node->names << name->text;
        if (const auto& next = peekToken(); next && next->type == TokenType::Comma) {
            while (skip(TokenType::Comma)) {
                auto another = parsePrimary();
                node->names << another->text;
            }
        }
        if (!skipSymbol(u"in"))
            fail(QStringLiteral("parseFor: expected \"in\" keyword for loop"), forToken.line, forToken.column);
        node->children.push_back(parseExpression());
        advanceAfterBlockEnd(forToken.value);
        node->children.push_back(parseUntilBlocks({ QStringLiteral("endfor"), QStringLiteral("else") }));
        if (skipSymbol(u"else")) {
            advanceAfterBlockEnd(QStringLiteral("else"));
            node->children.push_back(parseUntilBlocks({ QStringLiteral("endfor") }));
        }
        if (!peekToken())
            failUnclosed(QStringLiteral("unexpected end of file"), QStringLiteral("endfor"), opened);
        advanceAfterBlockEnd();
        return node;
    }

    NodePtr parseSet()
    {
        const Token tag = *peekToken();
        const TagStart opened = m_tag;
        skipSymbol(u"set");
        auto node = makeNode(Kind::Set, tag.line, tag.column);
        while (true) {
            auto target = parsePrimary();
            node->names << target->text;
            if (!skip(TokenType::Comma))
                break;
        }
        if (!skipValue(TokenType::Operator, u"=")) {
            if (!skip(TokenType::BlockEnd))
                fail(QStringLiteral("parseSet: expected = or block end in set tag"), tag.line, tag.column);
            node->captured = true;
            node->children.push_back(parseUntilBlocks({ QStringLiteral("endset") }));
            if (!peekToken())
                failUnclosed(QStringLiteral("unexpected end of file"), QStringLiteral("endset"), opened);
            advanceAfterBlockEnd();
        } else {
            node->children.push_back(parseExpression());
            advanceAfterBlockEnd(tag.value);
        }
        return node;
    }

    NodePtr parseFilterStatement()
    {
        const Token tag = *peekToken();
        const TagStart opened = m_tag;
        skipSymbol(u"filter");
        const Token name = expect(TokenType::Symbol);
        auto node = makeNode(Kind::FilterBlock, name.line, name.column);
        node->text = name.value;
        std::vector<NodePtr> arguments = parseFilterArguments();
        advanceAfterBlockEnd(tag.value);
        node->children.push_back(parseUntilBlocks({ QStringLiteral("endfilter") }));
        if (!peekToken())
            failUnclosed(QStringLiteral("unexpected end of file"), QStringLiteral("endfilter"), opened);
        advanceAfterBlockEnd();
        for (auto& argument : arguments)
            node->children.push_back(std::move(argument));
        return node;
    }

    NodePtr parseExpression()
    {
        DepthGuard guard(*this);
        auto node = parseOr();
        if (skipSymbol(u"if")) {
            auto condition = parseOr();
            auto inlineIf = makeNode(Kind::InlineIf, node->line, node->column);
            inlineIf->children.push_back(std::move(node));
            inlineIf->children.push_back(std::move(condition));
            if (skipSymbol(u"else"))
                inlineIf->children.push_back(parseOr());
            node = std::move(inlineIf);
        }
        return node;
    }

    NodePtr parseOr()
    {
        auto node = parseAnd();
        while (skipSymbol(u"or"))
            node = makeBinary(Kind::Or, std::move(node), parseAnd());
        return node;
    }

    NodePtr parseAnd()
    {
        auto node = parseNot();
        while (skipSymbol(u"and"))
            node = makeBinary(Kind::And, std::move(node), parseNot());
        return node;
    }

    NodePtr parseNot()
    {
        const auto token = peekToken();
        if (skipSymbol(u"not")) {
            DepthGuard guard(*this);
            auto node = makeNode(Kind::Not, token->line, token->column);
            node->children.push_back(parseNot());
            return node;
        }
        return parseIn();
    }

    NodePtr parseIn()
    {
        auto node = parseIs();
        while (true) {
            auto token = nextToken();
            if (!token)
                break;
            const bool invert = token->type == TokenType::Symbol && token->value == u"not";
            if (!invert)
                pushToken(token);
            if (skipSymbol(u"in")) {
                node = makeBinary(Kind::In, std::move(node), parseIs());
                if (invert) {
                    auto notNode = makeNode(Kind::Not, node->line, node->column);
                    notNode->children.push_back(std::move(node));
                    node = std::move(notNode);
                }
            } else {
                if (invert)
                    pushToken(token);
                break;
            }
        }
        return node;
    }

    NodePtr parseIs()
    {
        auto node = parseCompare();
        if (skipSymbol(u"is")) {
            const bool negate = skipSymbol(u"not");
            auto test = parseCompare();
            auto isNode = makeNode(Kind::Is, node->line, node->column);
            isNode->children.push_back(std::move(node));
            if (test->kind == Kind::Call && test->child(0)->kind == Kind::Symbol) {
                isNode->text = test->child(0)->text;
                for (size_t i = 1; i < test->children.size(); ++i)
                    isNode->children.push_back(std::move(test->children[i]));
            } else if (test->kind == Kind::Symbol) {
                isNode->text = test->text;
            } else if (test->kind == Kind::Literal) {
                isNode->text = test->value.toJsString();
            } else {
                isNode->text = QStringLiteral("undefined");
            }
            node = std::move(isNode);
            if (negate) {
                auto notNode = makeNode(Kind::Not, node->line, node->column);
                notNode->children.push_back(std::move(node));
                node = std::move(notNode);
            }
        }
        return node;
    }

    NodePtr parseCompare()
    {
        static const QList<QString> operators { QStringLiteral("=="),  QStringLiteral("==="), QStringLiteral("!="),
                                                QStringLiteral("!=="), QStringLiteral("<"),   QStringLiteral(">"),
                                                QStringLiteral("<="),  QStringLiteral(">=") };
        auto first = parseConcat();
        std::unique_ptr<TemplateNode> compare;
        while (true) {
            auto token = nextToken();
            if (!token)
                break;
            if (token->type == TokenType::Operator && operators.contains(token->value)) {
                if (!compare) {
                    compare = makeNode(Kind::Compare, token->line, token->column);
                    compare->children.push_back(std::move(first));
                }
                compare->names << token->value;
                compare->children.push_back(parseConcat());
            } else {
                pushToken(token);
                break;
            }
        }
        return compare ? std::move(compare) : std::move(first);
    }

    NodePtr parseConcat()
    {
        auto node = parseBinary(0);
        while (skipValue(TokenType::Tilde, u"~"))
            node = makeBinary(Kind::Concat, std::move(node), parseBinary(0));
        return node;
    }

    /// + - * / // % ** in nunjucks' precedence, loosest first, each left-associative.
    NodePtr parseBinary(int level)
    {
        static const std::pair<QStringView, Kind> levels[]
            = { { u"+", Kind::Add },       { u"-", Kind::Sub }, { u"*", Kind::Mul }, { u"/", Kind::Div },
                { u"//", Kind::FloorDiv }, { u"%", Kind::Mod }, { u"**", Kind::Pow } };
        if (level == int(std::size(levels)))
            return parseUnary(false);
        auto node = parseBinary(level + 1);
        while (skipValue(TokenType::Operator, levels[level].first))
            node = makeBinary(levels[level].second, std::move(node), parseBinary(level + 1));
        return node;
    }

    NodePtr parseUnary(bool noFilters)
    {
        DepthGuard guard(*this);
        const auto token = peekToken();
        NodePtr node;
        if (skipValue(TokenType::Operator, u"-")) {
            node = makeNode(Kind::Neg, token->line, token->column);
            node->children.push_back(parseUnary(true));
        } else if (skipValue(TokenType::Operator, u"+")) {
            node = makeNode(Kind::Pos, token->line, token->column);
            node->children.push_back(parseUnary(true));
        } else {
            node = parsePrimary();
        }
        if (!noFilters)
            node = parseFilter(std::move(node));
        return node;
    }

    NodePtr parsePrimary(bool noPostfix = false)
    {
        auto token = nextToken();
        if (!token)
            fail(QStringLiteral("expected expression, got end of file"));
        NodePtr node;
        const auto literal = [&](TemplateValue value) {
            node = makeNode(Kind::Literal, token->line, token->column);
            node->value = std::move(value);
        };
        switch (token->type) {
        case TokenType::String:
            literal(TemplateValue::string(token->value));
            break;
        case TokenType::Int:
        case TokenType::Float:
            literal(TemplateValue::number(token->value.toDouble()));
            break;
        case TokenType::Boolean:
            literal(TemplateValue::boolean(token->value == u"true"));
            break;
        case TokenType::None:
            literal(TemplateValue::null());
            break;
        case TokenType::Symbol:
            node = makeNode(Kind::Symbol, token->line, token->column);
            node->text = token->value;
            break;
        default:
            pushToken(token);
            node = parseAggregate();
        }
        if (node && !noPostfix)
            node = parsePostfix(std::move(node));
        if (!node)
            fail(QStringLiteral("unexpected token: %1").arg(token->value), token->line, token->column);
        return node;
    }

    /// jinja compat: when an aggregate fails to parse and starts with `[`, nunjucks goes back and tries a slice.
    NodePtr parseAggregate()
    {
        if (!m_lexer.syntax().jinjaCompat)
            return parseAggregateOnly();
        TemplateLexer::State before = m_lexer.state();
        before.index -= 1;
        before.column -= 1;
        try {
            return parseAggregateOnly();
        } catch (...) {
            std::exception_ptr original = std::current_exception();
            m_lexer.restore(before);
            m_peeked.reset();
            const auto token = peekToken();
            if (!token || token->type != TokenType::LeftBracket)
                std::rethrow_exception(original);
            nextToken();
            auto slice = makeNode(Kind::Slice, token->line, token->column);
            std::array<NodePtr, 3> fields;
            bool isSlice = false;
            for (int i = 0; i <= 3; ++i) {
                if (skip(TokenType::RightBracket))
                    break;
                if (i == 3) {
                    if (isSlice)
                        fail(QStringLiteral("parseSlice: too many slice components"), token->line, token->column);
                    break;
                }
                if (skip(TokenType::Colon)) {
                    isSlice = true;
                } else {
                    fields[size_t(i)] = parseExpression();
                    isSlice = skip(TokenType::Colon) || isSlice;
                }
            }
            if (!isSlice)
                std::rethrow_exception(original);
            for (size_t i = 0; i < fields.size(); ++i) {
                if (!fields[i]) {
                    fields[i] = makeNode(Kind::Literal, token->line, token->column);
                    fields[i]->value = i == 2 ? TemplateValue::number(1) : TemplateValue::null();
                }
                slice->children.push_back(std::move(fields[i]));
            }
            auto array = makeNode(Kind::Array, token->line, token->column);
            array->children.push_back(std::move(slice));
            return array;
        }
    }

    NodePtr parseAggregateOnly()
    {
        DepthGuard guard(*this);
        const Token token = *nextToken();
        Kind kind;
        switch (token.type) {
        case TokenType::LeftParen:
            kind = Kind::Group;
            break;
        case TokenType::LeftBracket:
            kind = Kind::Array;
            break;
        case TokenType::LeftCurly:
            kind = Kind::Dict;
            break;
        default:
            return nullptr;
        }
        auto node = makeNode(kind, token.line, token.column);
        while (true) {
            const auto& next = peekToken();
            if (!next)
                fail(QStringLiteral("expected expression, got end of file"));
            if (next->type == TokenType::RightParen || next->type == TokenType::RightBracket
                || next->type == TokenType::RightCurly) {
                nextToken();
                break;
            }
            if (!node->children.empty() && !skip(TokenType::Comma))
                fail(QStringLiteral("parseAggregate: expected comma after expression"), token.line, token.column);
            if (kind == Kind::Dict) {
                auto key = parsePrimary();
                if (!skip(TokenType::Colon))
                    fail(QStringLiteral("parseAggregate: expected colon after dict key"), token.line, token.column);
                node->children.push_back(std::move(key));
                node->children.push_back(parseExpression());
            } else {
                node->children.push_back(parseExpression());
            }
        }
        return node;
    }

    std::vector<NodePtr> parseSignature()
    {
        const Token open = *nextToken();
        std::vector<NodePtr> arguments;
        // nunjucks gathers `name=value` arguments into one object passed last, wherever they were written.
        auto keywords = makeNode(Kind::KeywordArguments, open.line, open.column);
        bool checkComma = false;
        while (true) {
            const auto& token = peekToken();
            if (!token)
                fail(QStringLiteral("expected expression, got end of file"));
            if (token->type == TokenType::RightParen) {
                nextToken();
                break;
            }
            if (checkComma && !skip(TokenType::Comma))
                fail(QStringLiteral("parseSignature: expected comma after expression"), token->line, token->column);
            auto argument = parseExpression();
            if (skipValue(TokenType::Operator, u"=")) {
                keywords->children.push_back(std::move(argument));
                keywords->children.push_back(parseExpression());
            } else {
                arguments.push_back(std::move(argument));
            }
            checkComma = true;
        }
        if (!keywords->children.empty())
            arguments.push_back(std::move(keywords));
        return arguments;
    }

    NodePtr parsePostfix(NodePtr node)
    {
        while (const auto token = peekToken()) {
            DepthGuard guard(*this);
            if (token->type == TokenType::LeftParen) {
                auto call = makeNode(Kind::Call, token->line, token->column);
                call->children.push_back(std::move(node));
                for (auto& argument : parseSignature())
                    call->children.push_back(std::move(argument));
                node = std::move(call);
            } else if (token->type == TokenType::LeftBracket) {
                auto lookup = parseAggregate();
                if (lookup->children.size() > 1)
                    fail(QStringLiteral("invalid index"));
                auto node2 = makeNode(Kind::Lookup, token->line, token->column);
                node2->children.push_back(std::move(node));
                if (lookup->children.empty()) {
                    node2->children.push_back(makeNode(Kind::Literal, token->line, token->column));
                } else {
                    node2->children.push_back(std::move(lookup->children[0]));
                }
                node = std::move(node2);
            } else if (token->type == TokenType::Operator && token->value == u".") {
                nextToken();
                const auto value = nextToken();
                if (!value)
                    fail(QStringLiteral("expected name as lookup value, got end of file"));
                if (value->type != TokenType::Symbol)
                    fail(QStringLiteral("expected name as lookup value, got %1").arg(value->value), value->line,
                         value->column);
                auto key = makeNode(Kind::Literal, value->line, value->column);
                key->value = TemplateValue::string(value->value);
                auto lookup = makeNode(Kind::Lookup, token->line, token->column);
                lookup->children.push_back(std::move(node));
                lookup->children.push_back(std::move(key));
                node = std::move(lookup);
            } else {
                break;
            }
        }
        return node;
    }

    std::vector<NodePtr> parseFilterArguments()
    {
        if (const auto& token = peekToken(); token && token->type == TokenType::LeftParen)
            return parseSignature();
        return {};
    }

    NodePtr parseFilter(NodePtr node)
    {
        while (skip(TokenType::Pipe)) {
            DepthGuard guard(*this);
            Token name = expect(TokenType::Symbol);
            while (skipValue(TokenType::Operator, u"."))
                name.value += u'.' + expect(TokenType::Symbol).value;
            auto filter = makeNode(Kind::Filter, name.line, name.column);
            filter->text = name.value;
            filter->children.push_back(std::move(node));
            for (auto& argument : parseFilterArguments())
                filter->children.push_back(std::move(argument));
            node = std::move(filter);
        }
        return node;
    }

    TemplateLexer m_lexer;
    std::optional<std::optional<Token>> m_peeked;
    TagStart m_tag;
    QList<QString> m_breakOnBlocks;
    bool m_dropLeadingWhitespace = false;
    int m_depth = 0;
    qint64 m_tokensRead = 0;
    qint64 m_tokenBudget;
};

} // namespace

namespace {

/// nunjitsu's diagnosticEditDistance: optimal string alignment (Levenshtein with adjacent transpositions).
int editDistance(QStringView left, QStringView right)
{
    std::vector<int> beforePrevious;
    std::vector<int> previous(size_t(right.size()) + 1);
    for (size_t i = 0; i < previous.size(); ++i)
        previous[i] = int(i);
    for (qsizetype l = 1; l <= left.size(); ++l) {
        std::vector<int> current { int(l) };
        for (qsizetype r = 1; r <= right.size(); ++r) {
            const int substitution = previous[size_t(r - 1)] + (left[l - 1] == right[r - 1] ? 0 : 1);
            int distance = std::min({ previous[size_t(r)] + 1, current[size_t(r - 1)] + 1, substitution });
            if (!beforePrevious.empty() && l > 1 && r > 1 && left[l - 1] == right[r - 2] && left[l - 2] == right[r - 1])
                distance = std::min(distance, beforePrevious[size_t(r - 2)] + 1);
            current.push_back(distance);
        }
        beforePrevious = std::move(previous);
        previous = std::move(current);
    }
    return previous[size_t(right.size())];
}

} // namespace

QString nunjitsuQuoted(const QString& name)
{
    const QString truncated = name.size() > 200 ? name.left(200) + u'\u2026' : name;
    const QString json = jsonStringify(TemplateValue::string(truncated));
    QString escaped;
    escaped.reserve(json.size());
    for (const QChar c : json) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x61c || u == 0x200e || u == 0x200f || u == 0x2028
            || u == 0x2029 || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            escaped += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    return escaped;
}

QString nunjitsuUnknownName(const QString& description, const QString& name, const QStringList& candidates)
{
    QString suggestion;
    if (!name.isEmpty() && name.size() <= 64) {
        const int maximum = name.size() <= 4 ? 1 : name.size() <= 10 ? 2 : 3;
        int closest = maximum + 1;
        for (const QString& candidate : candidates.mid(0, 256)) {
            if (candidate == name || candidate.isEmpty() || candidate.size() > 64
                || std::abs(candidate.size() - name.size()) > maximum)
                continue;
            if (const int distance = editDistance(name, candidate); distance < closest) {
                suggestion = candidate;
                closest = distance;
            }
        }
    }
    QString message = QStringLiteral("Unknown %1 %2").arg(description, nunjitsuQuoted(name));
    if (!suggestion.isEmpty())
        message += QStringLiteral("; did you mean %1?").arg(nunjitsuQuoted(suggestion));
    return message;
}

QString TemplateError::nunjucksMessage() const
{
    QString prefix = QStringLiteral("(unknown path)");
    if (line > 0 && column > 0)
        prefix += QStringLiteral(" [Line %1, Column %2]").arg(line).arg(column);
    else if (line > 0)
        prefix += QStringLiteral(" [Line %1]").arg(line);
    return prefix + u"\n  " + message;
}

QString TemplateError::backstageMessage() const
{
    const int atLine = nunjitsu ? nunjitsu->line : line;
    const int atColumn = nunjitsu ? nunjitsu->column : column;
    QString text = QStringLiteral("Template error");
    if (atLine > 0)
        text += QStringLiteral(" at line %1").arg(atLine);
    if (atLine > 0 && atColumn > 0)
        text += QStringLiteral(", column %1").arg(atColumn);
    return text + u": " + (nunjitsu ? nunjitsu->message : message);
}

QString TemplateError::describe(QStringView file) const
{
    QString text = backstageMessage();
    if (!file.isEmpty())
        text += u" (" + file.toString() + u')';
    return text;
}

TemplateParser::Result TemplateParser::parse(QStringView source, const TemplateSyntax& syntax)
{
    try {
        Parser parser(source, syntax);
        return parser.parseTemplate();
    } catch (const TemplateError& error) {
        return error;
    } catch (const TemplateLexer::Failure& failure) {
        return TemplateError { u"Error: " + failure.message, 0, 0 };
    }
}

} // namespace Atrium
