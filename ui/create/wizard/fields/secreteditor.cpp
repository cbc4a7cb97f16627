#include "secreteditor.h"

#include <QLineEdit>

namespace Atrium {

SecretEditor::SecretEditor(QWidget* parent)
    : LineEditor(true, parent)
{
}

SecretEditor::~SecretEditor() = default;

QJsonValue SecretEditor::value() const
{
    const QString text = secret();
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QString(text.size(), QLatin1Char('*')));
}

void SecretEditor::setValue(const QJsonValue& value)
{
    if (!value.isString() || value.toString().isEmpty())
        lineEdit()->clear();
}

QString SecretEditor::secret() const
{
    return lineEdit()->text();
}

void SecretEditor::setSecret(const QString& secret)
{
    lineEdit()->setText(secret);
}

} // namespace Atrium
