#include "templatevalue.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace Atrium {

namespace {

const TemplateValue::Array emptyArray;
const TemplateValue::Object emptyObject;

/// JavaScript puts keys that are canonical array indices (0 … 2^32-2) first, in numeric order.
std::optional<quint32> arrayIndex(QStringView key)
{
    if (key.isEmpty() || key.size() > 10 || (key.size() > 1 && key.front() == u'0'))
        return std::nullopt;
    quint64 value = 0;
    for (QChar c : key) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value >= 4294967295ULL)
        return std::nullopt;
    return quint32(value);
}

void appendJsonString(QString& out, const QString& text)
{
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            if (c.unicode() < 0x20 || c.isSurrogate()) {
                // Well-formed JSON.stringify escapes lone surrogates only; a valid pair is copied as it is.
                if (c.unicode() >= 0x20) {
                    const bool paired = c.isHighSurrogate() ? (i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
                                                            : (i > 0 && text.at(i - 1).isHighSurrogate());
                    if (paired) {
                        out += c;
                        break;
                    }
                }
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    out += u'"';
}

bool stringifyInto(QString& out, const TemplateValue& value, const QString& gap, int depth)
{
    const QString newline = gap.isEmpty() ? QString() : u'\n' + gap.repeated(depth + 1);
    const QString closing = gap.isEmpty() ? QString() : u'\n' + gap.repeated(depth);
    switch (value.type()) {
    case TemplateValue::Type::Undefined:
        return false;
    case TemplateValue::Type::Null:
        out += u"null";
        return true;
    case TemplateValue::Type::Bool:
        out += value.boolValue() ? u"true" : u"false";
        return true;
    case TemplateValue::Type::Number:
        out += std::isfinite(value.numberValue()) ? jsNumberToString(value.numberValue()) : QStringLiteral("null");
        return true;
    case TemplateValue::Type::String:
        if (value.isSafe())
            return stringifyInto(out, value.safeStringFields(), gap, depth);
        appendJsonString(out, value.stringValue());
        return true;
    case TemplateValue::Type::Array: {
        const auto& items = value.arrayItems();
        if (items.isEmpty()) {
            out += u"[]";
            return true;
        }
        out += u'[';
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                out += u',';
            out += newline;
            if (!stringifyInto(out, items.at(i), gap, depth + 1))
                out += u"null";
        }
        out += closing + u']';
        return true;
    }
    case TemplateValue::Type::Object: {
        const auto& members = value.objectMembers();
        out += u'{';
        bool any = false;
        for (qsizetype i = 0; i < members.keys.size(); ++i) {
            if (members.values.at(i).isUndefined())
                continue;
            if (any)
                out += u',';
            any = true;
            out += newline;
            appendJsonString(out, members.keys.at(i));
            out += gap.isEmpty() ? u":" : u": ";
            stringifyInto(out, members.values.at(i), gap, depth + 1);
        }
        out += any ? closing + u'}' : QStringLiteral("}");
        return true;
    }
    }
    return false;
}

} // namespace

TemplateValue TemplateValue::null()
{
    TemplateValue v;
    v.m_type = Type::Null;
    return v;
}

TemplateValue TemplateValue::boolean(bool value)
{
    TemplateValue v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

TemplateValue TemplateValue::number(double value)
{
    TemplateValue v;
    v.m_type = Type::Number;
    v.m_number = value;
    return v;
}

TemplateValue TemplateValue::string(QString value)
{
    TemplateValue v;
    v.m_type = Type::String;
    v.m_string = std::move(value);
    return v;
}

TemplateValue TemplateValue::safeString(QString value)
{
    TemplateValue v = string(std::move(value));
    v.m_safe = true;
    return v;
}

TemplateValue TemplateValue::array(Array items)
{
    TemplateValue v;
    v.m_type = Type::Array;
    for (const TemplateValue& item : items)
        v.m_depth = std::max(v.m_depth, item.m_depth);
    ++v.m_depth;
    v.m_array = std::make_shared<const Array>(std::move(items));
    return v;
}

TemplateValue TemplateValue::object(Object members)
{
    TemplateValue v;
    v.m_type = Type::Object;
    for (const TemplateValue& value : members.values)
        v.m_depth = std::max(v.m_depth, value.m_depth);
    ++v.m_depth;
    v.m_object = std::make_shared<const Object>(std::move(members));
    return v;
}

TemplateValue TemplateValue::fromJson(const QJsonValue& json)
{
    switch (json.type()) {
    case QJsonValue::Null:
        return null();
    case QJsonValue::Bool:
        return boolean(json.toBool());
    case QJsonValue::Double:
        return number(json.toDouble());
    case QJsonValue::String:
        return string(json.toString());
    case QJsonValue::Array: {
        Array items;
        const QJsonArray array = json.toArray();
        items.reserve(array.size());
        for (const QJsonValue& item : array)
            items.append(fromJson(item));
        return TemplateValue::array(std::move(items));
    }
    case QJsonValue::Object: {
        Object members;
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            members.insert(it.key(), fromJson(it.value()));
        return TemplateValue::object(std::move(members));
    }
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QJsonValue TemplateValue::toJson() const
{
    switch (m_type) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return m_bool;
    case Type::Number:
        return std::isfinite(m_number) ? QJsonValue(m_number) : QJsonValue(QJsonValue::Null);
    case Type::String:
        if (m_safe)
            return QJsonObject { { QStringLiteral("val"), m_string },
                                 { QStringLiteral("length"), double(m_string.size()) } };
        return m_string;
    case Type::Array: {
        QJsonArray array;
        for (const TemplateValue& item : *m_array) {
            const QJsonValue json = item.toJson();
            array.append(json.isUndefined() ? QJsonValue(QJsonValue::Null) : json);
        }
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (qsizetype i = 0; i < m_object->keys.size(); ++i) {
            const QJsonValue json = m_object->values.at(i).toJson();
            if (!json.isUndefined())
                object.insert(m_object->keys.at(i), json);
        }
        return object;
    }
    }
    return {};
}

TemplateValue TemplateValue::safeStringFields() const
{
    Object fields;
    fields.insert(QStringLiteral("val"), string(m_string));
    fields.insert(QStringLiteral("length"), number(double(m_string.size())));
    return object(std::move(fields));
}

const TemplateValue::Array& TemplateValue::arrayItems() const
{
    return m_array ? *m_array : emptyArray;
}

const TemplateValue::Object& TemplateValue::objectMembers() const
{
    return m_object ? *m_object : emptyObject;
}

const void* TemplateValue::identity() const
{
    if (m_array)
        return m_array.get();
    return m_object.get();
}

TemplateValue TemplateValue::member(const TemplateValue& key) const
{
    switch (m_type) {
    case Type::String:
    case Type::Array: {
        const QString name = key.toJsString();
        const qsizetype size = m_type == Type::String ? m_string.size() : m_array->size();
        if (name == u"length")
            return number(double(size));
        // A SafeString holds its text in `val` and has no index properties.
        if (m_safe)
            return name == u"val" ? string(m_string) : TemplateValue();
        const auto index = arrayIndex(name);
        if (!index || qsizetype(*index) >= size)
            return {};
        return m_type == Type::String ? string(QString(m_string.at(*index))) : m_array->at(*index);
    }
    case Type::Object:
        return m_object->value(key.toJsString());
    default:
        return {};
    }
}

bool TemplateValue::isTruthy() const
{
    switch (m_type) {
    case Type::Undefined:
    case Type::Null:
        return false;
    case Type::Bool:
        return m_bool;
    case Type::Number:
        return m_number != 0 && !std::isnan(m_number);
    case Type::String:
        return m_safe || !m_string.isEmpty();
    default:
        return true;
    }
}

QString TemplateValue::toJsString() const
{
    switch (m_type) {
    case Type::Undefined:
        return QStringLiteral("undefined");
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number:
        return jsNumberToString(m_number);
    case Type::String:
        return m_string;
    case Type::Array: {
        QString out;
        for (qsizetype i = 0; i < m_array->size(); ++i) {
            if (i > 0)
                out += u',';
            if (!m_array->at(i).isNullish())
                out += m_array->at(i).toJsString();
        }
        return out;
    }
    case Type::Object:
        return QStringLiteral("[object Object]");
    }
    return {};
}

double TemplateValue::toJsNumber() const
{
    switch (m_type) {
    case Type::Null:
        return 0;
    case Type::Bool:
        return m_bool ? 1 : 0;
    case Type::Number:
        return m_number;
    case Type::String: {
        const QString trimmed = m_string.trimmed();
        if (trimmed.isEmpty())
            return 0;
        if (trimmed == u"Infinity" || trimmed == u"+Infinity")
            return std::numeric_limits<double>::infinity();
        if (trimmed == u"-Infinity")
            return -std::numeric_limits<double>::infinity();
        bool ok = false;
        if (trimmed.startsWith(u"0x") || trimmed.startsWith(u"0X")) {
            const qulonglong hex = trimmed.mid(2).toULongLong(&ok, 16);
            return ok ? double(hex) : std::nan("");
        }
        for (QChar c : trimmed) {
            if (!(c.isDigit() || c == u'.' || c == u'e' || c == u'E' || c == u'+' || c == u'-'))
                return std::nan("");
        }
        const double value = trimmed.toDouble(&ok);
        return ok ? value : std::nan("");
    }
    case Type::Array:
        if (m_array->isEmpty())
            return 0;
        if (m_array->size() == 1)
            return string(toJsString()).toJsNumber();
        return std::nan("");
    default:
        return std::nan("");
    }
}

void TemplateValue::Object::insert(const QString& key, const TemplateValue& value)
{
    const qsizetype existing = keys.indexOf(key);
    if (existing >= 0) {
        values[existing] = value;
        return;
    }
    qsizetype position = keys.size();
    if (const auto index = arrayIndex(key)) {
        position = 0;
        while (position < keys.size()) {
            const auto other = arrayIndex(keys.at(position));
            if (!other || *other > *index)
                break;
            ++position;
        }
    }
    keys.insert(position, key);
    values.insert(position, value);
}

TemplateValue TemplateValue::Object::value(QStringView key) const
{
    const qsizetype index = keys.indexOf(key);
    return index >= 0 ? values.at(index) : TemplateValue();
}

bool TemplateValue::Object::contains(QStringView key) const
{
    return keys.contains(key);
}

QString jsNumberToString(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0)
        return QStringLiteral("0");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::abs(value), std::chars_format::scientific);
    const std::string_view text(buffer, result.ptr - buffer);
    const auto ePos = text.find('e');
    std::string digits;
    for (char c : text.substr(0, ePos)) {
        if (c != '.')
            digits += c;
    }
    const int exponent = std::stoi(std::string(text.substr(ePos + 1)));
    const int k = int(digits.size());
    const int n = exponent + 1;
    std::string out = value < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, n) + '.' + digits.substr(n);
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(-n, '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1)
            out += '.' + digits.substr(1);
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += std::to_string(std::abs(n - 1));
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

QString jsonStringify(const TemplateValue& value, const QString& gap)
{
    QString out;
    if (!stringifyInto(out, value, gap.left(10), 0))
        return {};
    return out;
}

namespace {

/// A recursive-descent reader of RFC 8259 JSON, as strict as JSON.parse.
class JsonReader {
public:
    JsonReader(QStringView text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    {
    }

    std::optional<TemplateValue> readDocument()
    {
        auto value = readValue(0);
        skipWhitespace();
        if (!value || m_position != m_text.size())
            return std::nullopt;
        return value;
    }

private:
    void skipWhitespace()
    {
        while (m_position < m_text.size()) {
            const QChar c = m_text.at(m_position);
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_position;
        }
    }

    bool consume(QStringView word)
    {
        if (!m_text.mid(m_position).startsWith(word))
            return false;
        m_position += word.size();
        return true;
    }

    QChar peek() const { return m_position < m_text.size() ? m_text.at(m_position) : QChar(); }

    std::optional<TemplateValue> readValue(int depth)
    {
        skipWhitespace();
        const QChar c = peek();
        if (c == u'{' || c == u'[') {
            if (depth >= m_maxDepth)
                return std::nullopt;
            return c == u'{' ? readObject(depth + 1) : readArray(depth + 1);
        }
        if (c == u'"') {
            auto text = readString();
            return text ? std::optional(TemplateValue::string(*text)) : std::nullopt;
        }
        if (consume(u"true"))
            return TemplateValue::boolean(true);
        if (consume(u"false"))
            return TemplateValue::boolean(false);
        if (consume(u"null"))
            return TemplateValue::null();
        return readNumber();
    }

    std::optional<TemplateValue> readObject(int depth)
    {
        ++m_position; // {
        TemplateValue::Object members;
        skipWhitespace();
        if (consume(u"}"))
            return TemplateValue::object(std::move(members));
        while (true) {
            skipWhitespace();
            if (peek() != u'"')
                return std::nullopt;
            const auto key = readString();
            skipWhitespace();
            if (!key || !consume(u":"))
                return std::nullopt;
            auto value = readValue(depth);
            if (!value)
                return std::nullopt;
            members.insert(*key, *value);
            skipWhitespace();
            if (consume(u"}"))
                return TemplateValue::object(std::move(members));
            if (!consume(u","))
                return std::nullopt;
        }
    }

    std::optional<TemplateValue> readArray(int depth)
    {
        ++m_position; // [
        TemplateValue::Array items;
        skipWhitespace();
        if (consume(u"]"))
            return TemplateValue::array(std::move(items));
        while (true) {
            auto value = readValue(depth);
            if (!value)
                return std::nullopt;
            items.append(*value);
            skipWhitespace();
            if (consume(u"]"))
                return TemplateValue::array(std::move(items));
            if (!consume(u","))
                return std::nullopt;
        }
    }

    std::optional<QString> readString()
    {
        ++m_position; // "
        QString text;
        while (m_position < m_text.size()) {
            const QChar c = m_text.at(m_position++);
            if (c == u'"')
                return text;
            if (c.unicode() < 0x20)
                return std::nullopt;
            if (c != u'\\') {
                text.append(c);
                continue;
            }
            if (m_position >= m_text.size())
                return std::nullopt;
            const QChar escape = m_text.at(m_position++);
            static const QString escapes = QStringLiteral("\"\\/bfnrt");
            static const QString escaped = QStringLiteral("\"\\/\b\f\n\r\t");
            if (const qsizetype simple = escapes.indexOf(escape); simple >= 0) {
                text.append(escaped.at(simple));
                continue;
            }
            const QStringView digits = m_text.mid(m_position, 4);
            const auto isHex = [](QChar c) {
                return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
            };
            if (escape != u'u' || digits.size() != 4 || !std::all_of(digits.begin(), digits.end(), isHex))
                return std::nullopt;
            text.append(QChar(char16_t(digits.toUInt(nullptr, 16))));
            m_position += 4;
        }
        return std::nullopt;
    }

    std::optional<TemplateValue> readNumber()
    {
        const qsizetype start = m_position;
        const auto digits = [this] {
            const qsizetype from = m_position;
            while (m_position < m_text.size() && m_text.at(m_position) >= u'0' && m_text.at(m_position) <= u'9')
                ++m_position;
            return m_position - from;
        };
        if (peek() == u'-')
            ++m_position;
        if (peek() == u'0')
            ++m_position;
        else if (digits() == 0)
            return std::nullopt;
        if (peek() == u'.') {
            ++m_position;
            if (digits() == 0)
                return std::nullopt;
        }
        if (peek() == u'e' || peek() == u'E') {
            ++m_position;
            if (peek() == u'+' || peek() == u'-')
                ++m_position;
            if (digits() == 0)
                return std::nullopt;
        }
        const QByteArray number = m_text.mid(start, m_position - start).toLatin1();
        double value = 0;
        // from_chars, unlike strtod, ignores the C locale; it reads no leading '+', which JSON has none of.
        const auto [end, error] = std::from_chars(number.constData(), number.constData() + number.size(), value);
        if (error == std::errc::result_out_of_range) {
            const double magnitude
                = number.contains("e-") || number.contains("E-") ? 0.0 : std::numeric_limits<double>::infinity();
            value = number.startsWith('-') ? -magnitude : magnitude;
        } else if (error != std::errc() || end != number.constData() + number.size())
            return std::nullopt;
        return TemplateValue::number(value);
    }

    QStringView m_text;
    int m_maxDepth;
    qsizetype m_position = 0;
};

} // namespace

std::optional<TemplateValue> jsonParse(QStringView text, int maxDepth)
{
    return JsonReader(text, maxDepth).readDocument();
}

bool jsStrictEquals(const TemplateValue& left, const TemplateValue& right)
{
    if (left.type() != right.type())
        return false;
    switch (left.type()) {
    case TemplateValue::Type::Undefined:
    case TemplateValue::Type::Null:
        return true;
    case TemplateValue::Type::Bool:
        return left.boolValue() == right.boolValue();
    case TemplateValue::Type::Number:
        return left.numberValue() == right.numberValue();
    case TemplateValue::Type::String:
        // Two SafeStrings are two objects.
        return !left.isSafe() && !right.isSafe() && left.stringValue() == right.stringValue();
    default:
        return left.identity() == right.identity();
    }
}

bool jsLooseEquals(const TemplateValue& left, const TemplateValue& right)
{
    if (left.isSafe() != right.isSafe() && left.isString() && right.isString())
        return left.stringValue() == right.stringValue();
    if (left.type() == right.type())
        return jsStrictEquals(left, right);
    if (left.isNullish() || right.isNullish())
        return left.isNullish() && right.isNullish();
    const bool leftObject = left.isArray() || left.isObject();
    const bool rightObject = right.isArray() || right.isObject();
    if (leftObject && rightObject)
        return false;
    // An object against a primitive compares its string form, as ToPrimitive does.
    if (leftObject)
        return jsLooseEquals(TemplateValue::string(left.toJsString()), right);
    if (rightObject)
        return jsLooseEquals(left, TemplateValue::string(right.toJsString()));
    return left.toJsNumber() == right.toJsNumber();
}

namespace {
TemplateValue toPrimitive(const TemplateValue& value)
{
    return (value.isArray() || value.isObject()) ? TemplateValue::string(value.toJsString()) : value;
}
} // namespace

bool jsLessThan(const TemplateValue& left, const TemplateValue& right)
{
    const TemplateValue a = toPrimitive(left);
    const TemplateValue b = toPrimitive(right);
    if (a.isString() && b.isString())
        return a.stringValue() < b.stringValue();
    return a.toJsNumber() < b.toJsNumber();
}

bool jsLessOrEqual(const TemplateValue& left, const TemplateValue& right)
{
    const TemplateValue a = toPrimitive(left);
    const TemplateValue b = toPrimitive(right);
    if (a.isString() && b.isString())
        return a.stringValue() <= b.stringValue();
    return a.toJsNumber() <= b.toJsNumber();
}

} // namespace Atrium

namespace Atrium {
bool jsIsSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || (u >= 0x09 && u <= 0x0d) || u == 0xa0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200a)
        || u == 0x2028 || u == 0x2029 || u == 0x202f || u == 0x205f || u == 0x3000 || u == 0xfeff;
}
} // namespace Atrium

namespace Atrium {
TemplateValue jsAdd(const TemplateValue& left, const TemplateValue& right)
{
    const auto primitive = [](const TemplateValue& v) {
        return (v.isArray() || v.isObject()) ? TemplateValue::string(v.toJsString()) : v;
    };
    const TemplateValue a = primitive(left);
    const TemplateValue b = primitive(right);
    if (a.isString() || b.isString())
        return TemplateValue::string(a.toJsString() + b.toJsString());
    return TemplateValue::number(a.toJsNumber() + b.toJsNumber());
}

double jsRound(double value)
{
    if (!std::isfinite(value))
        return value;
    const double floor = std::floor(value);
    return value - floor >= 0.5 ? floor + 1 : floor;
}
} // namespace Atrium
