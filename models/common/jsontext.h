#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Atrium {

/// The elements of the array under @p key in the JSON object @p document, each as the exact bytes the document holds
/// for it: what a QJsonObject would reorder (keys sort) or reformat passes on unchanged. Nothing when the document is
/// not an object holding an array under that key. @p document must be valid JSON (parse it first): this only
/// scans it.
QList<QByteArray> jsonArrayElementTexts(QByteArrayView document, QByteArrayView key);

} // namespace Atrium
