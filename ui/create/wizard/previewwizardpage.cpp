#include "previewwizardpage.h"

#include "scaffoldpreviewwidget.h"
#include "wizardstate.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QtConcurrent>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atrium {

PreviewWizardPage::PreviewWizardPage(WizardState* state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_preview(new ScaffoldPreviewWidget(this))
    , m_busy(new QProgressBar(this))
    , m_submissionToggle(new QToolButton(this))
    , m_submission(new QPlainTextEdit(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The files this template generates, before anything is written. Choose the folder they will go "
                   "to, to see what is new and what changes."));

    m_busy->setRange(0, 0); // busy: a run takes milliseconds to seconds, its length is unknown
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setAccessibleName(tr("Rendering the template"));
    m_busy->hide();

    m_submissionToggle->setText(tr("What would be submitted to a backend"));
    m_submissionToggle->setCheckable(true);
    m_submissionToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_submissionToggle->setArrowType(Qt::RightArrow);
    m_submissionToggle->setAutoRaise(true);
    m_submission->setReadOnly(true);
    m_submission->setAccessibleName(tr("Submission to the backend"));
    m_submission->setMaximumHeight(160);
    m_submission->hide();
    connect(m_submissionToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_submissionToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_submission->setVisible(shown);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_submissionToggle);
    layout->addWidget(m_submission);

    m_preview->setTargetDirectory(state->targetDirectory());
    connect(m_preview, &ScaffoldPreviewWidget::targetDirectoryChanged, state, &WizardState::setTargetDirectory);
    connect(&m_watcher, &QFutureWatcher<ScaffoldResult>::finished, this, &PreviewWizardPage::showResult);
}

PreviewWizardPage::~PreviewWizardPage()
{
    m_cancelled = true;
    // A backend's dry-run finishes only through this thread's event loop; its answer is simply not awaited.
    if (!m_runsElsewhere)
        m_watcher.waitForFinished();
}

void PreviewWizardPage::initializePage()
{
    m_preview->setTargetDirectory(m_state->targetDirectory());
    const bool needsBackend = m_state->definition().needsBackend();
    m_submissionToggle->setVisible(needsBackend);
    m_submission->setVisible(needsBackend && m_submissionToggle->isChecked());
    m_submission->setPlainText(QString::fromUtf8(QJsonDocument(submission(*m_state)).toJson(QJsonDocument::Indented)));
    if (m_state->resultIsCurrent()) {
        m_preview->setResult(m_state->result());
        Q_EMIT previewReady();
        return;
    }
    run();
}

bool PreviewWizardPage::isComplete() const
{
    // A template error or a failed step leaves nothing to create.
    return !m_watcher.isRunning() && m_state->resultIsCurrent()
        && (m_state->result().ok() || m_state->result().stoppedForBackend);
}

QJsonObject PreviewWizardPage::submission(const WizardState& state)
{
    return QJsonObject { { QStringLiteral("templateRef"), state.definition().ref },
                         { QStringLiteral("values"), state.answers() } };
}

void PreviewWizardPage::run()
{
    if (m_state->previewRunner()) {
        // A backend's dry-run answers on this thread's event loop: never wait for it here. Watching the new future
        // is enough, the old one's answer is no longer delivered.
        m_runsElsewhere = true;
        m_runningFor = m_state->answers();
        m_busy->show();
        Q_EMIT completeChanged();
        m_watcher.setFuture(m_state->previewRunner()(m_state->definition(), m_state->request()));
        return;
    }
    if (m_watcher.isRunning()) {
        // A newer answer set replaces the run in flight; its result is dropped in showResult.
        m_cancelled = true;
        m_watcher.waitForFinished();
    }
    m_cancelled = false;
    m_runningFor = m_state->answers();
    ScaffoldRequest request = m_state->request();
    request.cancelled = &m_cancelled;
    m_busy->show();
    Q_EMIT completeChanged();
    m_watcher.setFuture(QtConcurrent::run(
        [definition = m_state->definition(), request] { return ScaffoldRun::dryRun(definition, request); }));
}

void PreviewWizardPage::showResult()
{
    m_busy->hide();
    // A backend's preview ends without a result when its client went away (the workspace closed).
    if (m_watcher.future().resultCount() == 0)
        return;
    const ScaffoldResult result = m_watcher.result();
    if (result.cancelled)
        return;
    m_state->setResult(result, m_runningFor);
    m_preview->setResult(result);
    Q_EMIT completeChanged();
    Q_EMIT previewReady();
}

} // namespace Atrium
