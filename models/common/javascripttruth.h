#pragma once

#include <QJsonValue>

#include <cmath>

namespace Atrium {

/// JavaScript's truthiness of a JSON value (`if (value)`): false for undefined, null, false, 0, NaN and "".
inline bool isJavaScriptTruthy(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0 && !std::isnan(value.toDouble());
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

} // namespace Atrium
