#include "templatelexer.h"

namespace Atrium {

namespace {

constexpr QStringView whitespaceChars = u" \n\t\r\u00a0";
constexpr QStringView delimChars = u"()[]{}%*-+~/#,:|.<>=!";
constexpr QStringView intChars = u"0123456789";

bool isInteger(QStringView text)
{
    qsizetype i = (text.startsWith(u'-') || text.startsWith(u'+')) ? 1 : 0;
    if (i >= text.size())
        return false;
    for (; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return false;
    }
    return true;
}

} // namespace

TemplateLexer::TemplateLexer(QStringView source, const TemplateSyntax& syntax)
    : m_source(source)
    , m_tags(syntax)
{
}

void TemplateLexer::forward(qsizetype count)
{
    for (qsizetype i = 0; i < count && m_index < m_source.size(); ++i) {
        const bool newline = m_source.at(m_index) == u'\n';
        ++m_index;
        if (newline) {
            ++m_line;
            m_column = 0;
        } else {
            ++m_column;
        }
    }
}

bool TemplateLexer::matches(QStringView text) const
{
    return m_source.mid(m_index).startsWith(text);
}

bool TemplateLexer::extractString(QStringView text)
{
    if (!matches(text))
        return false;
    forward(text.size());
    return true;
}

QString TemplateLexer::extractWhile(bool breakOnMatch, QStringView chars)
{
    QString out;
    while (!finished() && chars.contains(current()) != breakOnMatch) {
        out += current();
        forward(1);
    }
    return out;
}

std::optional<TemplateLexer::Token> TemplateLexer::next()
{
    if (finished())
        return std::nullopt;
    return m_inCode ? nextInCode() : nextInData();
}

std::optional<TemplateLexer::Token> TemplateLexer::nextInCode()
{
    const int line = m_line;
    const int column = m_column;
    const auto token = [&](TokenType type, QString value) { return Token { type, std::move(value), line, column }; };
    const QChar cur = current();
    if (cur == u'"' || cur == u'\'') {
        forward(1);
        QString text;
        while (!finished() && current() != cur) {
            if (current() == u'\\') {
                forward(1);
                const QChar escaped = current();
                text += escaped == u'n' ? QChar(u'\n')
                    : escaped == u't'   ? QChar(u'\t')
                    : escaped == u'r'   ? QChar(u'\r')
                                        : escaped;
                if (finished())
                    text.chop(1);
                forward(1);
            } else {
                text += current();
                forward(1);
            }
        }
        forward(1);
        return token(TokenType::String, text);
    }
    if (QString space = extractWhile(false, whitespaceChars); !space.isEmpty())
        return token(TokenType::Whitespace, space);
    for (const QString& end : QList<QString> { m_tags.blockEnd, QString(u'-' + m_tags.blockEnd) }) {
        if (extractString(end)) {
            m_inCode = false;
            if (m_tags.trimBlocks) {
                if (current() == u'\n')
                    forward(1);
                else if (current() == u'\r' && m_index + 1 < m_source.size() && m_source.at(m_index + 1) == u'\n')
                    forward(2);
            }
            return token(TokenType::BlockEnd, end);
        }
    }
    for (const QString& end : QList<QString> { m_tags.variableEnd, QString(u'-' + m_tags.variableEnd) }) {
        if (extractString(end)) {
            m_inCode = false;
            return token(TokenType::VariableEnd, end);
        }
    }
    if (cur == u'r' && m_index + 1 < m_source.size() && m_source.at(m_index + 1) == u'/')
        throw Failure { QStringLiteral("regular expression literals are not supported") };
    if (delimChars.contains(cur)) {
        forward(1);
        static const QList<QString> complexOps { QStringLiteral("=="),  QStringLiteral("==="), QStringLiteral("!="),
                                                 QStringLiteral("!=="), QStringLiteral("<="),  QStringLiteral(">="),
                                                 QStringLiteral("//"),  QStringLiteral("**") };
        QString op = cur;
        if (!finished() && complexOps.contains(op + current())) {
            op += current();
            forward(1);
            if (!finished() && complexOps.contains(op + current())) {
                op += current();
                forward(1);
            }
        }
        TokenType type = TokenType::Operator;
        switch (op.size() == 1 ? op.at(0).unicode() : 0) {
        case u'(':
            type = TokenType::LeftParen;
            break;
        case u')':
            type = TokenType::RightParen;
            break;
        case u'[':
            type = TokenType::LeftBracket;
            break;
        case u']':
            type = TokenType::RightBracket;
            break;
        case u'{':
            type = TokenType::LeftCurly;
            break;
        case u'}':
            type = TokenType::RightCurly;
            break;
        case u',':
            type = TokenType::Comma;
            break;
        case u':':
            type = TokenType::Colon;
            break;
        case u'~':
            type = TokenType::Tilde;
            break;
        case u'|':
            type = TokenType::Pipe;
            break;
        default:
            break;
        }
        return token(type, op);
    }
    const QString word = extractWhile(true, QString(whitespaceChars + delimChars));
    if (isInteger(word)) {
        if (current() == u'.') {
            forward(1);
            return token(TokenType::Float, word + u'.' + extractWhile(false, intChars));
        }
        return token(TokenType::Int, word);
    }
    if (word == u"true" || word == u"false")
        return token(TokenType::Boolean, word);
    if (word == u"none" || word == u"null")
        return token(TokenType::None, word);
    return token(TokenType::Symbol, word);
}

std::optional<TemplateLexer::Token> TemplateLexer::nextInData()
{
    const int line = m_line;
    const int column = m_column;
    for (const QString& start : QList<QString> { QString(m_tags.blockStart + u'-'), m_tags.blockStart }) {
        if (extractString(start)) {
            m_inCode = true;
            return Token { TokenType::BlockStart, start, line, column };
        }
    }
    for (const QString& start : QList<QString> { QString(m_tags.variableStart + u'-'), m_tags.variableStart }) {
        if (extractString(start)) {
            m_inCode = true;
            return Token { TokenType::VariableStart, start, line, column };
        }
    }
    const QString beginChars = QString(m_tags.blockStart.at(0)) + m_tags.variableStart.at(0) + m_tags.commentStart.at(0)
        + m_tags.commentEnd.at(0);
    QString text;
    const bool inComment = matches(m_tags.commentStart);
    if (inComment) {
        extractString(m_tags.commentStart);
        text = m_tags.commentStart;
    }
    bool ended = false;
    while (!finished()) {
        text += extractWhile(true, beginChars);
        if (finished())
            break;
        if (!inComment
            && (matches(m_tags.blockStart) || matches(m_tags.variableStart) || matches(m_tags.commentStart))) {
            if (m_tags.lstripBlocks && matches(m_tags.blockStart) && m_column > 0 && m_column <= text.size()) {
                const QString lastLine = text.right(m_column);
                if (std::all_of(lastLine.begin(), lastLine.end(), jsIsSpace)) {
                    text.chop(m_column);
                    if (text.isEmpty())
                        return next();
                }
            }
            ended = true;
            break;
        }
        if (matches(m_tags.commentEnd)) {
            if (!inComment)
                throw Failure { QStringLiteral("unexpected end of comment") };
            extractString(m_tags.commentEnd);
            text += m_tags.commentEnd;
            ended = true;
            break;
        }
        text += current();
        forward(1);
    }
    if (inComment && !ended)
        throw Failure { QStringLiteral("expected end of comment, got end of file") };
    return Token { inComment ? TokenType::Comment : TokenType::Data, text, line, column };
}

} // namespace Atrium
