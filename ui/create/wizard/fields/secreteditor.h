#pragma once

#include "lineeditor.h"

namespace Atrium {

/// Backstage's Secret field: the answer is only a '*' per character, the value itself goes to the task's secrets.
class SecretEditor : public LineEditor {
    Q_OBJECT
public:
    explicit SecretEditor(QWidget* parent = nullptr);
    ~SecretEditor() override;

    QJsonValue value() const override;
    /// Leaves a secret that matches the mask alone: answers never hold the value to put back.
    void setValue(const QJsonValue& value) override;
    QString secret() const;
    void setSecret(const QString& secret);
};

} // namespace Atrium
