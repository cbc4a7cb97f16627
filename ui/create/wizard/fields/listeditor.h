#pragma once

#include "fieldeditor.h"

#include <QList>

#include <functional>

class QAbstractItemModel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Atrium {

/// A list of text answers, one line each, with buttons to add and remove lines: arrays of strings, and
/// MultiEntityPicker (lines that complete entity refs from a model).
class ListEditor : public FieldEditor {
    Q_OBJECT
public:
    /// @p toValue turns a line into its answer (an undefined one is left out); @p toText does the reverse.
    using ToValue = std::function<QJsonValue(const QString&)>;
    using ToText = std::function<QString(const QJsonValue&)>;

    ListEditor(ToValue toValue, ToText toText, QWidget* parent = nullptr);
    ~ListEditor() override;

    /// Lines complete from the display text of @p model (not owned).
    void setCompletionModel(QAbstractItemModel* model);

    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    void setAccessibleTitle(const QString& title) override;

    QList<QLineEdit*> lines() const;
    QPushButton* addButton() const { return m_add; }

private:
    QLineEdit* addLine(const QString& text);
    void removeLine(QWidget* line);
    void nameLines();

    ToValue m_toValue;
    ToText m_toText;
    QAbstractItemModel* m_completionModel = nullptr;
    QString m_title;
    QWidget* m_lines = nullptr;
    QVBoxLayout* m_linesLayout = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace Atrium
