#include "jsoneditor.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>

namespace Atrium {

JsonEditor::JsonEditor(QWidget* parent)
    : TextAreaEditor(6, parent)
{
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

JsonEditor::~JsonEditor() = default;

QJsonValue JsonEditor::value() const
{
    QString error;
    const QJsonValue value = parsed(&error);
    return error.isEmpty() ? value : QJsonValue(QJsonValue::Undefined);
}

void JsonEditor::setValue(const QJsonValue& value)
{
    const QSignalBlocker blocker(m_edit);
    if (value.isUndefined() || value.isNull()) {
        m_edit->clear();
        return;
    }
    // QJsonDocument writes only objects and arrays: a scalar is written inside an array and unwrapped.
    QByteArray text;
    if (value.isArray()) {
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    } else if (value.isObject()) {
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    } else {
        text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        text = text.mid(1, text.size() - 2);
    }
    m_edit->setPlainText(QString::fromUtf8(text).trimmed());
}

QString JsonEditor::problem() const
{
    QString error;
    parsed(&error);
    return error;
}

QJsonValue JsonEditor::parsed(QString* error) const
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    // Wrapped in an array so that scalars parse too; offsets are reported without the wrapper.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "\n]", &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        const int offset = std::max(0, parseError.offset - 1);
        const QString prefix = QString::fromUtf8(text.toUtf8().left(offset));
        const int line = int(prefix.count(QLatin1Char('\n'))) + 1;
        const int column = int(offset - prefix.lastIndexOf(QLatin1Char('\n')));
        *error = parseError.error != QJsonParseError::NoError
            ? tr("Not valid JSON: %1 (line %2, column %3).").arg(parseError.errorString()).arg(line).arg(column)
            : tr("Not valid JSON: enter one value, such as [{\"port\": 80}].");
        return {};
    }
    return document.array().at(0);
}

} // namespace Atrium
