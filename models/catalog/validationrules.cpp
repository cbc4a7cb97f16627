#include "validationrules.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <array>

namespace Atrium::ValidationRules {

namespace {

constexpr bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
constexpr bool isAsciiLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}
constexpr bool isAsciiUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
constexpr bool isAsciiAlpha(char16_t c)
{
    return isAsciiLower(c) || isAsciiUpper(c);
}
constexpr bool isAsciiAlnum(char16_t c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c);
}
constexpr bool isAsciiHexDigit(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
constexpr int hexValue(char16_t c)
{
    return isAsciiDigit(c) ? c - u'0' : (isAsciiLower(c) ? c - u'a' + 10 : c - u'A' + 10);
}

// JavaScript's String.split(separator) for a single character, without allocating: calls f for each part
// and stops early when f returns false.
template <typename F> bool everyPart(QStringView value, char16_t separator, F f)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = value.indexOf(QChar(separator), start);
        if (end == -1)
            return f(value.sliced(start));
        if (!f(value.sliced(start, end - start)))
            return false;
        start = end + 1;
    }
}

// CommonValidatorFunctions.isValidPrefixAndOrSuffix with "/" as the separator.
template <typename Prefix, typename Suffix>
bool isValidPrefixAndOrSuffix(QStringView value, Prefix isValidPrefix, Suffix isValidSuffix)
{
    const qsizetype slash = value.indexOf(QLatin1Char('/'));
    if (slash == -1)
        return isValidSuffix(value);
    const QStringView suffix = value.sliced(slash + 1);
    if (suffix.contains(QLatin1Char('/')))
        return false; // more than two parts
    return isValidPrefix(value.first(slash)) && isValidSuffix(suffix);
}

// ---- WHATWG URL parsing, reduced to "does it fail?" -------------------------------------------------

bool isForbiddenHostCodePoint(char16_t c)
{
    switch (c) {
    case 0x00:
    case 0x09:
    case 0x0A:
    case 0x0D:
    case u' ':
    case u'#':
    case u'/':
    case u':':
    case u'<':
    case u'>':
    case u'?':
    case u'@':
    case u'[':
    case u'\\':
    case u']':
    case u'^':
    case u'|':
        return true;
    default:
        return false;
    }
}

bool isForbiddenDomainCodePoint(char16_t c)
{
    return isForbiddenHostCodePoint(c) || c <= 0x1F || c == u'%' || c == 0x7F;
}

// https://url.spec.whatwg.org/#ipv4-number-parser; returns false on failure.
bool parseIpv4Number(QStringView input, quint64& result)
{
    if (input.isEmpty())
        return false;
    int radix = 10;
    if (input.size() >= 2 && input[0] == u'0' && (input[1] == u'x' || input[1] == u'X')) {
        input = input.sliced(2);
        radix = 16;
    } else if (input.size() >= 2 && input[0] == u'0') {
        input = input.sliced(1);
        radix = 8;
    }
    quint64 value = 0;
    for (const QChar qc : input) {
        const char16_t c = qc.unicode();
        int digit = -1;
        if (radix == 16 && isAsciiHexDigit(c))
            digit = hexValue(c);
        else if (radix == 10 && isAsciiDigit(c))
            digit = c - u'0';
        else if (radix == 8 && c >= u'0' && c <= u'7')
            digit = c - u'0';
        if (digit < 0)
            return false;
        // Saturate: anything this large fails the range checks anyway.
        value = value > (quint64(1) << 40) ? value : value * radix + digit;
    }
    result = value;
    return true;
}

bool endsInANumber(QStringView host)
{
    if (host.endsWith(QLatin1Char('.'))) {
        host.chop(1);
        if (!host.contains(QLatin1Char('.')) && host.isEmpty())
            return false;
    }
    const qsizetype dot = host.lastIndexOf(QLatin1Char('.'));
    const QStringView last = dot == -1 ? host : host.sliced(dot + 1);
    if (!last.isEmpty() && std::all_of(last.begin(), last.end(), [](QChar c) { return isAsciiDigit(c.unicode()); }))
        return true;
    quint64 ignored = 0;
    return parseIpv4Number(last, ignored);
}

bool isValidIpv4(QStringView host)
{
    if (host.endsWith(QLatin1Char('.')) && host.size() > 1)
        host.chop(1);
    std::array<quint64, 4> numbers {};
    int count = 0;
    const bool parsed = everyPart(host, u'.', [&](QStringView part) {
        if (count == 4)
            return false;
        return parseIpv4Number(part, numbers[count++]);
    });
    if (!parsed)
        return false;
    for (int i = 0; i < count - 1; ++i) {
        if (numbers[i] > 255)
            return false;
    }
    return numbers[count - 1] < (quint64(1) << (8 * (5 - count)));
}

// https://url.spec.whatwg.org/#concept-ipv6-parser
bool isValidIpv6(QStringView input)
{
    const qsizetype n = input.size();
    auto at = [&](qsizetype i) -> char16_t { return i < n ? input[i].unicode() : char16_t(0xFFFF); };
    constexpr char16_t eof = 0xFFFF;
    int pieceIndex = 0;
    bool compressed = false;
    qsizetype p = 0;
    if (at(p) == u':') {
        if (at(p + 1) != u':')
            return false;
        p += 2;
        ++pieceIndex;
        compressed = true;
    }
    while (at(p) != eof) {
        if (pieceIndex == 8)
            return false;
        if (at(p) == u':') {
            if (compressed)
                return false;
            ++p;
            ++pieceIndex;
            compressed = true;
            continue;
        }
        int length = 0;
        while (length < 4 && isAsciiHexDigit(at(p))) {
            ++p;
            ++length;
        }
        if (at(p) == u'.') {
            if (length == 0)
                return false;
            p -= length;
            if (pieceIndex > 6)
                return false;
            int numbersSeen = 0;
            while (at(p) != eof) {
                int piece = -1;
                if (numbersSeen > 0) {
                    if (at(p) == u'.' && numbersSeen < 4)
                        ++p;
                    else
                        return false;
                }
                if (!isAsciiDigit(at(p)))
                    return false;
                while (isAsciiDigit(at(p))) {
                    const int number = at(p) - u'0';
                    if (piece == -1)
                        piece = number;
                    else if (piece == 0)
                        return false;
                    else
                        piece = piece * 10 + number;
                    if (piece > 255)
                        return false;
                    ++p;
                }
                ++numbersSeen;
                if (numbersSeen == 2 || numbersSeen == 4)
                    ++pieceIndex;
            }
            if (numbersSeen != 4)
                return false;
            break;
        }
        if (at(p) == u':') {
            ++p;
            if (at(p) == eof)
                return false;
        } else if (at(p) != eof) {
            return false;
        }
        ++pieceIndex;
    }
    return compressed || pieceIndex == 8;
}

bool isValidOpaqueHost(QStringView host)
{
    if (host.startsWith(QLatin1Char('['))) {
        return host.endsWith(QLatin1Char(']')) && host.size() >= 2 && isValidIpv6(host.sliced(1, host.size() - 2));
    }
    return std::none_of(host.begin(), host.end(), [](QChar c) { return isForbiddenHostCodePoint(c.unicode()); });
}

// RFC 3492 Punycode decoding of the part after "xn--"; false when it is not valid Punycode.
bool decodePunycode(QStringView input, QList<char32_t>& output)
{
    constexpr quint32 base = 36, tmin = 1, tmax = 26, skew = 38, damp = 700;
    constexpr quint32 maxValue = 0x7FFFFFFF;
    auto adapt = [](quint32 delta, quint32 points, bool first) {
        delta = first ? delta / damp : delta / 2;
        delta += delta / points;
        quint32 k = 0;
        while (delta > ((base - tmin) * tmax) / 2) {
            delta /= base - tmin;
            k += base;
        }
        return k + (((base - tmin + 1) * delta) / (delta + skew));
    };
    const qsizetype delimiter = input.lastIndexOf(QLatin1Char('-'));
    qsizetype pos = 0;
    if (delimiter > 0) {
        for (const QChar c : input.first(delimiter)) {
            if (c.unicode() >= 0x80)
                return false;
            output.append(c.unicode());
        }
        pos = delimiter + 1;
    }
    quint32 n = 128, i = 0, bias = 72;
    while (pos < input.size()) {
        const quint32 oldi = i;
        quint32 w = 1;
        for (quint32 k = base;; k += base) {
            if (pos >= input.size())
                return false;
            const char16_t c = input[pos++].unicode();
            quint32 digit = 0;
            if (isAsciiLower(c))
                digit = c - u'a';
            else if (isAsciiUpper(c))
                digit = c - u'A';
            else if (isAsciiDigit(c))
                digit = c - u'0' + 26;
            else
                return false;
            if (digit > (maxValue - i) / w)
                return false;
            i += digit * w;
            const quint32 t = k <= bias ? tmin : (k >= bias + tmax ? tmax : k - bias);
            if (digit < t)
                break;
            if (w > maxValue / (base - t))
                return false;
            w *= base - t;
        }
        const quint32 points = quint32(output.size()) + 1;
        bias = adapt(i - oldi, points, oldi == 0);
        if (i / points > maxValue - n)
            return false;
        n += i / points;
        i %= points;
        if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF))
            return false;
        output.insert(i, n);
        ++i;
    }
    return true;
}

// UTS #46 label validity with CheckJoiners and CheckBidi, as Node's URL parser (ada) decides it: no leading
// combining mark; ZERO WIDTH (NON-)JOINER only after a virama or, for the non-joiner, between joining letters;
// the Bidi rule (RFC 5893) only for labels with right-to-left characters (Node 20's ada lets a label that starts
// left-to-right end in a right-to-left character). ada's early returns are kept: a valid joiner ends the checks.
template <typename CodePoints> bool isValidIdnaLabel(const CodePoints& label)
{
    if (label.isEmpty())
        return true;
    auto isMark = [](char32_t c) {
        const QChar::Category category = QChar::category(c);
        return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing;
    };
    if (isMark(char32_t(label.front())))
        return false;
    for (qsizetype i = 0; i < label.size(); ++i) {
        const char32_t c = char32_t(label[i]);
        if (c != 0x200C && c != 0x200D)
            continue;
        if (i > 0 && QChar::combiningClass(char32_t(label[i - 1])) == 9) // a virama
            return true;
        if (c == 0x200D || i == 0 || i + 1 >= label.size())
            return false;
        bool joinsBefore = false;
        bool joinsAfter = false;
        for (qsizetype k = 0; k < label.size(); ++k) {
            const QChar::JoiningType type = QChar::joiningType(char32_t(label[k]));
            if (k < i && (type == QChar::Joining_Left || type == QChar::Joining_Dual))
                joinsBefore = true;
            if (k > i && (type == QChar::Joining_Right || type == QChar::Joining_Dual))
                joinsAfter = true;
        }
        return joinsBefore && joinsAfter;
    }

    auto direction = [&label](qsizetype i) { return QChar::direction(char32_t(label[i])); };
    qsizetype last = label.size() - 1;
    while (last >= 0 && direction(last) == QChar::DirNSM)
        --last;
    if (last < 0)
        return false;
    bool rtl = false;
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar::Direction d = direction(i);
        rtl = rtl || d == QChar::DirR || d == QChar::DirAL || d == QChar::DirAN;
    }
    if (!rtl)
        return true;
    if (direction(0) == QChar::DirL) {
        for (qsizetype i = 0; i < last; ++i) {
            switch (direction(i)) {
            case QChar::DirL:
            case QChar::DirEN:
            case QChar::DirES:
            case QChar::DirCS:
            case QChar::DirET:
            case QChar::DirON:
            case QChar::DirBN:
            case QChar::DirNSM:
                break;
            default:
                return false;
            }
        }
        return true;
    }
    bool european = false;
    bool arabic = false;
    for (qsizetype i = 0; i <= last; ++i) {
        const QChar::Direction d = direction(i);
        european = european || d == QChar::DirEN;
        arabic = arabic || d == QChar::DirAN;
        if (european && arabic)
            return false;
        switch (d) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirAN:
        case QChar::DirEN:
        case QChar::DirES:
        case QChar::DirCS:
        case QChar::DirET:
        case QChar::DirON:
        case QChar::DirBN:
        case QChar::DirNSM:
            break;
        default:
            return false;
        }
    }
    const QChar::Direction end = direction(last);
    return end == QChar::DirR || end == QChar::DirAL || end == QChar::DirAN || end == QChar::DirEN;
}

// UTS #46 validity of an "xn--" label: it must decode, and every non-ASCII code point must be one that
// IDNA keeps as it is (no controls, no upper case, nothing unassigned), which a round trip through Qt's IDNA shows.
bool isValidAceLabel(QStringView label)
{
    QList<char32_t> decoded;
    if (!decodePunycode(label.sliced(4), decoded) || decoded.isEmpty())
        return false;
    bool allAscii = true;
    for (const char32_t c : std::as_const(decoded)) {
        if (c < 0x80)
            continue;
        allAscii = false;
        if (c < 0xA0)
            return false;
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Letter_Uppercase:
        case QChar::Letter_Titlecase:
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            break;
        }
    }
    if (allAscii)
        return true; // forbidden code points are checked on the whole domain afterwards
    if (!isValidIdnaLabel(decoded))
        return false;
    const QString unicode = QString::fromUcs4(decoded.constData(), decoded.size());
    return QString::fromLatin1(QUrl::toAce(unicode)).compare(label, Qt::CaseInsensitive) == 0;
}

// https://url.spec.whatwg.org/#percent-decode: "%" and two hex digits is a byte, any other "%" stays.
QByteArray percentDecode(QStringView input)
{
    const QByteArray bytes = input.toUtf8();
    QByteArray decoded;
    decoded.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char16_t c = char16_t(uchar(bytes[i]));
        if (c == u'%' && i + 2 < bytes.size() && isAsciiHexDigit(char16_t(uchar(bytes[i + 1])))
            && isAsciiHexDigit(char16_t(uchar(bytes[i + 2])))) {
            decoded.append(
                char(hexValue(char16_t(uchar(bytes[i + 1]))) * 16 + hexValue(char16_t(uchar(bytes[i + 2])))));
            i += 2;
        } else {
            decoded.append(bytes[i]);
        }
    }
    return decoded;
}

// Code points UTS #46 maps to nothing.
bool isIdnaIgnored(char32_t c)
{
    return c == 0xAD || c == 0x34F || (c >= 0x180B && c <= 0x180D) || c == 0x180F || c == 0x200B || c == 0x2060
        || c == 0x2064 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || (c >= 0x1BCA0 && c <= 0x1BCA3)
        || (c >= 0xE0100 && c <= 0xE01EF);
}

// UTS #46 processing (UseSTD3ASCIIRules=false, Transitional=false, CheckHyphens=false, VerifyDnsLength=false) of
// a non-ASCII host into @p mapped (Unicode, not yet Punycode), with each label's validity checked. Each code
// point's mapping comes from Qt's IDNA applied to that code point alone (decoded back from Punycode): for whole
// labels Qt applies the STD3 rules and rejects empty labels, which URLs allow.
bool mapDomain(const QString& domain, QString& mapped)
{
    const QList<uint> codePoints = domain.toUcs4();
    mapped.reserve(domain.size());
    QList<uint> label; // the current label's code points, for the joiner and combining-mark rules
    auto finishLabel = [&]() {
        const bool ok = isValidIdnaLabel(label);
        label.clear();
        return ok;
    };
    for (const uint c : codePoints) {
        if (c < 0x80) {
            if (c == u'.' && !finishLabel())
                return false;
            const char16_t lower = isAsciiUpper(char16_t(c)) ? char16_t(c - u'A' + u'a') : char16_t(c);
            mapped.append(QChar(lower));
            if (c != u'.')
                label.append(lower);
            continue;
        }
        if (c == 0x3002 || c == 0xFF0E || c == 0xFF61) { // ideographic and full-width full stops
            if (!finishLabel())
                return false;
            mapped.append(QLatin1Char('.'));
            continue;
        }
        if (isIdnaIgnored(c))
            continue;
        const char32_t codePoint = c;
        const QByteArray ace = QUrl::toAce(QString::fromUcs4(&codePoint, 1));
        if (ace.isEmpty()) {
            // Disallowed, unless only STD3 disallows it: then it maps to its compatibility form, like ⑴ to "(1)"
            // or ½ to "1⁄2", whose non-ASCII characters must be valid themselves.
            const QString compatible
                = QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_KC).toLower();
            const bool mappable = !compatible.isEmpty() && !compatible.contains(QLatin1Char('.'))
                && std::all_of(compatible.begin(), compatible.end(), [](QChar a) {
                       return a.unicode() < 0x80 || (!a.isSurrogate() && !QUrl::toAce(QString(a)).isEmpty());
                   });
            if (!mappable)
                return false;
            mapped.append(compatible);
            for (const uint a : compatible.toUcs4())
                label.append(a);
            continue;
        }
        if (ace.startsWith("xn--")) {
            // A non-ASCII result: what the code point maps to is the decoded Punycode.
            QList<char32_t> result;
            if (!decodePunycode(QString::fromLatin1(ace).sliced(4), result))
                return false;
            mapped.append(QString::fromUcs4(result.constData(), result.size()));
            for (const char32_t r : std::as_const(result))
                label.append(r);
        } else {
            const QString ascii = QString::fromLatin1(ace);
            mapped.append(ascii);
            for (const QChar a : ascii)
                label.append(a.unicode());
        }
    }
    return finishLabel();
}

// The host parser for special schemes: percent-decoding, IDNA (domain to ASCII), forbidden code points, IPv4.
bool isValidSpecialHost(QStringView host)
{
    if (host.startsWith(QLatin1Char('['))) {
        return host.endsWith(QLatin1Char(']')) && host.size() >= 2 && isValidIpv6(host.sliced(1, host.size() - 2));
    }
    // UTF-8 decode without BOM: invalid sequences become U+FFFD, which IDNA disallows.
    const QString decoded = host.contains(QLatin1Char('%')) ? QString::fromUtf8(percentDecode(host)) : host.toString();
    QString domain;
    if (std::all_of(decoded.cbegin(), decoded.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        domain = decoded.toLower(); // all UTS #46 does to ASCII labels (Punycode ones are checked below)
    else if (!mapDomain(decoded, domain))
        return false;
    // Punycode labels must be ASCII and decode to valid labels (Qt's IDNA is more lenient with them than UTS #46).
    const bool labelsValid = everyPart(domain, u'.', [](QStringView label) {
        if (!label.startsWith(QLatin1String("xn--")))
            return true;
        return std::all_of(label.begin(), label.end(), [](QChar c) { return c.unicode() < 0x80; })
            && isValidAceLabel(label);
    });
    if (!labelsValid || domain.isEmpty())
        return false;
    if (std::any_of(domain.cbegin(), domain.cend(), [](QChar c) { return isForbiddenDomainCodePoint(c.unicode()); }))
        return false;
    if (endsInANumber(domain))
        return isValidIpv4(domain);
    return true;
}

bool isValidPort(QStringView port)
{
    quint32 value = 0;
    for (const QChar c : port) {
        if (!isAsciiDigit(c.unicode()))
            return false;
        value = value * 10 + (c.unicode() - u'0');
        if (value > 65535)
            return false;
    }
    return true;
}

// authority = the text between the slashes after the scheme and the first path/query/fragment delimiter.
bool isValidAuthority(QStringView authority, bool special)
{
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    const QStringView hostAndPort = at == -1 ? authority : authority.sliced(at + 1);
    if (at != -1 && hostAndPort.isEmpty())
        return false;
    // The port starts at the first colon outside brackets.
    qsizetype colon = -1;
    bool insideBrackets = false;
    for (qsizetype i = 0; i < hostAndPort.size(); ++i) {
        const QChar c = hostAndPort[i];
        if (c == u'[')
            insideBrackets = true;
        else if (c == u']')
            insideBrackets = false;
        else if (c == u':' && !insideBrackets) {
            colon = i;
            break;
        }
    }
    const QStringView host = colon == -1 ? hostAndPort : hostAndPort.first(colon);
    if (colon != -1) {
        if (host.isEmpty() || !isValidPort(hostAndPort.sliced(colon + 1)))
            return false;
    }
    if (host.isEmpty())
        return !special;
    return special ? isValidSpecialHost(host) : isValidOpaqueHost(host);
}

} // namespace

bool isJsWhiteSpace(char16_t c)
{
    switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

bool isValidObjectName(QStringView value)
{
    const qsizetype n = value.size();
    if (n < 1 || n > 63)
        return false;
    if (!isAsciiAlnum(value.front().unicode()) || !isAsciiAlnum(value.back().unicode()))
        return false;
    for (qsizetype i = 1; i + 1 < n; ++i) {
        const char16_t c = value[i].unicode();
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

bool isValidDnsLabel(QStringView value)
{
    const qsizetype n = value.size();
    if (n < 1 || n > 63)
        return false;
    auto allowed = [](char16_t c) { return isAsciiLower(c) || isAsciiDigit(c); };
    if (!allowed(value.front().unicode()) || !allowed(value.back().unicode()))
        return false;
    return std::all_of(value.begin(), value.end(), [&](QChar c) { return allowed(c.unicode()) || c == u'-'; });
}

bool isValidDnsSubdomain(QStringView value)
{
    if (value.size() < 1 || value.size() > 253)
        return false;
    return everyPart(value, u'.', isValidDnsLabel);
}

bool isValidNamespace(QStringView value)
{
    return isValidDnsLabel(value);
}

bool isValidApiVersion(QStringView value)
{
    return isValidPrefixAndOrSuffix(value, isValidDnsSubdomain, [](QStringView suffix) {
        return suffix.size() >= 1 && suffix.size() <= 63
            && std::all_of(suffix.begin(), suffix.end(), [](QChar c) { return isAsciiAlnum(c.unicode()); });
    });
}

bool isValidKind(QStringView value)
{
    if (value.size() < 1 || value.size() > 63 || !isAsciiAlpha(value.front().unicode()))
        return false;
    return std::all_of(value.begin(), value.end(), [](QChar c) { return isAsciiAlnum(c.unicode()); });
}

bool isValidLabelKey(QStringView value)
{
    return isValidPrefixAndOrSuffix(value, isValidDnsSubdomain, isValidObjectName);
}

bool isValidLabelValue(QStringView value)
{
    return value.isEmpty() || isValidObjectName(value);
}

bool isValidTag(QStringView value)
{
    const qsizetype n = value.size();
    if (n < 1 || n > 63)
        return false;
    auto allowed = [](char16_t c) { return isAsciiLower(c) || isAsciiDigit(c) || c == u':' || c == u'+' || c == u'#'; };
    // Runs of allowed characters separated by single hyphens.
    bool previousWasHyphen = true; // so a leading hyphen fails
    for (const QChar qc : value) {
        const char16_t c = qc.unicode();
        if (c == u'-') {
            if (previousWasHyphen)
                return false;
            previousWasHyphen = true;
        } else if (allowed(c)) {
            previousWasHyphen = false;
        } else {
            return false;
        }
    }
    return !previousWasHyphen;
}

bool isNonEmptyString(QStringView value)
{
    return std::any_of(value.begin(), value.end(), [](QChar c) { return !isJsWhiteSpace(c.unicode()); });
}

bool isValidUrl(QStringView value)
{
    // Leading and trailing C0 controls and spaces are stripped; tabs and newlines anywhere are ignored.
    while (!value.isEmpty() && value.front().unicode() <= 0x20)
        value = value.sliced(1);
    while (!value.isEmpty() && value.back().unicode() <= 0x20)
        value.chop(1);
    QString cleaned;
    if (value.contains(QLatin1Char('\t')) || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        cleaned = value.toString();
        cleaned.remove(QLatin1Char('\t')).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        value = cleaned;
    }

    // Without a base URL there must be a scheme.
    if (value.isEmpty() || !isAsciiAlpha(value.front().unicode()))
        return false;
    qsizetype i = 1;
    while (i < value.size()) {
        const char16_t c = value[i].unicode();
        if (!isAsciiAlnum(c) && c != u'+' && c != u'-' && c != u'.')
            break;
        ++i;
    }
    if (i == value.size() || value[i] != u':')
        return false;
    const QString scheme = value.first(i).toString().toLower();
    QStringView rest = value.sliced(i + 1);

    auto isDelimiter
        = [](QChar c, bool special) { return c == u'/' || c == u'?' || c == u'#' || (special && c == u'\\'); };
    auto authorityOf = [&](QStringView text, bool special) {
        qsizetype end = 0;
        while (end < text.size() && !isDelimiter(text[end], special))
            ++end;
        return text.first(end);
    };

    if (scheme == u"file") {
        auto isSlash = [](QChar c) { return c == u'/' || c == u'\\'; };
        if (rest.size() < 2 || !isSlash(rest[0]) || !isSlash(rest[1]))
            return true; // a path, which never fails
        const QStringView host = authorityOf(rest.sliced(2), true);
        const bool windowsDriveLetter
            = host.size() == 2 && isAsciiAlpha(host[0].unicode()) && (host[1] == u':' || host[1] == u'|');
        if (host.isEmpty() || windowsDriveLetter)
            return true;
        return isValidSpecialHost(host);
    }

    static const QStringList specialSchemes = { QStringLiteral("ftp"), QStringLiteral("http"), QStringLiteral("https"),
                                                QStringLiteral("ws"), QStringLiteral("wss") };
    if (specialSchemes.contains(scheme)) {
        // Special schemes ignore any number of slashes (either kind) before the authority.
        while (!rest.isEmpty() && (rest.front() == u'/' || rest.front() == u'\\'))
            rest = rest.sliced(1);
        return isValidAuthority(authorityOf(rest, true), true);
    }
    if (rest.startsWith(QLatin1String("//")))
        return isValidAuthority(authorityOf(rest.sliced(2), false), false);
    return true; // a path or an opaque path, which never fails
}

} // namespace Atrium::ValidationRules
