#include "finishwizardpage.h"

#include "wizardstate.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QtConcurrent>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Atrium {

FinishWizardPage::FinishWizardPage(WizardState* state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_target(new QLineEdit(this))
    , m_policies(new QButtonGroup(this))
    , m_summary(new QLabel(this))
    , m_create(new QPushButton(tr("&Create Files"), this))
    , m_submit(new QPushButton(tr("&Submit to Backend"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_links(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    setTitle(tr("Create"));
    setSubTitle(tr("Write the files into a folder on this machine."));
    setFinalPage(true);

    m_target->setPlaceholderText(tr("Folder for the new files"));
    m_target->setAccessibleName(tr("Target folder"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setAccessibleName(tr("Choose the target folder"));
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(choose);

    auto* policies = new QVBoxLayout;
    const std::array<std::pair<ConflictPolicy, QString>, 3> choices { {
        { ConflictPolicy::Fail, tr("Stop and write nothing if a file exists") },
        { ConflictPolicy::Skip, tr("Keep files that exist, write the others") },
        { ConflictPolicy::Overwrite, tr("Overwrite files that exist") },
    } };
    for (const auto& [policy, label] : choices) {
        auto* button = new QRadioButton(label, this);
        m_policies->addButton(button, int(policy));
        policies->addWidget(button);
    }
    m_policies->button(int(ConflictPolicy::Fail))->setChecked(true);

    m_summary->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_submit);
    buttons->addStretch(1);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_status->setTextFormat(Qt::PlainText);
    m_links->setWordWrap(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_links->hide();
    m_text->setOpenExternalLinks(true);
    m_text->setAccessibleName(tr("Template output"));
    m_text->hide();

    auto* form = new QFormLayout;
    auto* targetLabel = new QLabel(tr("&Folder:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    form->addRow(tr("Existing files:"), policies);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_links);
    layout->addWidget(m_text, 2);
    layout->addStretch(1);

    connect(choose, &QPushButton::clicked, this, &FinishWizardPage::chooseTarget);
    connect(m_target, &QLineEdit::textChanged, state, &WizardState::setTargetDirectory);
    connect(m_target, &QLineEdit::textChanged, this, &FinishWizardPage::updateSummary);
    connect(m_create, &QPushButton::clicked, this, &FinishWizardPage::create);
    connect(&m_watcher, &QFutureWatcher<ScaffoldWriteReport>::finished, this, &FinishWizardPage::showReport);
    connect(m_status, &QLabel::linkActivated, this, [this](const QString&) { Q_EMIT activityRequested(m_submission); });
    connect(m_links, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("entity:")))
            Q_EMIT entityActivated(link.mid(7));
        else
            QDesktopServices::openUrl(QUrl(link));
    });
}

FinishWizardPage::~FinishWizardPage()
{
    m_watcher.waitForFinished();
}

void FinishWizardPage::initializePage()
{
    m_done = false;
    m_target->setText(m_state->targetDirectory());
    m_status->setTextFormat(Qt::PlainText);
    m_status->clear();
    m_links->hide();
    m_text->hide();
    updateSummary();
    updateSubmitButton();
}

void FinishWizardPage::updateSubmitButton()
{
    const QList<SubmitTarget>& targets = m_state->submitTargets();
    delete m_submit->menu();
    m_submit->setMenu(nullptr);
    m_submit->disconnect(this);
    if (targets.isEmpty()) {
        m_submit->setText(tr("&Submit to Backend"));
        m_submit->setEnabled(false);
        m_submit->setToolTip(m_state->noSubmitReason().isEmpty()
                                 ? tr("No Backstage backend or request endpoint is configured for this workspace.")
                                 : m_state->noSubmitReason());
        return;
    }
    m_submit->setEnabled(!m_done);
    setSubTitle(tr("Write the files into a folder on this machine, or submit the run to a backend."));
    if (targets.size() == 1) {
        m_submit->setText(tr("&Submit to %1").arg(targets.first().title));
        m_submit->setToolTip(targets.first().description);
        connect(m_submit, &QPushButton::clicked, this, [this, name = targets.first().name] { submitTo(name); });
        return;
    }
    m_submit->setText(tr("&Submit To"));
    m_submit->setToolTip(tr("Send this run to a backend or request endpoint; it is queued in Activity."));
    auto* menu = new QMenu(m_submit);
    for (const SubmitTarget& target : targets) {
        QAction* action = menu->addAction(target.title);
        action->setToolTip(target.description);
        connect(action, &QAction::triggered, this, [this, name = target.name] { submitTo(name); });
    }
    m_submit->setMenu(menu);
}

void FinishWizardPage::submitTo(const QString& target)
{
    QString error;
    const QUuid id = m_state->submit(target, &error);
    if (id.isNull()) {
        m_status->setTextFormat(Qt::PlainText);
        m_status->setText(error);
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
        return;
    }
    m_submission = id;
    m_status->setStyleSheet(QString());
    m_status->setTextFormat(Qt::RichText);
    // Written to the outbox before anything is sent: it survives a crash, a restart, a network outage.
    m_status->setText(tr("Submitted. The request is in the outbox and goes out now; follow it in "
                         "<a href=\"activity\">Activity</a>."));
    m_done = true;
    m_submit->setEnabled(false);
    m_create->setEnabled(false);
    Q_EMIT completeChanged();
    Q_EMIT submitted(id);
}

bool FinishWizardPage::isComplete() const
{
    // Finish closes the wizard once the files are written; Cancel leaves without writing.
    return m_done;
}

ConflictPolicy FinishWizardPage::conflictPolicy() const
{
    return ConflictPolicy(m_policies->checkedId());
}

void FinishWizardPage::setConflictPolicy(ConflictPolicy policy)
{
    m_policies->button(int(policy))->setChecked(true);
}

void FinishWizardPage::chooseTarget()
{
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Folder for the New Files"), m_target->text().isEmpty() ? QDir::homePath() : m_target->text());
    if (!directory.isEmpty())
        m_target->setText(directory);
}

void FinishWizardPage::updateSummary()
{
    const ScaffoldResult& result = m_state->result();
    QString summary = tr("%n file(s) will be written.", nullptr, int(result.files.size()));
    if (result.stoppedForBackend)
        summary += QLatin1Char(' ')
            + tr("The template's later steps need a Backstage backend; these files are "
                 "everything before them.");
    m_summary->setText(summary);
    m_create->setEnabled(!m_target->text().trimmed().isEmpty() && !m_watcher.isRunning() && !m_done);
}

void FinishWizardPage::create()
{
    const QString target = QDir::cleanPath(m_target->text().trimmed());
    if (target.isEmpty() || m_watcher.isRunning())
        return;
    m_create->setEnabled(false);
    m_progress->show();
    m_status->setText(tr("Writing %n file(s)…", nullptr, int(m_state->result().files.size())));
    m_watcher.setFuture(QtConcurrent::run([files = m_state->result().files, target, policy = conflictPolicy()] {
        QDir().mkpath(target);
        return ScaffoldWriter::write(files, target, policy);
    }));
}

void FinishWizardPage::showReport()
{
    m_progress->hide();
    m_report = m_watcher.result();
    if (!m_report.ok()) {
        QString text = m_report.error;
        if (!m_report.conflicts.isEmpty())
            text += QLatin1Char('\n') + tr("Existing files: %1").arg(m_report.conflicts.join(QStringLiteral(", ")));
        m_status->setText(text);
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #c62828; font-weight: bold; }"));
        m_create->setEnabled(true);
        Q_EMIT writeFinished();
        return;
    }
    m_status->setStyleSheet(QString());
    QString text = tr("Wrote %n file(s) into %1.", nullptr, int(m_report.written.size()))
                       .arg(QDir::toNativeSeparators(m_state->targetDirectory()));
    if (!m_report.skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Kept %n existing file(s).", nullptr, int(m_report.skipped.size()));
    m_status->setText(text);
    m_done = true;
    showOutput();
    Q_EMIT completeChanged();
    Q_EMIT created();
    Q_EMIT writeFinished();
}

void FinishWizardPage::showOutput()
{
    const ScaffoldResult& result = m_state->result();
    QStringList links;
    for (const QJsonValue& value : result.outputLinks) {
        const QJsonObject link = value.toObject();
        const QString url = link.value(QLatin1String("url")).toString();
        const QString entityRef = link.value(QLatin1String("entityRef")).toString();
        const QString target = !url.isEmpty() ? url
            : !entityRef.isEmpty()            ? QStringLiteral("entity:") + entityRef
                                              : QString();
        if (target.isEmpty())
            continue;
        const QString title = link.value(QLatin1String("title")).toString(url.isEmpty() ? entityRef : url);
        links.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(target.toHtmlEscaped(), title.toHtmlEscaped()));
    }
    m_links->setText(links.join(QStringLiteral(" · ")));
    m_links->setVisible(!links.isEmpty());
    QString markdown;
    for (const QJsonValue& value : result.outputText) {
        const QJsonObject entry = value.toObject();
        markdown += QStringLiteral("### ") + entry.value(QLatin1String("title")).toString() + QStringLiteral("\n\n")
            + entry.value(QLatin1String("content")).toString() + QStringLiteral("\n\n");
    }
    m_text->setMarkdown(markdown);
    m_text->setVisible(!markdown.isEmpty());
}

} // namespace Atrium
