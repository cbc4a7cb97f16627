#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace Atrium {

/// A JavaScript value as nunjucks sees it: undefined, null, boolean, number (a double), string (UTF-16, like
/// JavaScript's), array, or object with JavaScript's key order. Arrays and objects are shared and immutable, so
/// copies are cheap and the engine can hand the same value to many loop iterations.
class TemplateValue {
public:
    enum class Type { Undefined, Null, Bool, Number, String, Array, Object };
    struct Object;
    using Array = QList<TemplateValue>;

    TemplateValue() = default;
    static TemplateValue null();
    static TemplateValue boolean(bool value);
    static TemplateValue number(double value);
    static TemplateValue string(QString value);
    /// nunjucks' SafeString (what `safe` and `escape` return): prints as its text but is a JavaScript object, so
    /// `is string` is false, it is always truthy, and JSON shows its fields.
    static TemplateValue safeString(QString value);
    static TemplateValue array(Array items);
    static TemplateValue object(Object members);

    static TemplateValue fromJson(const QJsonValue& json);
    /// JSON.parse's idea of the value: undefined becomes QJsonValue::Undefined, and so do NaN and Infinity's null.
    QJsonValue toJson() const;

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNullish() const { return m_type == Type::Undefined || m_type == Type::Null; }
    bool isString() const { return m_type == Type::String; }
    bool isSafe() const { return m_safe; }
    /// A SafeString as the object JavaScript sees: {val, length}.
    TemplateValue safeStringFields() const;
    bool isNumber() const { return m_type == Type::Number; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool boolValue() const { return m_bool; }
    double numberValue() const { return m_number; }
    const QString& stringValue() const { return m_string; }
    const Array& arrayItems() const;
    const Object& objectMembers() const;

    /// JavaScript's `value[key]` for the JSON-like values the engine holds (arrays and strings have `length`).
    TemplateValue member(const TemplateValue& key) const;

    bool isTruthy() const;
    /// JavaScript's String(value): arrays join with commas, objects are "[object Object]".
    QString toJsString() const;
    /// JavaScript's Number(value).
    double toJsNumber() const;
    /// How many arrays and objects are nested in this value (0 for a primitive).
    int depth() const { return m_depth; }
    /// What JavaScript compares objects by: the shared storage, or nothing for primitives.
    const void* identity() const;

private:
    Type m_type = Type::Undefined;
    bool m_bool = false;
    bool m_safe = false;
    int m_depth = 0;
    double m_number = 0;
    QString m_string;
    std::shared_ptr<const Array> m_array;
    std::shared_ptr<const Object> m_object;
};

/// An object's members in JavaScript's own order: array-index keys ascending, then the others as inserted.
struct TemplateValue::Object {
    QList<QString> keys;
    QList<TemplateValue> values;

    void insert(const QString& key, const TemplateValue& value);
    TemplateValue value(QStringView key) const;
    bool contains(QStringView key) const;
};

/// Number.prototype.toString(): the shortest digits that read back as the same double, in JavaScript's layout.
QString jsNumberToString(double value);
/// JSON.stringify(value, null, gap); nothing (a null QString) where JSON.stringify returns undefined.
QString jsonStringify(const TemplateValue& value, const QString& gap = {});
/// JSON.parse(text), keeping the written key order (as JavaScript does); nothing where JSON.parse throws, or where
/// arrays and objects nest deeper than @p maxDepth.
std::optional<TemplateValue> jsonParse(QStringView text, int maxDepth = 1000);
/// JavaScript's `==`, for the values the engine holds (objects compare by identity).
bool jsLooseEquals(const TemplateValue& left, const TemplateValue& right);
/// JavaScript's `===`.
bool jsStrictEquals(const TemplateValue& left, const TemplateValue& right);
/// JavaScript's `<` (and, swapped, `>`): numeric unless both sides are strings.
bool jsLessThan(const TemplateValue& left, const TemplateValue& right);
/// JavaScript's `<=` (and, swapped, `>=`): false whenever a numeric comparison meets NaN.
bool jsLessOrEqual(const TemplateValue& left, const TemplateValue& right);

} // namespace Atrium

namespace Atrium {
/// JavaScript's `\s`: a narrower set than QChar::isSpace (no U+0085, but U+FEFF).
bool jsIsSpace(QChar c);
} // namespace Atrium

namespace Atrium {
/// JavaScript's binary `+`: string concatenation when either side is (or becomes) a string, else numeric addition.
TemplateValue jsAdd(const TemplateValue& left, const TemplateValue& right);
/// Math.round.
double jsRound(double value);
} // namespace Atrium
