#include "common/jsontext.h"

namespace Atrium {

namespace {

/// A cursor over valid JSON text that steps over whole values without building them.
class JsonScanner {
public:
    explicit JsonScanner(QByteArrayView text)
        : m_text(text)
    {
    }

    qsizetype position() const { return m_position; }
    bool atEnd() const { return m_position >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_position); }

    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_position;
    }

    bool consume(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_position;
        return true;
    }

    /// The raw bytes of the string at the cursor, without its quotes and escapes left as written.
    QByteArrayView string()
    {
        skipSpace();
        if (peek() != '"')
            return {};
        const qsizetype start = ++m_position;
        while (!atEnd() && peek() != '"')
            m_position += peek() == '\\' ? 2 : 1;
        const QByteArrayView content = m_text.sliced(start, std::min(m_position, m_text.size()) - start);
        ++m_position;
        return content;
    }

    /// Steps over one value: a string, an object or array with everything in it, or a scalar.
    void skipValue()
    {
        skipSpace();
        const char first = peek();
        if (first == '"') {
            string();
            return;
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = peek();
                if (c == '"') {
                    string(); // may hold brackets
                    continue;
                }
                ++m_position;
                if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0)
                    return;
            }
            return;
        }
        while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && !isSpace(peek()))
            ++m_position; // a number, true, false or null
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    QByteArrayView m_text;
    qsizetype m_position = 0;
};

} // namespace

QList<QByteArray> jsonArrayElementTexts(QByteArrayView document, QByteArrayView key)
{
    JsonScanner scanner(document);
    if (!scanner.consume('{'))
        return {};
    while (!scanner.atEnd()) {
        const QByteArrayView name = scanner.string();
        if (!scanner.consume(':'))
            return {};
        scanner.skipSpace();
        if (name == key && scanner.peek() == '[') {
            QList<QByteArray> elements;
            scanner.consume('[');
            if (scanner.consume(']'))
                return elements;
            do {
                scanner.skipSpace();
                const qsizetype start = scanner.position();
                scanner.skipValue();
                elements.append(document.sliced(start, scanner.position() - start).toByteArray());
            } while (scanner.consume(','));
            return scanner.consume(']') ? elements : QList<QByteArray>();
        }
        scanner.skipValue();
        if (!scanner.consume(','))
            return {};
    }
    return {};
}

} // namespace Atrium
