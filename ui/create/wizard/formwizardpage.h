#pragma once

#include <QWizardPage>

namespace Atrium {

class FormPageWidget;
class WizardState;

/// One parameter page of the template as a wizard page: its form, live validation, and Next only while it is valid.
class FormWizardPage : public QWizardPage {
    Q_OBJECT
public:
    FormWizardPage(WizardState* state, int pageIndex, QWidget* parent = nullptr);

    FormPageWidget* form() const { return m_form; }
    int pageIndex() const { return m_pageIndex; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// Going back keeps what was typed (QWizard would otherwise reset the page).
    void cleanupPage() override { }

protected:
    /// Enter on a page that is not valid yet (Next is disabled) shows every error and puts the focus on the first
    /// field at fault, instead of doing nothing.
    void keyPressEvent(QKeyEvent* event) override;

private:
    WizardState* m_state;
    int m_pageIndex;
    FormPageWidget* m_form;
};

} // namespace Atrium
