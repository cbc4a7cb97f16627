#include "yamlblockscanner.h"

#include <cstring>
#include <string>
#include <string_view>
#include <vector>
#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

namespace Atrium {

namespace {

/// Thrown to give up on the document; caught in readSimpleYamlDocument.
struct NotSimple { };

struct Line {
    qsizetype begin = 0; // offset of the first byte
    qsizetype end = 0; // offset past the last byte, line break (and a CR before it) excluded
    int indent = 0; // leading spaces
    bool blank = false; // nothing but spaces
    bool comment = false; // first non-space is '#'
    bool meaningful() const { return !blank && !comment; }
};

bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

class BlockScanner {
public:
    BlockScanner(const char* data, qsizetype size, YAML::EventHandler& handler, int maxDepth)
        : m_data(data)
        , m_size(size)
        , m_handler(handler)
        , m_maxDepth(maxDepth)
    {
    }

    void run()
    {
        splitLines();
        int first = nextMeaningful(0);
        if (first < 0)
            throw NotSimple(); // empty documents are rare; yaml-cpp knows what to make of them
        const Line& firstLine = m_lines[size_t(first)];
        if (isMarker(firstLine, '-')) {
            // `---` may only be followed by a comment on its line.
            qsizetype i = firstLine.begin + 3;
            while (i < firstLine.end && m_data[i] == ' ')
                ++i;
            if (i < firstLine.end && m_data[i] != '#')
                throw NotSimple();
            first = nextMeaningful(first + 1);
            if (first < 0)
                throw NotSimple();
        }
        if (m_lines[size_t(first)].indent != 0 || isMarker(m_lines[size_t(first)], '.'))
            throw NotSimple();
        m_handler.OnDocumentStart(mark(first, 0));
        m_line = first;
        blockCollection(0, 0);
        // After the root only `...` and comments may follow.
        int rest = nextMeaningful(m_line + 1);
        if (rest >= 0) {
            if (!isMarker(m_lines[size_t(rest)], '.') || nextMeaningful(rest + 1) >= 0)
                throw NotSimple();
            const Line& end = m_lines[size_t(rest)];
            qsizetype i = end.begin + 3;
            while (i < end.end && m_data[i] == ' ')
                ++i;
            if (i < end.end && m_data[i] != '#')
                throw NotSimple();
        }
        m_handler.OnDocumentEnd();
    }

private:
    void splitLines()
    {
        m_lines.reserve(size_t(m_size / 24 + 4));
        qsizetype pos = 0;
        while (pos < m_size) {
            const void* nl = std::memchr(m_data + pos, '\n', size_t(m_size - pos));
            const qsizetype end = nl ? static_cast<const char*>(nl) - m_data : m_size;
            Line line;
            line.begin = pos;
            line.end = nl && end > pos && m_data[end - 1] == '\r' ? end - 1 : end;
            if (line.end > pos && std::memchr(m_data + pos, '\r', size_t(line.end - pos)))
                throw NotSimple(); // a CR that does not end a line: a line break of its own in YAML
            qsizetype i = pos;
            while (i < line.end && m_data[i] == ' ')
                ++i;
            line.indent = int(i - pos);
            line.blank = i == line.end;
            line.comment = !line.blank && m_data[i] == '#';
            if (!line.blank && m_data[i] == '\t')
                throw NotSimple(); // tab in the indentation
            m_lines.push_back(line);
            pos = nl ? end + 1 : m_size;
        }
    }

    bool isMarker(const Line& line, char c) const
    {
        const qsizetype n = line.end - line.begin;
        return line.indent == 0 && n >= 3 && m_data[line.begin] == c && m_data[line.begin + 1] == c
            && m_data[line.begin + 2] == c && (n == 3 || m_data[line.begin + 3] == ' ');
    }

    int nextMeaningful(int from) const
    {
        for (int i = from; i < int(m_lines.size()); ++i) {
            if (m_lines[size_t(i)].meaningful())
                return i;
        }
        return -1;
    }

    YAML::Mark mark(int line, int column) const
    {
        YAML::Mark m;
        m.line = line;
        m.column = column;
        m.pos = int(m_lines[size_t(line)].begin + column);
        return m;
    }

    /// yaml-cpp marks an empty node where the next token starts; the reader works from the same marks either way.
    YAML::Mark nextTokenMark(int from) const
    {
        const int next = nextMeaningful(from);
        if (next >= 0)
            return mark(next, m_lines[size_t(next)].indent);
        YAML::Mark m;
        m.pos = int(m_size);
        m.line = int(m_lines.size());
        if (m_size > 0 && m_data[m_size - 1] != '\n') {
            m.line = int(m_lines.size()) - 1;
            m.column = int(m_lines.back().end - m_lines.back().begin);
        }
        return m;
    }

    const char* at(int line, int column) const { return m_data + m_lines[size_t(line)].begin + column; }
    int lineLength(int line) const { return int(m_lines[size_t(line)].end - m_lines[size_t(line)].begin); }

    /// Column of the first non-space at or after @p column, or the line length.
    int skipSpaces(int line, int column) const
    {
        const int length = lineLength(line);
        const char* p = at(line, 0);
        while (column < length && p[column] == ' ')
            ++column;
        return column;
    }

    /// True when only spaces and possibly a comment are left on the line from @p column.
    bool restIsEmpty(int line, int column) const
    {
        const int c = skipSpaces(line, column);
        if (c >= lineLength(line))
            return true;
        return at(line, 0)[c] == '#' && (c > column || c == 0 || at(line, 0)[c - 1] == ' ');
    }

    void enter(int depth)
    {
        if (depth >= m_maxDepth)
            throw NotSimple(); // yaml-cpp's path reports it
    }

    /// A block mapping or sequence whose first entry starts at m_line, column @p column.
    void blockCollection(int column, int depth)
    {
        const char* p = at(m_line, column);
        const int length = lineLength(m_line);
        if (p[0] == '-' && (column + 1 == length || p[1] == ' '))
            blockSequence(column, depth);
        else if (keyEnd(m_line, column) >= 0)
            blockMapping(column, depth);
        else
            throw NotSimple(); // a scalar on its own line, or something yaml-cpp will complain about
    }

    void blockSequence(int indent, int depth)
    {
        enter(depth);
        m_handler.OnSequenceStart(mark(m_line, indent), "?", 0, YAML::EmitterStyle::Block);
        for (;;) {
            const int c = skipSpaces(m_line, indent + 1);
            if (c > indent + 1 && c < lineLength(m_line) && at(m_line, 0)[c] != '#') {
                if (keyEnd(m_line, c) >= 0)
                    blockMapping(c, depth + 1); // `- key: value`
                else
                    inlineValue(c, indent, depth + 1);
            } else if (c >= lineLength(m_line) || at(m_line, 0)[c] == '#') {
                blockValue(indent, false, depth + 1, nextTokenMark(m_line + 1));
            } else {
                throw NotSimple(); // `-x` is not an entry
            }
            const int next = nextMeaningful(m_line + 1);
            if (next < 0)
                break;
            const Line& line = m_lines[size_t(next)];
            if (line.indent > indent)
                throw NotSimple();
            if (line.indent < indent)
                break;
            const char* q = at(next, indent);
            if (!(q[0] == '-' && (indent + 1 == lineLength(next) || q[1] == ' ')))
                break; // the mapping key after an indentless sequence, or an error for yaml-cpp to name
            m_line = next;
        }
        m_handler.OnSequenceEnd();
    }

    void blockMapping(int indent, int depth)
    {
        enter(depth);
        m_handler.OnMapStart(mark(m_line, indent), "?", 0, YAML::EmitterStyle::Block);
        int column = indent;
        for (;;) {
            const int colon = keyEnd(m_line, column);
            if (colon < 0)
                throw NotSimple();
            const YAML::Mark keyMark = mark(m_line, column);
            const char first = at(m_line, 0)[column];
            if (first == '"' || first == '\'') {
                m_scratch.clear();
                if (quoted(m_line, column, m_scratch) - column > 1000)
                    throw NotSimple(); // implicit keys are limited to 1024 characters
                m_handler.OnScalar(keyMark, "!", 0, m_scratch);
            } else {
                int end = colon;
                while (end > column && at(m_line, 0)[end - 1] == ' ')
                    --end;
                if (end - column > 1000)
                    throw NotSimple(); // implicit keys are limited to 1024 characters
                m_scratch.assign(at(m_line, column), size_t(end - column));
                m_handler.OnScalar(keyMark, "?", 0, m_scratch);
            }
            const int after = colon + 1;
            if (restIsEmpty(m_line, after)) {
                blockValue(indent, true, depth + 1, keyMark);
            } else {
                if (after >= lineLength(m_line) || at(m_line, 0)[after] != ' ')
                    throw NotSimple();
                inlineValue(skipSpaces(m_line, after), indent, depth + 1);
            }
            const int next = nextMeaningful(m_line + 1);
            if (next < 0)
                break;
            const Line& line = m_lines[size_t(next)];
            if (line.indent < indent)
                break;
            if (line.indent > indent)
                throw NotSimple(); // a continuation line or an indentation error
            m_line = next;
            column = indent;
        }
        m_handler.OnMapEnd();
    }

    /// The value of a key or entry whose line ends after the indicator: a nested collection below it, an indentless
    /// sequence (mapping values only), or nothing (null).
    void blockValue(int parentIndent, bool inMapping, int depth, const YAML::Mark& ownerMark)
    {
        const int next = nextMeaningful(m_line + 1);
        if (next >= 0) {
            const Line& line = m_lines[size_t(next)];
            const char* q = at(next, line.indent);
            const bool dash = q[0] == '-' && (line.indent + 1 == lineLength(next) || q[1] == ' ');
            if (line.indent > parentIndent || (inMapping && line.indent == parentIndent && dash)) {
                if (isMarker(line, '-') || isMarker(line, '.'))
                    throw NotSimple();
                m_line = next;
                blockCollection(line.indent, depth);
                return;
            }
        }
        m_handler.OnNull(ownerMark, 0);
    }

    /// A value that starts on the current line at @p column.
    void inlineValue(int column, int parentIndent, int depth)
    {
        const char* line = at(m_line, 0);
        const int length = lineLength(m_line);
        const char c = line[column];
        const YAML::Mark valueMark = mark(m_line, column);
        switch (c) {
        case '|':
        case '>':
            blockScalar(column, parentIndent);
            return; // its content lines are consumed; the next line is less indented
        case '[':
            flowSequence(column, depth);
            break;
        case '{': {
            const int close = skipSpaces(m_line, column + 1);
            if (close >= length || line[close] != '}')
                throw NotSimple();
            enter(depth);
            m_handler.OnMapStart(valueMark, "?", 0, YAML::EmitterStyle::Flow);
            m_handler.OnMapEnd();
            if (!restIsEmpty(m_line, close + 1))
                throw NotSimple();
            break;
        }
        case '"':
        case '\'': {
            m_scratch.clear();
            const int close = quoted(m_line, column, m_scratch);
            if (!restIsEmpty(m_line, close + 1) || (close + 1 < length && line[close + 1] == '#'))
                throw NotSimple();
            m_handler.OnScalar(valueMark, "!", 0, m_scratch);
            break;
        }
        default: {
            if (c == '&' || c == '*' || c == '!' || c == '%' || c == '@' || c == '`' || c == '#' || c == '?' || c == ':'
                || c == '-' || isFlowIndicator(c)) {
                // '-', '?' and ':' may start a plain scalar when no space follows, but are rare enough to leave.
                if (!(c == '-' && column + 1 < length && line[column + 1] != ' ' && line[column + 1] != '-'))
                    throw NotSimple();
            }
            int end = column;
            while (end < length) {
                const char ch = line[end];
                if (ch == '#' && line[end - 1] == ' ')
                    break;
                if (ch == ':' && (end + 1 == length || line[end + 1] == ' '))
                    throw NotSimple(); // a mapping where none may start
                if (static_cast<unsigned char>(ch) < 0x20)
                    throw NotSimple();
                ++end;
            }
            while (end > column && line[end - 1] == ' ')
                --end;
            m_scratch.assign(line + column, size_t(end - column));
            m_handler.OnScalar(valueMark, "?", 0, m_scratch);
            break;
        }
        }
        // A more indented line after a one-line value would continue a plain scalar or be an error.
        const int next = nextMeaningful(m_line + 1);
        if (next >= 0 && m_lines[size_t(next)].indent > parentIndent)
            throw NotSimple();
    }

    /// Where the ':' of a `key: ` starting at @p column is, or -1 if the line has none there.
    int keyEnd(int lineIndex, int column) const
    {
        const char* line = at(lineIndex, 0);
        const int length = lineLength(lineIndex);
        const char c = line[column];
        int i = column;
        if (c == '"' || c == '\'') {
            ++i;
            while (i < length) {
                if (line[i] == c) {
                    if (c == '\'' && i + 1 < length && line[i + 1] == '\'') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                if (c == '"' && line[i] == '\\')
                    return -1;
                ++i;
            }
            if (i >= length)
                return -1;
            ++i;
            while (i < length && line[i] == ' ')
                ++i;
            if (i < length && line[i] == ':' && (i + 1 == length || line[i + 1] == ' '))
                return i;
            return -1;
        }
        if (c == '&' || c == '*' || c == '!' || c == '%' || c == '@' || c == '`' || c == '#' || c == '?' || c == ':'
            || c == '|' || c == '>' || c == '-' || isFlowIndicator(c))
            return -1;
        for (; i < length; ++i) {
            const char ch = line[i];
            if (ch == ':' && (i + 1 == length || line[i + 1] == ' '))
                return i;
            if (ch == '#' && line[i - 1] == ' ')
                return -1;
            if (static_cast<unsigned char>(ch) < 0x20)
                return -1;
        }
        return -1;
    }

    /// A one-line quoted scalar at @p column; returns the column of the closing quote.
    int quoted(int lineIndex, int column, std::string& out) const
    {
        const char* line = at(lineIndex, 0);
        const int length = lineLength(lineIndex);
        const char q = line[column];
        for (int i = column + 1; i < length; ++i) {
            const char ch = line[i];
            if (ch == q) {
                if (q == '\'' && i + 1 < length && line[i + 1] == '\'') {
                    out.push_back('\'');
                    ++i;
                    continue;
                }
                return i;
            }
            if ((q == '"' && ch == '\\') || static_cast<unsigned char>(ch) < 0x20)
                throw NotSimple(); // escapes and control characters: yaml-cpp's business
            out.push_back(ch);
        }
        throw NotSimple(); // continues on the next line
    }

    void flowSequence(int column, int depth)
    {
        enter(depth);
        const char* line = at(m_line, 0);
        const int length = lineLength(m_line);
        m_handler.OnSequenceStart(mark(m_line, column), "?", 0, YAML::EmitterStyle::Flow);
        int i = skipSpaces(m_line, column + 1);
        while (i < length && line[i] != ']') {
            const char c = line[i];
            const YAML::Mark itemMark = mark(m_line, i);
            if (c == '"' || c == '\'') {
                m_scratch.clear();
                i = quoted(m_line, i, m_scratch) + 1;
                m_handler.OnScalar(itemMark, "!", 0, m_scratch);
            } else {
                if (c == '&' || c == '*' || c == '!' || c == '%' || c == '@' || c == '`' || c == '#' || c == '?'
                    || c == ':' || c == '-' || c == '|' || c == '>' || isFlowIndicator(c))
                    throw NotSimple();
                int end = i;
                while (end < length && line[end] != ',' && line[end] != ']') {
                    const char ch = line[end];
                    if (ch == ':' || ch == '#' || ch == '[' || ch == '{' || ch == '}'
                        || static_cast<unsigned char>(ch) < 0x20)
                        throw NotSimple();
                    ++end;
                }
                int trimmed = end;
                while (trimmed > i && line[trimmed - 1] == ' ')
                    --trimmed;
                m_scratch.assign(line + i, size_t(trimmed - i));
                m_handler.OnScalar(itemMark, "?", 0, m_scratch);
                i = end;
            }
            i = skipSpaces(m_line, i);
            if (i < length && line[i] == ',') {
                i = skipSpaces(m_line, i + 1);
                if (i < length && line[i] == ',')
                    throw NotSimple();
            } else if (i >= length || line[i] != ']') {
                throw NotSimple();
            }
        }
        if (i >= length)
            throw NotSimple(); // continues on the next line
        m_handler.OnSequenceEnd();
        if (!restIsEmpty(m_line, i + 1) || (i + 1 < length && line[i + 1] == '#'))
            throw NotSimple();
    }

    /// `|` or `>` at @p column; the content lines must be more indented than @p parentIndent.
    void blockScalar(int column, int parentIndent)
    {
        const char* header = at(m_line, 0);
        const int length = lineLength(m_line);
        const bool folded = header[column] == '>';
        bool strip = false;
        int i = column + 1;
        if (i < length && header[i] == '-') {
            strip = true;
            ++i;
        }
        if (i < length && header[i] != ' ')
            throw NotSimple(); // keep chomping, explicit indentation: rare, left to yaml-cpp
        if (!restIsEmpty(m_line, i))
            throw NotSimple();
        const YAML::Mark scalarMark = mark(m_line, column);

        const int headerLine = m_line;
        int first = -1;
        for (int l = headerLine + 1; l < int(m_lines.size()); ++l) {
            if (!m_lines[size_t(l)].blank) {
                first = l;
                break;
            }
        }
        m_scratch.clear();
        if (first < 0 || m_lines[size_t(first)].indent <= parentIndent) {
            m_handler.OnScalar(scalarMark, "!", 0, m_scratch); // no content
            return;
        }
        const int indent = m_lines[size_t(first)].indent;
        for (int l = headerLine + 1; l < first; ++l) {
            if (m_lines[size_t(l)].indent > indent || folded)
                throw NotSimple(); // leading empty lines: rare, subtle
        }
        for (int l = headerLine + 1; l < first; ++l)
            m_scratch.push_back('\n');
        int last = first; // last content line
        int pendingBreaks = 0;
        bool firstContent = true;
        int l = first;
        for (; l < int(m_lines.size()); ++l) {
            const Line& line = m_lines[size_t(l)];
            if (line.blank) {
                if (line.end - line.begin > indent)
                    throw NotSimple(); // spaces beyond the indentation are content: rare, left to yaml-cpp
                ++pendingBreaks;
                continue;
            }
            if (line.indent < indent)
                break;
            const char* text = m_data + line.begin + indent;
            const qsizetype textLength = line.end - line.begin - indent;
            if (folded && (text[0] == ' ' || text[0] == '\t'))
                throw NotSimple(); // more indented lines in a folded scalar keep their breaks: left to yaml-cpp
            if (!firstContent) {
                if (folded && pendingBreaks == 0)
                    m_scratch.push_back(' ');
                else
                    m_scratch.append(size_t(folded ? pendingBreaks : pendingBreaks + 1), '\n');
            }
            m_scratch.append(text, size_t(textLength));
            pendingBreaks = 0;
            firstContent = false;
            last = l;
        }
        if (!strip)
            m_scratch.push_back('\n');
        m_handler.OnScalar(scalarMark, "!", 0, m_scratch);
        m_line = last;
        // The line after the content must not sit between the parent's and the content's indentation.
        const int next = nextMeaningful(last + 1);
        if (next >= 0 && m_lines[size_t(next)].indent > parentIndent && m_lines[size_t(next)].indent < indent)
            throw NotSimple();
    }

    const char* m_data;
    qsizetype m_size;
    YAML::EventHandler& m_handler;
    int m_maxDepth;
    std::vector<Line> m_lines;
    int m_line = 0;
    std::string m_scratch;
};

} // namespace

bool readSimpleYamlDocument(const char* data, qsizetype size, YAML::EventHandler& handler, int maxDepth)
{
    try {
        BlockScanner(data, size, handler, maxDepth).run();
        return true;
    } catch (const NotSimple&) {
        return false;
    }
}

} // namespace Atrium
