#pragma once

#include "scaffolder/scaffoldwriter.h"

#include <QFutureWatcher>
#include <QUuid>
#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace Atrium {

class WizardState;

/// The last step: write the previewed files into the target folder (the user picks what happens to files that
/// exist), or submit the run to a backend; then the template's output — its links and text — rendered.
class FinishWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FinishWizardPage(WizardState* state, QWidget* parent = nullptr);
    ~FinishWizardPage() override;

    void initializePage() override;
    bool isComplete() const override;

    ConflictPolicy conflictPolicy() const;
    void setConflictPolicy(ConflictPolicy policy);
    QPushButton* createButton() const { return m_create; }
    QPushButton* submitButton() const { return m_submit; }
    /// Submits to @p target (a name from WizardState::submitTargets()); what the button and its menu do.
    void submitTo(const QString& target);
    QLineEdit* targetField() const { return m_target; }
    /// The template's output after a write: its links, and its text rendered from Markdown.
    QLabel* outputLinks() const { return m_links; }
    QTextBrowser* outputText() const { return m_text; }
    /// What the last write said: written, kept or conflicting files, or why it failed.
    QLabel* statusLabel() const { return m_status; }
    /// What the last write did; empty before one.
    const ScaffoldWriteReport& report() const { return m_report; }

Q_SIGNALS:
    /// Files were written into the target folder.
    void created();
    /// A write ended, successfully or not (tests wait for it).
    void writeFinished();
    /// The user followed an output link to a catalog entity.
    void entityActivated(const QString& ref);
    /// The run was put into the outbox for a backend or endpoint.
    void submitted(const QUuid& entryId);
    /// The user asked to see a submission in the Activity page.
    void activityRequested(const QUuid& entryId);

private:
    void chooseTarget();
    void updateSummary();
    void create();
    void showReport();
    void showOutput();
    void updateSubmitButton();

    WizardState* m_state;
    QLineEdit* m_target;
    QButtonGroup* m_policies;
    QLabel* m_summary;
    QPushButton* m_create;
    QPushButton* m_submit;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_links;
    QTextBrowser* m_text;
    QFutureWatcher<ScaffoldWriteReport> m_watcher;
    ScaffoldWriteReport m_report;
    QUuid m_submission;
    bool m_done = false;
};

} // namespace Atrium
