#pragma once

#include "catalog/catalogsnapshot.h"
#include "templates/formlayout.h"
#include "templates/parametervalidation.h"
#include "templates/templatedefinition.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Atrium {

class FieldRow;

/// One page of a template's form: an editor for each field of the page's schema, laid out as FormLayout says for
/// the current answers, so conditional fields come and go as the user answers; live validation with each message
/// at its field. Answers the user removes by a condition are remembered and come back with the field.
///
/// The page grows with its fields; a wizard puts it in a scroll area.
class FormPageWidget : public QWidget {
    Q_OBJECT
public:
    FormPageWidget(const TemplateParameterPage& page, CatalogSnapshotPtr catalog, QWidget* parent = nullptr);
    ~FormPageWidget() override;

    /// The whole answers object; the page shows its own fields and fills in their defaults.
    void setAnswers(const QJsonObject& answers);
    /// The answers given to setAnswers with this page's edits applied.
    QJsonObject answers() const { return m_answers; }
    /// Values of Secret fields by field key; answers hold only a '*' per character of them.
    QJsonObject secrets() const { return m_secrets; }
    /// Puts back secrets the page had (a page built again when the user goes back).
    void setSecrets(const QJsonObject& secrets);

    /// This page's errors for the current answers, shown or not (required fields not touched yet are not shown).
    FieldErrors errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }
    /// Shows every error, also of fields not touched yet, and focuses the first field that has one.
    void focusFirstInvalidField();

    /// The input of the field at dotted @p path (a QLineEdit, QComboBox, QCheckBox…, or the editor for fields with
    /// several inputs); nullptr when the field is not shown.
    QWidget* editorFor(const QString& path) const;
    /// The error shown at the field at @p path; empty when none is shown.
    QString shownError(const QString& path) const;

Q_SIGNALS:
    /// After every edit (drafts are saved from it).
    void answersChanged();
    void validityChanged(bool valid);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Rows follow FormLayout for the current answers; repeats until showing fields changes no answer.
    void sync();
    QList<FieldRow*> syncRows(const QList<FormField>& fields, QVBoxLayout* layout, QWidget* parent,
                              const QList<FieldRow*>& current);
    FieldRow* createRow(const FormField& field, QWidget* parent);
    void removeRow(FieldRow* row);
    void edited(FieldRow* row);
    void validate();
    void updateTabOrder();
    QList<FieldRow*> rowsInOrder() const;

    TemplateParameterPage m_page;
    CatalogSnapshotPtr m_catalog;
    QJsonObject m_answers;
    QJsonObject m_secrets;
    QHash<QString, QJsonValue> m_removed; ///< answers of fields a condition took away, by path
    QHash<QString, FieldRow*> m_rows; ///< every shown field by path
    QList<FieldRow*> m_topRows;
    QList<FormField> m_fields;
    QSet<QString> m_touched;
    bool m_showAllErrors = false;
    bool m_autofocusDone = false;
    FieldErrors m_errors;
    bool m_valid = true;
    QVBoxLayout* m_fieldsLayout = nullptr;
    QLabel* m_pageError = nullptr;
};

} // namespace Atrium
