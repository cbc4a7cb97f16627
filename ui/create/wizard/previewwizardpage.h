#pragma once

#include "scaffolder/scaffoldrun.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QToolButton;

namespace Atrium {

class ScaffoldPreviewWidget;
class WizardState;

/// The files the template will generate, before anything is written: a dry run of its steps for the answers given,
/// compared with the chosen target folder, with the step log, and — for a template that needs a backend — what
/// would be submitted.
class PreviewWizardPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PreviewWizardPage(WizardState* state, QWidget* parent = nullptr);
    ~PreviewWizardPage() override;

    ScaffoldPreviewWidget* preview() const { return m_preview; }
    /// The body a backend would get (shown for a template that needs one), and the button that unfolds it.
    QPlainTextEdit* submissionView() const { return m_submission; }
    QToolButton* submissionToggle() const { return m_submissionToggle; }
    bool isRunning() const { return m_watcher.isRunning(); }

    void initializePage() override;
    bool isComplete() const override;
    void cleanupPage() override { }

    /// The body a Backstage scaffolder gets for this run (POST /api/scaffolder/v2/tasks), secrets left out.
    static QJsonObject submission(const WizardState& state);

Q_SIGNALS:
    /// The dry run for the current answers is done (tests wait for it).
    void previewReady();

private:
    void run();
    void showResult();

    WizardState* m_state;
    ScaffoldPreviewWidget* m_preview;
    QProgressBar* m_busy;
    QToolButton* m_submissionToggle;
    QPlainTextEdit* m_submission;
    QFutureWatcher<ScaffoldResult> m_watcher;
    bool m_runsElsewhere = false; ///< the preview runs on a backend (WizardState::previewRunner)
    QJsonObject m_runningFor;
    std::atomic_bool m_cancelled = false;
};

} // namespace Atrium
