#include "yamlreader.h"

#include "yamlblockscanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <istream>
#include <limits>
#include <streambuf>
#include <unordered_map>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

// How this matches the yaml package (v2, as Backstage's parseEntityYaml calls it):
// - Documents are split at `---`/`...` lines first, so one broken document never hides the others.
// - Plain documents are read by the block scanner (yamlblockscanner.cpp), everything else by yaml-cpp 0.7's event
//   parser; both feed YamlDocumentBuilder, which applies the YAML 1.2 core schema, unique keys, the alias limit and
//   the depth limit, and builds JSON and positions in one pass.
// - yaml-cpp slips corrected here: unterminated quotes at the end of a document, `\N`/`\_` escapes, `>+` and
//   end-of-input line breaks in block scalars, empty flow entries (`[a,,b]`), tabs on blank or comment lines,
//   a '#' glued to a closing quote.
// - Known differences (tests/unit/tst_yamlreader.cpp, knownDifferences): `%YAML 1.1` documents are read with the 1.2
//   core schema (the yaml package switches to its 1.1 schema: yes/no booleans, 0123 octal, `<<` merges); a byte
//   order mark at the start of a later document is dropped; an empty explicit key (`? ` alone) becomes a mapping;
//   after an unterminated quote that runs into a `---`, the next document is still read. yaml-cpp accepts a few
//   more malformed inputs than the yaml package (e.g. a first key indented more than the following ones).
// - Non-finite numbers (.inf, .nan, 1e400) stay doubles in the QJsonValue; JSON text would show them as null.

namespace Atrium {

namespace {

/// Translation context of every message this reader produces.
struct YamlReader {
    Q_DECLARE_TR_FUNCTIONS(Atrium::YamlReader)
};

/// Reads a byte range without copying it into a std::string: yaml-cpp only takes std::istream.
class ByteRangeBuffer : public std::streambuf {
public:
    ByteRangeBuffer(const char* begin, const char* end)
    {
        char* b = const_cast<char*>(begin); // get area only, never written through
        setg(b, b, const_cast<char*>(end));
    }
};

struct Chunk {
    qsizetype begin = 0;
    qsizetype end = 0;
    int firstLine = 0; // 0-based line of #begin in the file
    int markerLine = -1; // 0-based line of the document's `---`, -1 when it has none
};

bool isMarkerLine(const char* line, qsizetype length, char c)
{
    if (length < 3 || line[0] != c || line[1] != c || line[2] != c)
        return false;
    return length == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r';
}

/// Splits the stream at document markers so that a syntax error in one document cannot stop yaml-cpp from reading
/// the next (its parser cannot resume after an exception). `---` and `...` at the start of a line end a document
/// wherever they appear, in YAML 1.2 as in the yaml package, so this needs no knowledge of the content.
std::vector<Chunk> splitDocuments(const char* data, qsizetype size)
{
    std::vector<Chunk> chunks;
    Chunk current;
    bool hasContent = false;
    int line = 0;
    auto close = [&](qsizetype end, bool always) {
        current.end = end;
        if (hasContent || current.markerLine >= 0 || always)
            chunks.push_back(current);
        hasContent = false;
        current = Chunk();
    };
    qsizetype pos = 0;
    while (pos < size) {
        const char* lineStart = data + pos;
        const void* nl = std::memchr(lineStart, '\n', size_t(size - pos));
        const qsizetype lineLength = nl ? static_cast<const char*>(nl) - lineStart : size - pos;
        const qsizetype next = pos + lineLength + (nl ? 1 : 0);
        if (isMarkerLine(lineStart, lineLength, '-')) {
            if (hasContent || current.markerLine >= 0) {
                close(pos, false);
                current.begin = pos;
                current.firstLine = line;
            }
            current.markerLine = line;
        } else if (isMarkerLine(lineStart, lineLength, '.')) {
            // A bare `...` makes an (empty) document of its own in the yaml package.
            close(next, true);
            current.begin = next;
            current.firstLine = line + 1;
        } else if (!hasContent) {
            // Directives before `---` belong to the document they introduce; comments and blank lines to nothing.
            qsizetype i = 0;
            while (i < lineLength && (lineStart[i] == ' ' || lineStart[i] == '\t' || lineStart[i] == '\r'))
                ++i;
            if (i < lineLength && lineStart[i] != '#' && !(i == 0 && lineStart[0] == '%'))
                hasContent = true;
        }
        pos = next;
        ++line;
    }
    close(size, false);
    return chunks;
}

/// 1-based line and column (in UTF-16 code units, as editors and the yaml package count) of a byte offset.
SourcePosition positionOfOffset(const char* data, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(data + lineStart, offset - lineStart).size()) + 1;
    return { line, column };
}

/// Finds the first byte that makes @p data something other than UTF-8 text. Returns -1 when there is none.
qsizetype findInvalidText(const unsigned char* data, qsizetype size, QString* what)
{
    qsizetype i = 0;
    while (i < size) {
        // Fast path over plain ASCII, eight bytes at a time.
        while (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, data + i, 8);
            const std::uint64_t hasZero = (word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL;
            if ((word & 0x8080808080808080ULL) || hasZero)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = data[i];
        if (c == 0) {
            *what = YamlReader::tr("a NUL byte (binary data)");
            return i;
        }
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, cp = c & 0x07;
        } else {
            *what
                = YamlReader::tr("the byte 0x%1, which cannot start a UTF-8 character").arg(c, 2, 16, QLatin1Char('0'));
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size) {
                *what = YamlReader::tr("a UTF-8 character cut off by the end of the file");
                return i;
            }
            const unsigned char cc = data[i + k];
            if ((cc & 0xC0) != 0x80) {
                *what = YamlReader::tr("an invalid UTF-8 sequence");
                return i;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            *what = YamlReader::tr("an invalid UTF-8 sequence");
            return i;
        }
        i += length;
    }
    return -1;
}

// ---- Scalars: the YAML 1.2 core schema as the yaml package resolves it -------------------------------------------

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool allOf(std::string_view s, bool (*predicate)(char))
{
    if (s.empty())
        return false;
    for (const char c : s) {
        if (!predicate(c))
            return false;
    }
    return true;
}

bool matchesNull(std::string_view s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

int matchesBool(std::string_view s) // 1 true, 0 false, -1 no match
{
    if (s == "true" || s == "True" || s == "TRUE")
        return 1;
    if (s == "false" || s == "False" || s == "FALSE")
        return 0;
    return -1;
}

QJsonValue numberValue(double value)
{
    // Integers are kept as integers so that they print without a fraction, like JavaScript numbers do.
    if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) <= 9007199254740992.0)
        return QJsonValue(qint64(value));
    return QJsonValue(value);
}

double parseDecimal(std::string_view s)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double value = 0;
    // from_chars is correctly rounded and, unlike strtod, ignores the locale QCoreApplication sets.
    const auto res = std::from_chars(s.data(), s.data() + s.size(), value);
    if (res.ec == std::errc::result_out_of_range) {
        // JavaScript gives ±Infinity on overflow and ±0 on underflow; from_chars leaves the value alone.
        const bool negative = s.front() == '-';
        long long magnitude = 0; // decimal exponent of the first significant digit, roughly
        bool seenDigit = false, seenDot = false;
        size_t i = negative ? 1 : 0;
        for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
            if (s[i] == '.') {
                seenDot = true;
            } else if (s[i] != '0' || seenDigit) {
                if (!seenDigit && seenDot)
                    --magnitude;
                seenDigit = true;
                if (!seenDot)
                    ++magnitude;
            } else if (seenDot) {
                --magnitude;
            }
        }
        if (i < s.size())
            magnitude += std::atoll(std::string(s.substr(i + 1)).c_str());
        value = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
        if (negative)
            value = -value;
    }
    return value;
}

double parseRadix(std::string_view digits, int radix)
{
    double value = 0;
    for (const char c : digits) {
        const int d = isDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
        value = value * radix + d;
    }
    return value;
}

/// Integers of the core schema: `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
bool resolveInt(std::string_view s, QJsonValue* out)
{
    if (s.size() > 2 && s[0] == '0' && s[1] == 'o' && allOf(s.substr(2), [](char c) { return c >= '0' && c <= '7'; })) {
        *out = numberValue(parseRadix(s.substr(2), 8));
        return true;
    }
    std::string_view digits = s;
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+'))
        digits.remove_prefix(1);
    if (allOf(digits, isDigit)) {
        const double v = parseDecimal(s);
        *out = numberValue(v == 0 ? 0.0 : v); // JSON has no -0
        return true;
    }
    if (s.size() > 2 && s[0] == '0' && s[1] == 'x' && allOf(s.substr(2), isHexDigit)) {
        *out = numberValue(parseRadix(s.substr(2), 16));
        return true;
    }
    return false;
}

/// Floats of the core schema: `.inf`/`.nan` spellings, `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
/// where a plain integer was already taken by resolveInt.
bool resolveFloat(std::string_view s, QJsonValue* out)
{
    std::string_view body = s;
    const bool negative = !body.empty() && body[0] == '-';
    if (!body.empty() && (body[0] == '-' || body[0] == '+'))
        body.remove_prefix(1);
    if (body == ".inf" || body == ".Inf" || body == ".INF") {
        const double inf = std::numeric_limits<double>::infinity();
        *out = QJsonValue(negative ? -inf : inf);
        return true;
    }
    if (s == ".nan" || s == ".NaN" || s == ".NAN") {
        *out = QJsonValue(std::numeric_limits<double>::quiet_NaN());
        return true;
    }
    size_t i = 0;
    size_t intDigits = 0;
    while (i < body.size() && isDigit(body[i]))
        ++i, ++intDigits;
    bool hasDot = false;
    size_t fracDigits = 0;
    if (i < body.size() && body[i] == '.') {
        hasDot = true;
        ++i;
        while (i < body.size() && isDigit(body[i]))
            ++i, ++fracDigits;
    }
    if (intDigits == 0 && fracDigits == 0)
        return false;
    bool hasExponent = false;
    if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
        ++i;
        if (i < body.size() && (body[i] == '-' || body[i] == '+'))
            ++i;
        size_t expDigits = 0;
        while (i < body.size() && isDigit(body[i]))
            ++i, ++expDigits;
        if (expDigits == 0)
            return false;
        hasExponent = true;
    }
    if (i != body.size() || (!hasDot && !hasExponent))
        return false;
    const double v = parseDecimal(s);
    *out = numberValue(v == 0 ? 0.0 : v);
    return true;
}

/// What the yaml package makes of a plain scalar without a tag.
QJsonValue resolvePlain(std::string_view s)
{
    if (s.empty())
        return QJsonValue();
    switch (s[0]) {
    case '~':
    case 'n':
    case 'N':
        if (matchesNull(s))
            return QJsonValue();
        break;
    case 't':
    case 'T':
    case 'f':
    case 'F': {
        const int b = matchesBool(s);
        if (b >= 0)
            return QJsonValue(b == 1);
        break;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
    case '-':
    case '+':
    case '.': {
        QJsonValue number;
        if (resolveInt(s, &number) || resolveFloat(s, &number))
            return number;
        break;
    }
    default:
        break;
    }
    return QJsonValue(QString::fromUtf8(s.data(), qsizetype(s.size())));
}

/// `!!timestamp` (a yaml 1.1 tag the yaml package knows): JavaScript's Date.toJSON() of the value.
bool resolveTimestamp(std::string_view s, QJsonValue* out)
{
    const QString text = QString::fromUtf8(s.data(), qsizetype(s.size())).trimmed();
    static const QRegularExpression re(QStringLiteral(
        "^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(\\.[0-9]+)?"
        "(?:[ \\t]*(Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (!m.captured(7).isEmpty())
        ms = int(std::lround(m.captured(7).mid(1, 3).leftJustified(3, QLatin1Char('0')).toInt()));
    QDateTime dt(date, QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms),
                 QTimeZone::utc());
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != u"Z") {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const QStringList parts = zone.mid(1).split(QLatin1Char(':'));
        const int minutes = parts.value(0).toInt() * 60 + parts.value(1).toInt();
        dt = dt.addSecs(-sign * minutes * 60);
    }
    if (!dt.isValid())
        return false;
    *out = QJsonValue(dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    return true;
}

/// A scalar with an explicit tag, as the yaml package resolves it: a core tag applies when its pattern matches
/// (else the text stays a string, with only a warning); unknown and local tags leave a string.
QJsonValue resolveTagged(std::string_view tag, std::string_view s)
{
    constexpr std::string_view prefix = "tag:yaml.org,2002:";
    if (tag.substr(0, prefix.size()) == prefix) {
        const std::string_view name = tag.substr(prefix.size());
        QJsonValue value;
        if (name == "int" && resolveInt(s, &value))
            return value;
        if (name == "float" && resolveFloat(s, &value))
            return value;
        if (name == "bool" && matchesBool(s) >= 0)
            return QJsonValue(matchesBool(s) == 1);
        if (name == "null" && matchesNull(s))
            return QJsonValue();
        if (name == "timestamp" && resolveTimestamp(s, &value))
            return value;
        if (name == "binary") {
            // Node's Buffer as JSON, which is what Backstage ends up storing.
            const QByteArray bytes = QByteArray::fromBase64(QByteArray(s.data(), qsizetype(s.size())));
            QJsonArray data;
            for (const char b : bytes)
                data.append(int(static_cast<unsigned char>(b)));
            return QJsonObject { { QStringLiteral("type"), QStringLiteral("Buffer") },
                                 { QStringLiteral("data"), data } };
        }
    }
    return QJsonValue(QString::fromUtf8(s.data(), qsizetype(s.size())));
}

/// JavaScript's String(number), which the yaml package uses for non-string mapping keys.
QString jsNumberToString(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
    if (value == 0)
        return QStringLiteral("0");
    char buffer[64];
    // Shortest round-trip digits, then ECMAScript's Number::toString layout.
    const auto res = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::scientific);
    const std::string_view sci(buffer, size_t(res.ptr - buffer));
    const size_t e = sci.find('e');
    std::string digits;
    for (const char c : sci.substr(0, e)) {
        if (c != '.')
            digits.push_back(c);
    }
    int exponent = 0;
    std::from_chars(sci.data() + e + 1 + (sci[e + 1] == '+' ? 1 : 0), sci.data() + sci.size(), exponent);
    const int k = int(digits.size());
    const int n = exponent + 1;
    std::string out = value < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, size_t(n)) + '.' + digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(size_t(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1)
            out += '.' + digits.substr(1);
        out += 'e';
        out += (n - 1 >= 0 ? '+' : '-');
        out += std::to_string(std::abs(n - 1));
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

/// The yaml package stringifies collection keys as flow YAML; this covers the shapes that occur in practice.
QString flowString(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return jsNumberToString(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QStringLiteral("[]");
        QStringList items;
        for (const QJsonValue& item : array)
            items.append(flowString(item));
        return QStringLiteral("[ ") % items.join(QStringLiteral(", ")) % QStringLiteral(" ]");
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QStringLiteral("{}");
        QStringList items;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            items.append(it.key() % QStringLiteral(": ") % flowString(it.value()));
        return QStringLiteral("{ ") % items.join(QStringLiteral(", ")) % QStringLiteral(" }");
    }
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// ---- Where yaml-cpp 0.7 and the yaml package disagree on scalars, the source text decides ------------------------

/// Skips the node properties (tag, anchor) that yaml-cpp's mark points at, to where the scalar itself starts.
qsizetype skipProperties(const char* chunk, qsizetype size, qsizetype pos)
{
    while (pos < size && (chunk[pos] == '!' || chunk[pos] == '&')) {
        while (pos < size && chunk[pos] != ' ' && chunk[pos] != '\t' && chunk[pos] != '\n' && chunk[pos] != '\r')
            ++pos;
        while (pos < size && (chunk[pos] == ' ' || chunk[pos] == '\t'))
            ++pos;
    }
    return pos;
}

/// Where the quoted scalar starting at @p pos ends, -1 if it does not: yaml-cpp accepts a quoted scalar that
/// runs into the end of the input when a line break precedes it.
qsizetype closingQuote(const char* chunk, qsizetype size, qsizetype pos)
{
    const char quote = chunk[pos];
    for (qsizetype i = pos + 1; i < size; ++i) {
        if (quote == '"' && chunk[i] == '\\') {
            ++i;
        } else if (chunk[i] == quote) {
            if (quote == '\'' && i + 1 < size && chunk[i + 1] == '\'') {
                ++i;
                continue;
            }
            return i;
        }
    }
    return -1;
}

/// yaml-cpp 0.7 turns the escapes \\N and \\_ into the Latin-1 bytes 0x85 and 0xA0 instead of UTF-8.
std::string repairLatin1Escapes(const std::string& text)
{
    std::string out;
    out.reserve(text.size() + 8);
    const auto* data = reinterpret_cast<const unsigned char*>(text.data());
    const auto size = qsizetype(text.size());
    qsizetype i = 0;
    while (i < size) {
        QString ignored;
        const qsizetype bad = findInvalidText(data + i, size - i, &ignored);
        if (bad < 0) {
            out.append(text, size_t(i), std::string::npos);
            break;
        }
        out.append(text, size_t(i), size_t(bad));
        const unsigned char c = data[i + bad];
        if (c == 0) {
            out.push_back('\0'); // \\0 is fine, it only trips the binary-data check
        } else {
            out.push_back(char(0xC0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3F)));
        }
        i += bad + 1;
    }
    return out;
}

/// Corrects two yaml-cpp 0.7 slips in block scalars (@p pos is at the `|` or `>`): a last line cut off by the end
/// of the input loses its line break, and a folded scalar with keep chomping (`>+`) loses one trailing empty line.
void fixBlockScalar(const char* chunk, qsizetype size, qsizetype pos, std::string& value)
{
    if (value.empty())
        return; // no content line: nothing went wrong
    const bool folded = chunk[pos] == '>';
    char chomp = 'c';
    for (qsizetype i = pos + 1; i < size && chunk[i] != ' ' && chunk[i] != '\n' && chunk[i] != '\r'; ++i) {
        if (chunk[i] == '+' || chunk[i] == '-')
            chomp = chunk[i];
    }
    if (chomp == '-')
        return;
    const void* nl = std::memchr(chunk + pos, '\n', size_t(size - pos));
    if (!nl)
        return;
    qsizetype line = static_cast<const char*>(nl) - chunk + 1;
    int indent = -1; // of the first content line, which sets the scalar's indentation
    int trailingBlanks = 0;
    bool hasContent = false;
    while (line < size) {
        qsizetype i = line;
        while (i < size && chunk[i] == ' ')
            ++i;
        const bool blank = i >= size || chunk[i] == '\n' || chunk[i] == '\r';
        if (blank) {
            ++trailingBlanks;
        } else {
            if (indent < 0)
                indent = int(i - line);
            if (int(i - line) < indent)
                break;
            hasContent = true;
            trailingBlanks = 0;
        }
        const void* next = std::memchr(chunk + line, '\n', size_t(size - line));
        if (!next)
            break;
        line = static_cast<const char*>(next) - chunk + 1;
    }
    if (!hasContent)
        return;
    if (value.empty() || value.back() != '\n')
        value.push_back('\n');
    else if (folded && chomp == '+' && trailingBlanks > 0)
        value.push_back('\n');
}

/// Thrown from inside the event handler to stop yaml-cpp; never leaves this file.
struct DocumentError {
    SourcePosition position;
    QString message;
};

} // namespace

// ---- Building one document from yaml-cpp's events ------------------------------------------------------------------

class YamlDocumentBuilder : public YAML::EventHandler {
    // What a mapping key is for the yaml package's uniqueness test (`a.value === b.value` on scalars).
    enum class KeyType : std::uint8_t { String, Number, Bool, Null, Unique };

public:
    YamlDocumentBuilder(const char* chunk, qsizetype chunkSize, int firstLine, const YamlLimits& limits,
                        YamlDocument* document)
        : m_chunk(chunk)
        , m_chunkSize(chunkSize)
        , m_firstLine(firstLine)
        , m_limits(limits)
        , m_doc(document)
    {
    }

    bool started() const { return m_started; }
    /// Where the document's root node is (where yaml-cpp saw the document start if it has none).
    SourcePosition rootPosition() const
    {
        if (m_doc->m_nodes.empty())
            return m_firstPosition;
        return { m_doc->m_nodes.front().line, m_doc->m_nodes.front().column };
    }

    SourcePosition position(const YAML::Mark& mark) const
    {
        // yaml-cpp counts columns in bytes; editors and the yaml package count characters (UTF-16 units).
        int column = mark.column;
        const char* lineStart = m_chunk + (mark.pos - mark.column);
        for (int i = 0; i < mark.column; ++i) {
            if (static_cast<unsigned char>(lineStart[i]) >= 0x80) {
                column = int(QString::fromUtf8(lineStart, mark.column).size());
                break;
            }
        }
        return { m_firstLine + mark.line + 1, column + 1 };
    }

    /// The '-' of an empty sequence entry, found from where yaml-cpp marked it (the next token); @p fallback if the
    /// mark is not at the start of its line or no such '-' precedes it.
    SourcePosition dashBefore(const YAML::Mark& mark, SourcePosition fallback) const
    {
        qsizetype lineStart = mark.pos - mark.column;
        if (mark.pos > m_chunkSize || lineStart < 0)
            return fallback;
        for (qsizetype i = lineStart; i < mark.pos; ++i) {
            if (m_chunk[i] != ' ')
                return fallback;
        }
        int line = m_firstLine + mark.line + 1;
        while (lineStart > 0) {
            const qsizetype end = lineStart - 1; // the '\n' of the line before
            qsizetype start = end;
            while (start > 0 && m_chunk[start - 1] != '\n')
                --start;
            --line;
            qsizetype i = start;
            while (i < end && m_chunk[i] == ' ')
                ++i;
            const bool blank = i == end || m_chunk[i] == '\r' || m_chunk[i] == '#';
            if (!blank) {
                if (m_chunk[i] != '-')
                    return fallback;
                qsizetype j = i + 1;
                while (j < end && m_chunk[j] == ' ')
                    ++j;
                if (j < end && m_chunk[j] != '\r' && m_chunk[j] != '#')
                    return fallback;
                return { line, int(i - start) + 1 };
            }
            lineStart = start;
        }
        return fallback;
    }

    SourcePosition offsetPosition(qsizetype offset) const
    {
        const SourcePosition pos = positionOfOffset(m_chunk, offset);
        return { m_firstLine + pos.line, pos.column };
    }

    void OnDocumentStart(const YAML::Mark& mark) override
    {
        m_started = true;
        m_firstPosition = position(mark);
    }

    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        SourcePosition pos = position(mark);
        // yaml-cpp reads `[a,,b]` as [a, null, b]; for the yaml package an empty entry is an error.
        if (!m_frames.empty() && !m_frames.back().isMap && mark.pos >= 0 && mark.pos < m_chunkSize
            && m_chunk[mark.pos] == ',')
            throw DocumentError { pos, YamlReader::tr("expected a value in the flow sequence, found ','") };
        // yaml-cpp puts an empty value where the next token starts; the key or the '-' it belongs to is a better
        // place.
        if (!m_frames.empty() && m_frames.back().isMap && m_frames.back().haveKey
            && pos.line > m_frames.back().pendingKeyLine)
            pos = { m_frames.back().pendingKeyLine, m_frames.back().pendingKeyColumn };
        else if (!m_frames.empty() && !m_frames.back().isMap)
            pos = dashBefore(mark, pos);
        deliverScalar(pos, anchor, QJsonValue(), KeyType::Null, std::string_view("", 0));
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& text) override
    {
        const SourcePosition pos = position(mark);
        if (tag.size() == 1 && tag[0] == '?') {
            const QJsonValue value = resolvePlain(text);
            // For a string key the text is the JSON key as is: no detour through QString.
            deliverScalar(pos, anchor, value, keyTypeOf(value),
                          value.isString() ? std::string_view(text) : std::string_view());
            return;
        }
        const std::string* source = &text;
        std::string fixed;
        const qsizetype start = skipProperties(m_chunk, m_chunkSize, mark.pos);
        if (start < m_chunkSize) {
            const char c = m_chunk[start];
            if (c == '"' || c == '\'') {
                const qsizetype end = closingQuote(m_chunk, m_chunkSize, start);
                if (end < 0)
                    throw DocumentError {
                        pos, YamlReader::tr("expected a closing %1, found the end of the document").arg(QLatin1Char(c))
                    };
                if (end + 1 < m_chunkSize && m_chunk[end + 1] == '#')
                    throw DocumentError { offsetPosition(end + 1),
                                          YamlReader::tr("expected white space before a comment, found '#'") };
                QString ignored;
                if (c == '"'
                    && findInvalidText(reinterpret_cast<const unsigned char*>(text.data()), qsizetype(text.size()),
                                       &ignored)
                        >= 0) {
                    fixed = repairLatin1Escapes(text);
                    source = &fixed;
                }
            }
            if (c == '|' || c == '>') {
                fixed = text;
                fixBlockScalar(m_chunk, m_chunkSize, start, fixed);
                source = &fixed;
            }
        }
        const QJsonValue value = tag.size() == 1
            ? QJsonValue(QString::fromUtf8(source->data(), qsizetype(source->size())))
            : resolveTagged(tag, *source);
        const KeyType keyType = keyTypeOf(value);
        deliverScalar(pos, anchor, value, keyType,
                      value.isString() && tag.size() == 1 ? std::string_view(*source) : std::string_view());
    }

    static KeyType keyTypeOf(const QJsonValue& value)
    {
        KeyType keyType = KeyType::String;
        switch (value.type()) {
        case QJsonValue::Null:
            keyType = KeyType::Null;
            break;
        case QJsonValue::Bool:
            keyType = KeyType::Bool;
            break;
        case QJsonValue::Double:
            keyType = std::isnan(value.toDouble()) ? KeyType::Unique : KeyType::Number;
            break;
        case QJsonValue::Object:
        case QJsonValue::Array:
            keyType = KeyType::Unique;
            break;
        default:
            break;
        }
        return keyType;
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        const SourcePosition pos = position(mark);
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            throw DocumentError { pos, YamlReader::tr("alias refers to an anchor that is not defined before it") };
        Anchor& target = it->second;
        if (!target.complete)
            throw DocumentError {
                pos,
                YamlReader::tr("alias refers to a node that contains it (a recursive structure cannot become JSON)")
            };
        // The yaml package's resource-exhaustion guard (nodes/Alias.js): every use of an anchor counts, weighted
        // by the number of aliased nodes inside the anchored value, computed at the anchor's first use.
        if (m_limits.maxAliasCount >= 0) {
            target.count += 1;
            if (target.aliasCount == 0)
                target.aliasCount = aliasCountOf(target);
            if (qint64(target.count) * target.aliasCount > m_limits.maxAliasCount)
                throw DocumentError {
                    pos,
                    YamlReader::tr(
                        "too many aliases (more than %1 expanded nodes); this looks like a \"billion laughs\" "
                        "attack")
                        .arg(m_limits.maxAliasCount)
                };
        }
        if (!atKey() && !inKey()) {
            const int index = addNode(pos, YamlDocument::NodeKind::Alias);
            m_doc->m_nodes[size_t(index)].aliasTarget = target.node;
        } else if (atKey()) {
            m_frames.back().pendingKeyLine = pos.line;
            m_frames.back().pendingKeyColumn = pos.column;
        }
        deliver(target.value, KeyType::Unique, {});
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value /*style*/) override
    {
        startCollection(position(mark), anchor, false, tag == "tag:yaml.org,2002:omap");
    }

    void OnSequenceEnd() override { endCollection(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value /*style*/) override
    {
        startCollection(position(mark), anchor, true, tag == "tag:yaml.org,2002:set");
    }

    void OnMapEnd() override { endCollection(); }

private:
    struct KeyRecord {
        std::size_t hash;
        std::uint32_t offset;
        std::uint32_t length;
        int line;
        KeyType type;
    };

    struct Frame {
        bool isMap = false;
        bool haveKey = false;
        int node = 0;
        YAML::anchor_t anchor = 0;
        QJsonArray array;
        QJsonObject object;
        // the key waiting for its value
        KeyType pendingKeyType = KeyType::String;
        std::uint32_t pendingKeyOffset = 0;
        std::uint32_t pendingKeyLength = 0;
        int pendingKeyLine = 0;
        int pendingKeyColumn = 0;
        std::vector<KeyRecord> keys;
        std::unordered_multimap<std::size_t, std::size_t> keyIndex; // into #keys, only for big mappings
        // A collection used as a mapping key: its value becomes a key, its nodes no position.
        bool isKey = false;
        bool emptyInJson = false;
    };

    struct Anchor {
        QJsonValue value;
        int node = -1;
        int count = 1;
        qint64 aliasCount = 0;
        bool complete = false;
    };

    int addNode(SourcePosition pos, YamlDocument::NodeKind kind)
    {
        YamlDocument::Node node;
        node.line = pos.line;
        node.column = pos.column;
        node.kind = kind;
        if (!m_frames.empty()) {
            Frame& parent = m_frames.back();
            if (parent.isMap && parent.haveKey) {
                node.keyLine = parent.pendingKeyLine;
                node.keyColumn = parent.pendingKeyColumn;
                node.keyOffset = parent.pendingKeyOffset;
                node.keyLength = parent.pendingKeyLength;
            }
        }
        m_doc->m_nodes.push_back(node);
        return int(m_doc->m_nodes.size() - 1);
    }

    bool atKey() const { return !m_frames.empty() && m_frames.back().isMap && !m_frames.back().haveKey; }
    bool inKey() const { return !m_frames.empty() && m_frames.back().isKey; }

    void deliverScalar(SourcePosition pos, YAML::anchor_t anchor, const QJsonValue& value, KeyType keyType,
                       std::string_view keyText)
    {
        int index = -1;
        if (atKey()) {
            // Keys get no node of their own: their position lives in the value's node.
            m_frames.back().pendingKeyLine = pos.line;
            m_frames.back().pendingKeyColumn = pos.column;
        } else if (!inKey()) {
            index = addNode(pos, YamlDocument::NodeKind::Scalar);
        }
        if (anchor)
            setAnchor(anchor, Anchor { value, index, 1, 0, true });
        deliver(value, keyType, keyText);
    }

    /// @p emptyInJson: !!set and !!omap, which the yaml package builds as a JS Set or Map, and JSON shows as {}.
    void startCollection(SourcePosition pos, YAML::anchor_t anchor, bool isMap, bool emptyInJson)
    {
        if (int(m_frames.size()) >= m_limits.maxDepth)
            throw DocumentError { pos, YamlReader::tr("nesting deeper than %1 levels").arg(m_limits.maxDepth) };
        const bool isKey = atKey() || (!m_frames.empty() && m_frames.back().isKey);
        if (atKey()) {
            m_frames.back().pendingKeyLine = pos.line;
            m_frames.back().pendingKeyColumn = pos.column;
        }
        Frame frame;
        frame.isMap = isMap;
        frame.isKey = isKey;
        frame.emptyInJson = emptyInJson;
        frame.anchor = anchor;
        frame.node
            = isKey ? -1 : addNode(pos, isMap ? YamlDocument::NodeKind::Mapping : YamlDocument::NodeKind::Sequence);
        if (anchor)
            setAnchor(anchor, Anchor { QJsonValue(), frame.node, 1, 0, false });
        m_frames.push_back(std::move(frame));
    }

    void endCollection()
    {
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        QJsonValue value = frame.emptyInJson ? QJsonValue(QJsonObject())
            : frame.isMap                    ? QJsonValue(std::move(frame.object))
                                             : QJsonValue(std::move(frame.array));
        if (frame.node >= 0)
            m_doc->m_nodes[size_t(frame.node)].subtreeSize = int(m_doc->m_nodes.size()) - frame.node;
        if (frame.anchor) {
            Anchor& a = m_anchors[frame.anchor];
            a.value = value;
            a.complete = true;
        }
        deliver(value, KeyType::Unique, {});
    }

    void setAnchor(YAML::anchor_t id, Anchor anchor)
    {
        if (anchor.node >= 0)
            m_anchorByNode[anchor.node] = id;
        m_anchors[id] = std::move(anchor);
    }

    /// Hands a finished value to whatever contains it: a sequence, a mapping (as key or value), or the document.
    void deliver(const QJsonValue& value, KeyType keyType, std::string_view keyText)
    {
        if (m_frames.empty()) {
            m_doc->value = value;
            return;
        }
        Frame& frame = m_frames.back();
        if (!frame.isMap) {
            frame.array.append(value);
            return;
        }
        if (!frame.haveKey) {
            setKey(frame, value, keyType, keyText);
            return;
        }
        const std::string_view key(m_doc->m_keys.data() + frame.pendingKeyOffset, frame.pendingKeyLength);
        if (isAscii(key))
            frame.object.insert(QLatin1String(key.data(), qsizetype(key.size())), value);
        else
            frame.object.insert(QString::fromUtf8(key.data(), qsizetype(key.size())), value);
        frame.haveKey = false;
    }

    static bool isAscii(std::string_view s)
    {
        for (const char c : s) {
            if (static_cast<unsigned char>(c) >= 0x80)
                return false;
        }
        return true;
    }

    void setKey(Frame& frame, const QJsonValue& value, KeyType keyType, std::string_view keyText)
    {
        // The JSON key is JavaScript's String() of the key's value; null becomes "" (addPairToJSMap.js).
        std::string converted;
        if (keyText.data() == nullptr) {
            QString text;
            switch (value.type()) {
            case QJsonValue::Null:
                break;
            case QJsonValue::Bool:
                text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
                break;
            case QJsonValue::Double:
                text = jsNumberToString(value.toDouble());
                break;
            case QJsonValue::String:
                text = value.toString();
                break;
            default:
                text = flowString(value);
                break;
            }
            converted = text.toStdString();
            keyText = converted;
        }
        const auto offset = std::uint32_t(m_doc->m_keys.size());
        m_doc->m_keys.append(keyText);
        frame.pendingKeyOffset = offset;
        frame.pendingKeyLength = std::uint32_t(keyText.size());
        frame.pendingKeyType = keyType;
        frame.haveKey = true;
        if (keyType == KeyType::Unique)
            return;
        const std::size_t hash = std::hash<std::string_view>()(keyText) ^ std::size_t(keyType);
        auto sameKey = [&](const KeyRecord& r) {
            return r.hash == hash && r.type == keyType && r.length == keyText.size()
                && std::memcmp(m_doc->m_keys.data() + r.offset, keyText.data(), keyText.size()) == 0;
        };
        const KeyRecord* first = nullptr;
        constexpr std::size_t indexThreshold = 32;
        if (frame.keys.size() < indexThreshold) {
            for (const KeyRecord& r : frame.keys) {
                if (sameKey(r)) {
                    first = &r;
                    break;
                }
            }
        } else {
            if (frame.keyIndex.empty()) {
                for (std::size_t i = 0; i < frame.keys.size(); ++i)
                    frame.keyIndex.emplace(frame.keys[i].hash, i);
            }
            const auto range = frame.keyIndex.equal_range(hash);
            for (auto it = range.first; it != range.second; ++it) {
                if (sameKey(frame.keys[it->second])) {
                    first = &frame.keys[it->second];
                    break;
                }
            }
        }
        if (first) {
            throw DocumentError { { frame.pendingKeyLine, frame.pendingKeyColumn },
                                  YamlReader::tr("duplicate key \"%1\" in mapping (first at line %2)")
                                      .arg(QString::fromUtf8(keyText.data(), qsizetype(keyText.size())))
                                      .arg(first->line) };
        }
        frame.keys.push_back(KeyRecord { hash, offset, std::uint32_t(keyText.size()), frame.pendingKeyLine, keyType });
        if (!frame.keyIndex.empty())
            frame.keyIndex.emplace(hash, frame.keys.size() - 1);
    }

    /// getAliasCount() of the yaml package for the anchored value: the largest weight of any node in it, where a
    /// scalar weighs 1, an alias its anchor's count x aliasCount, and an empty collection 0.
    qint64 aliasCountOf(const Anchor& anchor) const
    {
        if (anchor.node < 0)
            return 1;
        const auto& nodes = m_doc->m_nodes;
        qint64 result = 0;
        const int end = anchor.node + nodes[size_t(anchor.node)].subtreeSize;
        for (int i = anchor.node; i < end; ++i) {
            const YamlDocument::Node& node = nodes[size_t(i)];
            switch (node.kind) {
            case YamlDocument::NodeKind::Scalar:
                result = std::max<qint64>(result, 1);
                break;
            case YamlDocument::NodeKind::Mapping:
                if (node.subtreeSize > 1) // a non-empty mapping has a (scalar) key
                    result = std::max<qint64>(result, 1);
                break;
            case YamlDocument::NodeKind::Sequence:
                break;
            case YamlDocument::NodeKind::Alias: {
                const auto id = m_anchorByNode.find(node.aliasTarget);
                if (id != m_anchorByNode.end()) {
                    const Anchor& a = m_anchors.at(id->second);
                    result = std::max<qint64>(result, qint64(a.count) * a.aliasCount);
                }
                break;
            }
            }
        }
        return result;
    }

    const char* m_chunk;
    qsizetype m_chunkSize;
    int m_firstLine;
    const YamlLimits& m_limits;
    YamlDocument* m_doc;
    std::vector<Frame> m_frames;
    std::unordered_map<YAML::anchor_t, Anchor> m_anchors;
    std::unordered_map<int, YAML::anchor_t> m_anchorByNode;
    SourcePosition m_firstPosition;
    bool m_started = false;
};

// ---- Positions
// -------------------------------------------------------------------------------------------------------

int YamlDocument::childAt(int parent, const QString& step) const
{
    int p = parent;
    // Follow aliases to the anchored node: its children are the alias's children.
    for (int guard = 0; m_nodes[size_t(p)].kind == NodeKind::Alias && guard < 64; ++guard) {
        if (m_nodes[size_t(p)].aliasTarget < 0)
            return -1;
        p = m_nodes[size_t(p)].aliasTarget;
    }
    const Node& node = m_nodes[size_t(p)];
    const int end = p + node.subtreeSize;
    if (node.kind == NodeKind::Sequence) {
        bool ok = false;
        const int wanted = step.toInt(&ok);
        if (!ok || wanted < 0)
            return -1;
        int index = 0;
        for (int c = p + 1; c < end; c += m_nodes[size_t(c)].subtreeSize, ++index) {
            if (index == wanted)
                return c;
        }
        return -1;
    }
    if (node.kind != NodeKind::Mapping)
        return -1;
    const QByteArray key = step.toUtf8();
    int found = -1;
    // A later duplicate (only possible for keys that differ in type, like "1" and 1) wins, as in JSON.
    for (int c = p + 1; c < end; c += m_nodes[size_t(c)].subtreeSize) {
        const Node& child = m_nodes[size_t(c)];
        if (child.keyLength == std::uint32_t(key.size())
            && std::memcmp(m_keys.data() + child.keyOffset, key.constData(), size_t(key.size())) == 0)
            found = c;
    }
    return found;
}

SourcePosition YamlDocument::positionOf(const QStringList& path, bool keyPosition) const
{
    if (m_nodes.empty())
        return start;
    int current = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const int child = childAt(current, path.at(i));
        if (child < 0)
            break;
        current = child;
        if (i == path.size() - 1) {
            const Node& node = m_nodes[size_t(current)];
            if (keyPosition && node.keyLine > 0)
                return { node.keyLine, node.keyColumn };
        }
    }
    const Node& node = m_nodes[size_t(current)];
    return { node.line, node.column };
}

QStringList YamlDocument::keysAt(const QStringList& path) const
{
    if (m_nodes.empty())
        return {};
    int current = 0;
    for (const QString& step : path) {
        current = childAt(current, step);
        if (current < 0)
            return {};
    }
    for (int guard = 0; m_nodes[size_t(current)].kind == NodeKind::Alias && guard < 64; ++guard) {
        if (m_nodes[size_t(current)].aliasTarget < 0)
            return {};
        current = m_nodes[size_t(current)].aliasTarget;
    }
    const Node& node = m_nodes[size_t(current)];
    if (node.kind != NodeKind::Mapping)
        return {};
    QStringList keys;
    const int end = current + node.subtreeSize;
    for (int c = current + 1; c < end; c += m_nodes[size_t(c)].subtreeSize) {
        const QString key
            = QString::fromUtf8(m_keys.data() + m_nodes[size_t(c)].keyOffset, qsizetype(m_nodes[size_t(c)].keyLength));
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

// ---- Reading a file ----------------------------------------------------------------------------------------------

namespace {

QString rootTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    default:
        return QStringLiteral("object");
    }
}

/// yaml-cpp's messages name what it was doing; users need what was expected and what was found.
QString describeSyntaxError(const std::string& message)
{
    namespace E = YAML::ErrorMsg;
    QString text;
    if (message == E::END_OF_MAP)
        text = YamlReader::tr("expected another 'key: value' line or less indentation, found something else");
    else if (message == E::END_OF_SEQ)
        text = YamlReader::tr("expected another '- ' entry or less indentation, found something else");
    else if (message == E::END_OF_MAP_FLOW)
        text = YamlReader::tr("expected ',' or '}' in the flow mapping, found something else");
    else if (message == E::END_OF_SEQ_FLOW)
        text = YamlReader::tr("expected ',' or ']' in the flow sequence, found something else");
    else if (message == E::MAP_VALUE)
        text = YamlReader::tr("found ':' where no mapping value can start (check the indentation)");
    else if (message == E::BLOCK_ENTRY)
        text = YamlReader::tr("found '- ' where no sequence entry can start (check the indentation)");
    else if (message == E::MAP_KEY)
        text = YamlReader::tr("found '?' where no mapping key can start");
    else if (message == E::FLOW_END)
        text = YamlReader::tr("found a closing bracket that closes nothing");
    else if (message == E::UNKNOWN_TOKEN)
        text = YamlReader::tr("found a character that cannot start a value here");
    else if (message == E::UNKNOWN_ANCHOR)
        text = YamlReader::tr("alias refers to an anchor that is not defined before it");
    else if (message == E::DOC_IN_SCALAR)
        text = YamlReader::tr("expected the end of the quoted scalar, found a document marker");
    else if (message == E::EOF_IN_SCALAR)
        text = YamlReader::tr("expected the end of the quoted scalar, found the end of the document");
    else
        text = QString::fromStdString(message);
    return YamlReader::tr("invalid YAML: %1").arg(text);
}

/// yaml-cpp reports tab indentation as some other error further on; the yaml package names it. Returns the position
/// of the first line (up to @p lastLine) in the chunk whose indentation starts with or contains a tab.
SourcePosition findTabIndentation(const char* chunk, qsizetype size, int firstLine, int lastLine)
{
    int line = firstLine;
    qsizetype pos = 0;
    while (pos < size && line <= lastLine) {
        qsizetype i = pos;
        qsizetype firstTab = -1;
        while (i < size && (chunk[i] == ' ' || chunk[i] == '\t')) {
            if (chunk[i] == '\t' && firstTab < 0)
                firstTab = i;
            ++i;
        }
        if (firstTab >= 0 && i < size && chunk[i] != '\n' && chunk[i] != '\r' && chunk[i] != '#')
            return { line + 1, int(firstTab - pos) + 1 };
        const void* nl = std::memchr(chunk + pos, '\n', size_t(size - pos));
        if (!nl)
            break;
        pos = static_cast<const char*>(nl) - chunk + 1;
        ++line;
    }
    return {};
}

/// Replaces the tabs of lines that are only white space or a comment by spaces.
void blankTabs(std::string& text)
{
    size_t line = 0;
    while (line < text.size()) {
        size_t i = line;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
        if (i == text.size() || text[i] == '\n' || text[i] == '\r' || text[i] == '#')
            std::replace(text.begin() + qsizetype(line), text.begin() + qsizetype(i), '\t', ' ');
        const size_t next = text.find('\n', i);
        if (next == std::string::npos)
            break;
        line = next + 1;
    }
}

} // namespace

YamlReadResult readYamlDocuments(const QByteArray& bytes, const QString& fileName, const YamlLimits& limits)
{
    YamlReadResult result;
    const char* data = bytes.constData();
    qsizetype size = bytes.size();
    // A UTF-8 byte order mark is allowed and not part of the text.
    if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        size -= 3;
    }
    auto addProblem = [&](SourcePosition pos, const QString& message) {
        Problem problem;
        problem.file = fileName;
        problem.line = pos.line;
        problem.column = pos.column;
        problem.message = message;
        result.problems.append(problem);
    };

    QString what;
    const qsizetype bad = findInvalidText(reinterpret_cast<const unsigned char*>(data), size, &what);
    if (bad >= 0) {
        // Not text: Backstage would read it with replacement characters; nothing useful can come of that.
        addProblem(positionOfOffset(data, bad), YamlReader::tr("expected UTF-8 text, found %1").arg(what));
        return result;
    }

    const std::vector<Chunk> chunks = splitDocuments(data, size);
    int documentIndex = 0;
    // Returns false, having reported nothing, when yaml-cpp stopped at a tab it did not need to stop at.
    auto accept = [&](const Chunk& chunk, YamlDocument& document, const YamlDocumentBuilder& builder) {
        document.documentIndex = documentIndex++;
        document.start = chunk.markerLine >= 0 ? SourcePosition { chunk.markerLine + 1, 1 } : builder.rootPosition();
        if (document.value.isObject() || !limits.objectRootsOnly) {
            result.documents.push_back(std::move(document));
        } else if (!document.value.isNull()) {
            addProblem(builder.rootPosition(),
                       YamlReader::tr("Expected object at root, got %1").arg(rootTypeName(document.value)));
        }
    };
    auto readChunk = [&](const Chunk& chunk, const char* begin, bool mayRetry) {
        const qsizetype size = chunk.end - chunk.begin;
        if (mayRetry && limits.blockScanner) {
            // Most catalog files are plain block YAML, which the block scanner reads several times faster than
            // yaml-cpp; it hands anything else over to yaml-cpp. Deep documents go to yaml-cpp, which names the
            // depth problem.
            YamlDocument document;
            YamlDocumentBuilder builder(begin, size, chunk.firstLine, limits, &document);
            try {
                if (readSimpleYamlDocument(begin, size, builder, std::min(limits.maxDepth, 64))) {
                    accept(chunk, document, builder);
                    return true;
                }
            } catch (const DocumentError& error) {
                addProblem(error.position, error.message);
                ++documentIndex;
                return true;
            }
        }
        ByteRangeBuffer buffer(begin, begin + size);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        // One chunk is one document, as the yaml package counts them (an empty one included).
        const int chunkIndex = documentIndex;
        documentIndex = chunkIndex + 1;
        YamlDocument document;
        YamlDocumentBuilder builder(begin, size, chunk.firstLine, limits, &document);
        YamlDocument rest;
        YamlDocumentBuilder restBuilder(begin, size, chunk.firstLine, limits, &rest);
        try {
            if (!parser.HandleNextDocument(builder))
                return true; // nothing but comments
            // Whatever yaml-cpp finds after the document is an error: the split left no second document in the
            // chunk. Asking once only also keeps yaml-cpp from looping on input it cannot consume (`,a:` makes it
            // report empty documents forever).
            if (parser.HandleNextDocument(restBuilder)) {
                addProblem(restBuilder.rootPosition(),
                           YamlReader::tr("expected the end of the document, found more content"));
                return true;
            }
        } catch (const DocumentError& error) {
            addProblem(error.position, error.message);
            return true;
        } catch (const YAML::DeepRecursion& error) {
            // yaml-cpp's own guard (about 500 nested nodes) comes before ours when maxDepth is higher.
            addProblem(builder.position(error.mark),
                       YamlReader::tr("nesting deeper than %1 levels").arg(std::min(limits.maxDepth, 498)));
            return true;
        } catch (const YAML::Exception& error) {
            if (mayRetry && error.msg == YAML::ErrorMsg::TAB_IN_INDENTATION) {
                documentIndex = chunkIndex;
                return false;
            }
            const SourcePosition tab
                = findTabIndentation(begin, size, chunk.firstLine, chunk.firstLine + error.mark.line);
            if (tab.line > 0) {
                addProblem(tab,
                           YamlReader::tr("expected spaces for indentation, found a tab (YAML does not allow tabs as "
                                          "indentation)"));
            } else {
                addProblem(builder.position(error.mark), describeSyntaxError(error.msg));
            }
            return true;
        }
        documentIndex = chunkIndex;
        accept(chunk, document, builder);
        documentIndex = chunkIndex + 1;
        return true;
    };
    for (const Chunk& chunk : chunks) {
        const char* begin = data + chunk.begin;
        if (readChunk(chunk, begin, true))
            continue;
        // yaml-cpp rejects tabs on lines that hold nothing but a comment or white space; the yaml package does not
        // mind them. Such tabs carry no meaning, so they become spaces (keeping every column) for a second try.
        std::string copy(begin, size_t(chunk.end - chunk.begin));
        blankTabs(copy);
        readChunk(chunk, copy.data(), false);
    }
    return result;
}

} // namespace Atrium
