#include "formpagewidget.h"

#include "fields/extensiondefaults.h"
#include "fields/fieldeditor.h"
#include "fields/fieldeditorfactory.h"
#include "fields/fieldrow.h"
#include "fields/secreteditor.h"
#include "templates/fieldextensionvalidation.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QVBoxLayout>

#include <functional>

namespace Atrium {

namespace {

constexpr int maxSyncPasses = 8;

/// Sets (or, with an undefined @p value, removes) the answer at dotted @p path, making the objects on the way.
void setAt(QJsonObject& object, QStringView path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(path.toString());
        else
            object.insert(path.toString(), value);
        return;
    }
    const QString key = path.first(dot).toString();
    QJsonObject child = object.value(key).toObject();
    setAt(child, path.sliced(dot + 1), value);
    object.insert(key, child);
}

bool isEmptyAnswer(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isArray() && value.toArray().isEmpty());
}

} // namespace

FormPageWidget::FormPageWidget(const TemplateParameterPage& page, CatalogSnapshotPtr catalog, QWidget* parent)
    : QWidget(parent)
    , m_page(page)
    , m_catalog(std::move(catalog))
    , m_fieldsLayout(new QVBoxLayout)
    , m_pageError(new QLabel(this))
{
    m_pageError->setWordWrap(true);
    m_pageError->hide();
    auto* layout = new QVBoxLayout(this);
    if (!page.description.isEmpty()) {
        auto* description = new QLabel(page.description, this);
        description->setWordWrap(true);
        layout->addWidget(description);
    }
    layout->addWidget(m_pageError);
    layout->addLayout(m_fieldsLayout);
    layout->addStretch(1);
    sync();
    validate();
    m_valid = m_errors.isEmpty();
}

FormPageWidget::~FormPageWidget() = default;

void FormPageWidget::setAnswers(const QJsonObject& answers)
{
    m_answers = answers;
    m_removed.clear();
    // Shown fields take their defaults where the new answers have none, as fields that appear do.
    for (int pass = 0; pass < maxSyncPasses; ++pass) {
        sync();
        bool filled = false;
        for (FieldRow* row : rowsInOrder()) {
            const FormField& field = row->field();
            if (field.widget != FormField::Widget::Group && !field.defaultValue.isUndefined()
                && FieldExtensionValidator::valueAt(m_answers, field.path).isUndefined()) {
                setAt(m_answers, field.path, field.defaultValue);
                filled = true;
            }
        }
        if (!filled)
            break;
    }
    for (FieldRow* row : rowsInOrder()) {
        if (row->editor())
            row->editor()->setValue(FieldExtensionValidator::valueAt(m_answers, row->field().path));
    }
    validate();
}

void FormPageWidget::setSecrets(const QJsonObject& secrets)
{
    m_secrets = secrets;
    for (FieldRow* row : rowsInOrder()) {
        if (auto* secret = qobject_cast<SecretEditor*>(row->editor()))
            secret->setSecret(secrets.value(row->field().key).toString());
    }
}

QWidget* FormPageWidget::editorFor(const QString& path) const
{
    FieldRow* row = m_rows.value(path);
    return row && row->editor() ? row->editor()->input() : nullptr;
}

QString FormPageWidget::shownError(const QString& path) const
{
    FieldRow* row = m_rows.value(path);
    return row ? row->error() : QString();
}

void FormPageWidget::focusFirstInvalidField()
{
    m_showAllErrors = true;
    validate();
    for (FieldRow* row : rowsInOrder()) {
        if (!row->error().isEmpty() && row->editor()) {
            row->editor()->focusInput();
            return;
        }
    }
}

void FormPageWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_autofocusDone)
        return;
    m_autofocusDone = true;
    for (FieldRow* row : rowsInOrder()) {
        if (row->field().autofocus && row->editor()) {
            row->editor()->focusInput();
            break;
        }
    }
}

void FormPageWidget::sync()
{
    for (int pass = 0; pass < maxSyncPasses; ++pass) {
        const QJsonObject before = m_answers;
        m_fields = FormLayout::fields(m_page.schema, m_answers);
        m_topRows = syncRows(m_fields, m_fieldsLayout, this, m_topRows);
        if (m_answers == before)
            break;
    }
    updateTabOrder();
}

QList<FieldRow*> FormPageWidget::syncRows(const QList<FormField>& fields, QVBoxLayout* layout, QWidget* parent,
                                          const QList<FieldRow*>& current)
{
    QList<FieldRow*> rows;
    for (const FormField& written : fields) {
        const FormField field = ExtensionDefaults::applied(written);
        FieldRow* row = m_rows.value(field.path);
        if (row && row->field().widget != field.widget) {
            removeRow(row);
            row = nullptr;
        }
        // A changed schema needs a new editor (other enum values…), but never under the user's fingers.
        if (row && row->field().widget != FormField::Widget::Group && row->field().schema != field.schema
            && !row->isAncestorOf(QApplication::focusWidget())) {
            removeRow(row);
            row = nullptr;
        }
        if (row)
            row->setField(field);
        else
            row = createRow(field, parent);
        if (field.widget == FormField::Widget::Group)
            row->children() = syncRows(field.children, row->childLayout(), row, row->children());
        rows.append(row);
    }
    for (FieldRow* old : current) {
        if (!rows.contains(old))
            removeRow(old);
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (layout->indexOf(rows.at(i)) == i)
            continue;
        layout->removeWidget(rows.at(i));
        layout->insertWidget(i, rows.at(i));
    }
    return rows;
}

FieldRow* FormPageWidget::createRow(const FormField& field, QWidget* parent)
{
    FieldEditor* editor = FieldEditorFactory::create(field, m_catalog, nullptr);
    auto* row = new FieldRow(field, editor, parent);
    m_rows.insert(field.path, row);

    // rjsf fills in defaults for fields as they appear; an answer a condition took away comes back first.
    QJsonValue value = FieldExtensionValidator::valueAt(m_answers, field.path);
    if (value.isUndefined() && m_removed.contains(field.path))
        value = m_removed.take(field.path);
    else if (value.isUndefined() && field.widget != FormField::Widget::Group)
        value = field.defaultValue;
    if (!value.isUndefined() && field.widget != FormField::Widget::Group)
        setAt(m_answers, field.path, value);
    if (editor) {
        editor->setValue(value);
        if (auto* secret = qobject_cast<SecretEditor*>(editor))
            secret->setSecret(m_secrets.value(field.key).toString());
        // An editor that answers by itself (an entity picker with a single entity to offer) is taken at its word.
        if (value.isUndefined() && !isEmptyAnswer(editor->value()))
            setAt(m_answers, field.path, editor->value());
        connect(editor, &FieldEditor::edited, this, [this, row] { edited(row); });
    }
    if (parent->isVisible() && field.widget != FormField::Widget::Hidden)
        row->show();
    return row;
}

void FormPageWidget::removeRow(FieldRow* row)
{
    for (FieldRow* child : std::as_const(row->children()))
        removeRow(child);
    const QString path = row->field().path;
    const QJsonValue value = FieldExtensionValidator::valueAt(m_answers, path);
    if (!value.isUndefined() && row->field().widget != FormField::Widget::Group) {
        m_removed.insert(path, value);
        setAt(m_answers, path, QJsonValue(QJsonValue::Undefined));
    } else if (value.isObject() && value.toObject().isEmpty()) {
        // The object only its children's answers made.
        setAt(m_answers, path, QJsonValue(QJsonValue::Undefined));
    }
    if (row->field().widget == FormField::Widget::Secret)
        m_secrets.remove(row->field().key);
    m_rows.remove(path);
    // Top rows sit in the fields' layout, a group's rows in its box's layout.
    m_fieldsLayout->removeWidget(row);
    if (QLayout* layout = row->parentWidget() ? row->parentWidget()->layout() : nullptr)
        layout->removeWidget(row);
    row->hide();
    row->deleteLater();
}

void FormPageWidget::edited(FieldRow* row)
{
    const FormField& field = row->field();
    FieldEditor* editor = row->editor();
    setAt(m_answers, field.path, editor->value());
    if (auto* secret = qobject_cast<SecretEditor*>(editor)) {
        if (secret->secret().isEmpty())
            m_secrets.remove(field.key);
        else
            m_secrets.insert(field.key, secret->secret());
    }
    m_touched.insert(field.path);
    sync();
    validate();
    Q_EMIT answersChanged();
}

void FormPageWidget::validate()
{
    FieldErrors errors;
    // An input whose text gives no answer says why; the schema's "required" for it would only confuse.
    QSet<QString> explained;
    for (FieldRow* row : rowsInOrder()) {
        if (row->editor() && !row->editor()->problem().isEmpty()) {
            errors.append({ row->field().path, row->editor()->problem() });
            explained.insert(row->field().path);
        }
    }
    FieldErrors found = ParameterValidator::validate(m_page.schema, m_answers);
    found += FieldExtensionValidator::validate(m_fields, m_answers);
    for (const FieldError& error : std::as_const(found)) {
        if (!explained.contains(error.path) && !errors.contains(error))
            errors.append(error);
    }
    m_errors = errors;

    // Each message goes to the deepest shown field that holds its path ("owners.1" to "owners").
    QHash<FieldRow*, QStringList> messages;
    QStringList pageMessages;
    for (const FieldError& error : std::as_const(m_errors)) {
        QString path = error.path;
        FieldRow* row = m_rows.value(path);
        while (!row && path.contains(QLatin1Char('.'))) {
            path.truncate(path.lastIndexOf(QLatin1Char('.')));
            row = m_rows.value(path);
        }
        if (!row || row->field().widget == FormField::Widget::Hidden) {
            pageMessages.append(row ? row->field().title + QLatin1String(": ") + error.message : error.message);
            continue;
        }
        // A field the user has not been to yet is not blamed for being empty.
        const bool missing = FieldExtensionValidator::valueAt(m_answers, error.path).isUndefined();
        if (missing && !m_showAllErrors && !m_touched.contains(row->field().path))
            continue;
        if (!messages[row].contains(error.message))
            messages[row].append(error.message);
    }
    for (FieldRow* row : std::as_const(m_rows))
        row->setError(messages.value(row).join(QLatin1Char('\n')));
    m_pageError->setText(pageMessages.join(QLatin1Char('\n')));
    m_pageError->setVisible(!pageMessages.isEmpty());

    const bool valid = m_errors.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

QList<FieldRow*> FormPageWidget::rowsInOrder() const
{
    QList<FieldRow*> ordered;
    std::function<void(const QList<FieldRow*>&)> walk = [&](const QList<FieldRow*>& rows) {
        for (FieldRow* row : rows) {
            ordered.append(row);
            walk(row->children());
        }
    };
    walk(m_topRows);
    return ordered;
}

void FormPageWidget::updateTabOrder()
{
    // Fields that a condition adds are created last; the tab order follows the page instead.
    QList<QWidget*> chain;
    for (FieldRow* row : rowsInOrder()) {
        if (!row->editor())
            continue;
        const QList<QWidget*> widgets = row->editor()->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            // Pop-ups (a combo box's list) are windows of their own and keep their own order.
            if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy() || widget->window() != window()
                || qobject_cast<QComboBox*>(widget->parentWidget()))
                continue;
            chain.append(widget);
        }
    }
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace Atrium
