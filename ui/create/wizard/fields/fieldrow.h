#pragma once

#include "templates/formlayout.h"

#include <QList>
#include <QWidget>

class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace Atrium {

class FieldEditor;

/// One field on a form page: its title (required ones marked), its editor, the description, ui:help, the note for
/// an extension Atrium lacks, and its error. A nested object's row is a group box holding its children's rows.
class FieldRow : public QWidget {
    Q_OBJECT
public:
    /// Takes @p editor (nullptr for groups and hidden fields).
    FieldRow(const FormField& field, FieldEditor* editor, QWidget* parent = nullptr);
    ~FieldRow() override;

    const FormField& field() const { return m_field; }
    /// Shows the texts of @p field, the same field for other answers (its title or required mark may change).
    void setField(const FormField& field);
    FieldEditor* editor() const { return m_editor; }
    /// Where a group's children go; nullptr for other fields.
    QVBoxLayout* childLayout() const { return m_childLayout; }
    QList<FieldRow*>& children() { return m_children; }

    /// An empty @p message hides the error.
    void setError(const QString& message);
    QString error() const;

private:
    QString titleText() const;

    FormField m_field;
    FieldEditor* m_editor = nullptr;
    QLabel* m_title = nullptr;
    QGroupBox* m_group = nullptr;
    QVBoxLayout* m_childLayout = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_help = nullptr;
    QLabel* m_error = nullptr;
    QList<FieldRow*> m_children;
};

} // namespace Atrium
