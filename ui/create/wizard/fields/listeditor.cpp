#include "listeditor.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atrium {

ListEditor::ListEditor(ToValue toValue, ToText toText, QWidget* parent)
    : FieldEditor(parent)
    , m_toValue(std::move(toValue))
    , m_toText(std::move(toText))
    , m_lines(new QWidget(this))
    , m_linesLayout(new QVBoxLayout(m_lines))
    , m_add(new QPushButton(tr("Add"), this))
{
    // The lines' container comes before the button so that the tab order (creation order) follows the layout.
    m_linesLayout->setContentsMargins({});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_lines);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addLine(QString())->setFocus(Qt::OtherFocusReason);
        Q_EMIT edited();
    });
}

ListEditor::~ListEditor() = default;

void ListEditor::setCompletionModel(QAbstractItemModel* model)
{
    m_completionModel = model;
}

QJsonValue ListEditor::value() const
{
    QJsonArray items;
    for (QLineEdit* line : lines()) {
        const QJsonValue item = m_toValue(line->text());
        if (!item.isUndefined())
            items.append(item);
    }
    return items;
}

void ListEditor::setValue(const QJsonValue& value)
{
    const QList<QLineEdit*> existing = lines();
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i < existing.size())
            existing.at(i)->setText(m_toText(items.at(i)));
        else
            addLine(m_toText(items.at(i)));
    }
    for (qsizetype i = items.size(); i < existing.size(); ++i)
        removeLine(existing.at(i)->parentWidget());
}

void ListEditor::setAccessibleTitle(const QString& title)
{
    m_title = title;
    setAccessibleName(title);
    m_add->setAccessibleName(tr("Add to %1").arg(title));
    nameLines();
}

QList<QLineEdit*> ListEditor::lines() const
{
    QList<QLineEdit*> result;
    for (int i = 0; i < m_linesLayout->count(); ++i) {
        if (QWidget* row = m_linesLayout->itemAt(i)->widget())
            result.append(row->findChild<QLineEdit*>());
    }
    return result;
}

QLineEdit* ListEditor::addLine(const QString& text)
{
    auto* row = new QWidget(m_lines);
    auto* line = new QLineEdit(text, row);
    auto* remove = new QToolButton(row);
    remove->setText(tr("Remove"));
    remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins({});
    rowLayout->addWidget(line, 1);
    rowLayout->addWidget(remove);
    if (m_completionModel) {
        auto* completer = new QCompleter(m_completionModel, line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        line->setCompleter(completer);
    }
    m_linesLayout->addWidget(row);
    row->show();
    connect(line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    if (QCompleter* completer = line->completer()) {
        // Connected after the line edit's own connection, so the chosen text is in place when this runs.
        connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &FieldEditor::edited);
    }
    connect(remove, &QToolButton::clicked, this, [this, row] {
        removeLine(row);
        Q_EMIT edited();
    });
    nameLines();
    return line;
}

void ListEditor::removeLine(QWidget* row)
{
    m_linesLayout->removeWidget(row);
    row->hide();
    row->deleteLater();
    nameLines();
}

void ListEditor::nameLines()
{
    int number = 0;
    for (int i = 0; i < m_linesLayout->count(); ++i) {
        QWidget* row = m_linesLayout->itemAt(i)->widget();
        if (!row)
            continue;
        ++number;
        row->findChild<QLineEdit*>()->setAccessibleName(tr("%1, item %2").arg(m_title).arg(number));
        row->findChild<QToolButton*>()->setAccessibleName(tr("Remove item %1 of %2").arg(number).arg(m_title));
    }
}

} // namespace Atrium
