#include "formwizardpage.h"

#include "formpagewidget.h"
#include "wizardstate.h"

#include <QKeyEvent>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Atrium {

FormWizardPage::FormWizardPage(WizardState* state, int pageIndex, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_pageIndex(pageIndex)
    , m_form(new FormPageWidget(state->definition().pages.at(pageIndex), state->catalog()))
{
    const TemplateParameterPage& page = state->definition().pages.at(pageIndex);
    setTitle(page.title.isEmpty() ? tr("Step %1").arg(pageIndex + 1) : page.title);
    setSubTitle(page.description);

    // Long forms scroll; the wizard's buttons stay where they are.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_form->setAnswers(state->answers());
    connect(m_form, &FormPageWidget::answersChanged, this, [this] {
        m_state->setSecrets([&] {
            QJsonObject secrets = m_state->secrets();
            const QJsonObject mine = m_form->secrets();
            for (auto it = mine.begin(); it != mine.end(); ++it)
                secrets.insert(it.key(), it.value());
            return secrets;
        }());
        m_state->setAnswers(m_form->answers());
    });
    connect(m_form, &FormPageWidget::validityChanged, this, &QWizardPage::completeChanged);
}

void FormWizardPage::initializePage()
{
    // Answers may have changed elsewhere (a restored draft, another page's field of the same name).
    m_form->setAnswers(m_state->answers());
    m_form->setSecrets(m_state->secrets());
    Q_EMIT completeChanged();
}

bool FormWizardPage::isComplete() const
{
    return m_form->isValid();
}

void FormWizardPage::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !isComplete()) {
        m_form->focusFirstInvalidField();
        event->accept();
        return;
    }
    QWizardPage::keyPressEvent(event);
}

bool FormWizardPage::validatePage()
{
    if (m_form->isValid())
        return true;
    m_form->focusFirstInvalidField();
    return false;
}

} // namespace Atrium
