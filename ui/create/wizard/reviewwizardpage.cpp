#include "reviewwizardpage.h"

#include "templates/formlayout.h"
#include "wizardstate.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atrium {

namespace {

QJsonValue valueAt(const QJsonObject& answers, const QString& path)
{
    QJsonValue value = answers;
    for (const QString& key : path.split(QLatin1Char('.')))
        value = value.toObject().value(key);
    return value;
}

QString scalarText(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? ReviewWizardPage::tr("Yes") : ReviewWizardPage::tr("No");
    if (value.isNull())
        return ReviewWizardPage::tr("None");
    return FormLayout::valueText(value);
}

} // namespace

ReviewWizardPage::ReviewWizardPage(WizardState* state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check your answers. Nothing has run yet; the next page previews the files."));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    m_contentLayout = new QVBoxLayout(m_content);
    scroll->setWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void ReviewWizardPage::initializePage()
{
    rebuild();
}

QString ReviewWizardPage::reviewText(const FormField& field, const QJsonValue& value)
{
    if (value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()))
        return tr("—");
    if (field.reviewMasked)
        return field.reviewMask.isEmpty() ? QStringLiteral("******") : field.reviewMask;
    // Choices show their labels, as the form did.
    const auto labelOf = [&](const QJsonValue& item) {
        qsizetype index = -1;
        for (qsizetype i = 0; i < field.enumValues.size() && index < 0; ++i) {
            if (field.enumValues.at(i) == item)
                index = i;
        }
        return index >= 0 && index < field.enumLabels.size() ? field.enumLabels.at(index) : scalarText(item);
    };
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(item.isObject() || item.isArray() ? scalarText(item) : labelOf(item));
        return items.join(QStringLiteral(", "));
    }
    return labelOf(value);
}

void ReviewWizardPage::rebuild()
{
    while (QLayoutItem* item = m_contentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const TemplateDefinition& definition = m_state->definition();
    const QJsonObject& answers = m_state->answers();
    for (qsizetype pageIndex = 0; pageIndex < definition.pages.size(); ++pageIndex) {
        const TemplateParameterPage& page = definition.pages.at(pageIndex);
        auto* group = new QGroupBox(page.title.isEmpty() ? tr("Step %1").arg(pageIndex + 1) : page.title, m_content);
        auto* form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        int rows = 0;
        const QList<FormField> fields = FormLayout::flattened(FormLayout::fields(page.schema, answers));
        for (const FormField& field : fields) {
            if (field.reviewHidden || field.widget == FormField::Widget::Hidden
                || field.widget == FormField::Widget::Group)
                continue;
            auto* row = new QWidget(group);
            auto* rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            auto* value = new QLabel(reviewText(field, valueAt(answers, field.path)), row);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setAccessibleName(field.title);
            rowLayout->addWidget(value, 1);
            auto* edit = new QToolButton(row);
            edit->setText(tr("Edit"));
            edit->setAutoRaise(true);
            edit->setAccessibleName(tr("Edit %1").arg(field.title));
            edit->setToolTip(tr("Go back and change %1").arg(field.title));
            connect(edit, &QToolButton::clicked, this,
                    [this, pageIndex, path = field.path] { Q_EMIT editRequested(int(pageIndex), path); });
            rowLayout->addWidget(edit);
            // Nested fields say where they belong: "Database › Size".
            QString title = field.title;
            for (const FormField& parent : fields) {
                if (parent.widget == FormField::Widget::Group && field.path.startsWith(parent.path + QLatin1Char('.')))
                    title = parent.title + QStringLiteral(" › ") + title;
            }
            form->addRow(title + QLatin1Char(':'), row);
            ++rows;
        }
        if (rows == 0) {
            delete group;
            continue;
        }
        m_contentLayout->addWidget(group);
    }
    m_contentLayout->addStretch(1);
}

} // namespace Atrium
