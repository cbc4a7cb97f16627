#pragma once

#include "templatesyntax.h"

#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <optional>

namespace Atrium {

/// nunjucks' Tokenizer: hands out one token at a time, because `{% raw %}` makes the parser read the source directly.
class TemplateLexer {
public:
    enum class TokenType {
        String,
        Whitespace,
        Data,
        BlockStart,
        BlockEnd,
        VariableStart,
        VariableEnd,
        Comment,
        LeftParen,
        RightParen,
        LeftBracket,
        RightBracket,
        LeftCurly,
        RightCurly,
        Operator,
        Comma,
        Colon,
        Tilde,
        Pipe,
        Int,
        Float,
        Boolean,
        None,
        Symbol,
        Regex
    };
    struct Token {
        TokenType type;
        QString value;
        int line;
        int column;
    };
    /// A lexing error in nunjucks' words (thrown as a plain Error there, so it carries no position).
    struct Failure {
        QString message;
    };

    TemplateLexer(QStringView source, const TemplateSyntax& syntax);

    /// The next token, or nothing at the end. Throws Failure.
    std::optional<Token> next();
    const TemplateSyntax& syntax() const { return m_tags; }
    /// For `{% raw %}`: what is left of the source, and a way to consume part of it.
    QStringView rest() const { return m_source.mid(m_index); }
    void forward(qsizetype count);
    /// Where the lexer is, so that the parser can go back (jinja compat's slice syntax is tried after a failure).
    struct State {
        qsizetype index;
        int line;
        int column;
        bool inCode;
    };
    State state() const { return { m_index, m_line, m_column, m_inCode }; }
    void restore(const State& state)
    {
        m_index = state.index;
        m_line = state.line;
        m_column = state.column;
        m_inCode = state.inCode;
    }

private:
    bool matches(QStringView text) const;
    bool extractString(QStringView text);
    QString extractWhile(bool breakOnMatch, QStringView chars);
    QChar current() const { return m_index < m_source.size() ? m_source.at(m_index) : QChar(); }
    bool finished() const { return m_index >= m_source.size(); }
    std::optional<Token> nextInCode();
    std::optional<Token> nextInData();

    QStringView m_source;
    TemplateSyntax m_tags;
    qsizetype m_index = 0;
    int m_line = 0;
    int m_column = 0;
    bool m_inCode = false;
};

} // namespace Atrium
