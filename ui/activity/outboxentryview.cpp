#include "outboxentryview.h"

#include "ansilogview.h"
#include "messagebar.h"
#include "outboxmodel.h"
#include "statusicons.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

constexpr int stepIdRole = Qt::UserRole;
const auto outputLinkScheme = QLatin1String("output-link:");

QString stepStatusLabel(const QString& status)
{
    if (status == u"open")
        return OutboxEntryView::tr("Waiting");
    if (status == u"processing")
        return OutboxEntryView::tr("Running");
    if (status == u"completed")
        return OutboxEntryView::tr("Completed");
    if (status == u"failed")
        return OutboxEntryView::tr("Failed");
    if (status == u"cancelled")
        return OutboxEntryView::tr("Cancelled");
    if (status == u"skipped")
        return OutboxEntryView::tr("Skipped");
    return status;
}

QPlainTextEdit* createCodeView(QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

void setTextKeepingScroll(QPlainTextEdit* view, const QString& text)
{
    // Live updates rewrite the same text; only a real change may move the reader.
    if (view->toPlainText() != text)
        view->setPlainText(text);
}

QLabel* createValueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString localTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

OutboxEntryView::OutboxEntryView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_stateIcon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_kind(new QLabel(this))
    , m_error(new MessageBar(this))
    , m_actionRow(new QHBoxLayout)
    , m_form(new QFormLayout)
    , m_target(createValueLabel(this))
    , m_url(createValueLabel(this))
    , m_attempts(createValueLabel(this))
    , m_nextAttempt(createValueLabel(this))
    , m_created(createValueLabel(this))
    , m_updated(createValueLabel(this))
    , m_remoteId(createValueLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_steps(new QListWidget(this))
    , m_stepLog(new AnsiLogView(this))
    , m_links(new QLabel(this))
    , m_outputText(new QTextBrowser(this))
    , m_responseStatus(new QLabel(this))
    , m_responseBody(createCodeView(this))
    , m_payload(createCodeView(this))
    , m_log(new AnsiLogView(this))
    , m_countdown(new QTimer(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_error->closeButton()->hide(); // it says how the entry stands, which a click cannot change

    auto* stateRow = new QHBoxLayout;
    stateRow->setSpacing(6);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_state);
    stateRow->addWidget(m_kind);
    stateRow->addStretch(1);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->addRow(tr("Target:"), m_target);
    m_form->addRow(tr("URL:"), m_url);
    m_form->addRow(tr("Attempts:"), m_attempts);
    m_form->addRow(tr("Next attempt:"), m_nextAttempt);
    m_form->addRow(tr("Created:"), m_created);
    m_form->addRow(tr("Updated:"), m_updated);
    m_form->addRow(tr("Backend id:"), m_remoteId);

    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(StepsTab, createStepsTab(), tr("Steps"));
    m_tabs->insertTab(OutputTab, createOutputTab(), tr("Output"));
    m_tabs->insertTab(ResponseTab, createResponseTab(), tr("Response"));
    m_tabs->insertTab(PayloadTab, m_payload, tr("Payload"));
    m_tabs->insertTab(LogTab, m_log, tr("Log"));
    m_payload->setAccessibleName(tr("Payload"));
    m_payload->setPlaceholderText(tr("This request has no body."));
    m_log->setAccessibleName(tr("Log"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(stateRow);
    layout->addWidget(m_error);
    layout->addLayout(m_actionRow);
    layout->addLayout(m_form);
    layout->addWidget(m_tabs, 1);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &OutboxEntryView::updateNextAttempt);
}

OutboxEntryView::~OutboxEntryView() = default;

QWidget* OutboxEntryView::createStepsTab()
{
    m_steps->setAccessibleName(tr("Steps"));
    m_stepLog->setAccessibleName(tr("Step log"));
    connect(m_steps, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_chosenStep = item ? item->data(stepIdRole).toString() : QString();
        showStepLog();
    });
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_stepLog);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 200, 500 });
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QWidget* OutboxEntryView::createOutputTab()
{
    auto* page = new QWidget(this);
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_links->setWordWrap(true);
    m_links->setAccessibleName(tr("Links"));
    connect(m_links, &QLabel::linkActivated, this, &OutboxEntryView::openOutputLink);
    m_outputText->setOpenLinks(false);
    m_outputText->setAccessibleName(tr("Output text"));
    connect(m_outputText, &QTextBrowser::anchorClicked, this, [](const QUrl& url) { QDesktopServices::openUrl(url); });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_links);
    layout->addWidget(m_outputText, 1);
    return page;
}

QWidget* OutboxEntryView::createResponseTab()
{
    auto* page = new QWidget(this);
    m_responseStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_responseBody->setAccessibleName(tr("Response body"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_responseStatus);
    layout->addWidget(m_responseBody, 1);
    return page;
}

void OutboxEntryView::setEntry(const OutboxEntry& entry)
{
    const bool another = entry.id != m_entry.id;
    m_entry = entry;
    if (another)
        m_chosenStep.clear();

    updateHeading();
    updateError();
    updateNextAttempt();

    const bool task = entry.kind == OutboxEntry::Kind::ScaffolderTask;
    m_form->setRowVisible(m_remoteId, !entry.remoteId.isEmpty());
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_remoteId)))
        label->setText(task ? tr("Task id:") : tr("Backend id:"));
    m_remoteId->setText(entry.remoteId);
    m_target->setText(entry.targetName);
    m_url->setText(QString::fromLatin1(entry.method) + u' ' + entry.url.toDisplayString());
    m_attempts->setText(QLocale().toString(entry.attempts));
    m_created->setText(localTime(entry.createdAt));
    m_updated->setText(localTime(entry.updatedAt));

    updateSteps();
    updateOutput();
    updateResponse();
    setTextKeepingScroll(m_payload, prettyJson(entry.payload));
    m_log->setLines(entry.log);

    const bool hasOutput
        = !entry.output.value(u"links"_s).toArray().isEmpty() || !entry.output.value(u"text"_s).toArray().isEmpty();
    const bool hasResponse = entry.responseStatus != 0 || !entry.responseBody.isEmpty();
    m_tabs->setTabVisible(StepsTab, task);
    m_tabs->setTabVisible(OutputTab, task && hasOutput);
    m_tabs->setTabVisible(ResponseTab, !task);
    if (another) {
        // Open where the news is: the steps of a task (its output once done), the backend's answer to a request.
        if (task)
            m_tabs->setCurrentIndex(hasOutput && entry.state == OutboxEntry::State::Completed ? OutputTab : StepsTab);
        else
            m_tabs->setCurrentIndex(hasResponse ? ResponseTab : PayloadTab);
    }
}

void OutboxEntryView::updateHeading()
{
    m_title->setText(m_entry.title.isEmpty() ? m_entry.url.toDisplayString() : m_entry.title);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_stateIcon->setPixmap(StatusIcons::stateIcon(m_entry.state, palette()).pixmap(size, size));
    m_state->setText(OutboxEntry::stateLabel(m_entry.state));
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText, StatusIcons::stateColour(m_entry.state, palette()));
    m_state->setPalette(statePalette);
    m_kind->setText(u"· "_s + OutboxModel::kindLabel(m_entry.kind));
}

void OutboxEntryView::updateError()
{
    using State = OutboxEntry::State;
    if (m_entry.lastError.isEmpty() || m_entry.state == State::Completed || m_entry.state == State::Sent) {
        m_error->clear();
        return;
    }
    if (m_entry.state == State::Queued) {
        m_error->showMessage(MessageBar::Kind::Warning, tr("The last attempt failed: %1").arg(m_entry.lastError));
        return;
    }
    m_error->showMessage(m_entry.state == State::Failed ? MessageBar::Kind::Error : MessageBar::Kind::Warning,
                         m_entry.lastError);
}

QString OutboxEntryView::countdown(const QDateTime& at, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(at);
    if (seconds <= 0)
        return tr("now");
    if (seconds < 60)
        return tr("in %1 s").arg(seconds);
    if (seconds < 3600)
        return tr("in %1 min").arg((seconds + 59) / 60);
    return tr("at %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

void OutboxEntryView::updateNextAttempt()
{
    const bool queued = m_entry.state == OutboxEntry::State::Queued;
    m_form->setRowVisible(m_nextAttempt, queued);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!queued || !m_entry.nextAttemptAt.isValid() || m_entry.nextAttemptAt <= now) {
        m_nextAttempt->setText(queued ? tr("as soon as possible") : QString());
        m_countdown->stop();
        return;
    }
    m_nextAttempt->setText(
        tr("%1 (%2)").arg(countdown(m_entry.nextAttemptAt, now),
                          QLocale().toString(m_entry.nextAttemptAt.toLocalTime().time(), QLocale::ShortFormat)));
    if (!m_countdown->isActive())
        m_countdown->start();
}

void OutboxEntryView::updateSteps()
{
    const QSignalBlocker blocker(m_steps);
    const QList<OutboxTaskStep>& steps = m_entry.steps;
    bool sameSteps = m_steps->count() == steps.size();
    for (int i = 0; sameSteps && i < m_steps->count(); ++i)
        sameSteps = m_steps->item(i)->data(stepIdRole).toString() == steps.at(i).id;
    if (!sameSteps) {
        m_steps->clear();
        for (const OutboxTaskStep& step : steps) {
            auto* item = new QListWidgetItem(m_steps);
            item->setData(stepIdRole, step.id);
        }
    }
    for (int i = 0; i < m_steps->count(); ++i) {
        const OutboxTaskStep& step = steps.at(i);
        QListWidgetItem* item = m_steps->item(i);
        item->setText(step.name.isEmpty() ? step.id : step.name);
        item->setIcon(StatusIcons::stepIcon(step.status, palette()));
        item->setToolTip(stepStatusLabel(step.status));
    }
    // Until the user picks a step, the view follows the task: the step running now, the one that failed, or the
    // last one that started.
    int row = -1;
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == m_chosenStep)
            row = i;
    }
    if (row < 0) {
        for (int i = 0; i < steps.size() && row < 0; ++i) {
            if (steps.at(i).status == u"processing" || steps.at(i).status == u"failed")
                row = i;
        }
    }
    for (int i = int(steps.size()) - 1; i >= 0 && row < 0; --i) {
        if (steps.at(i).status != u"open" || !steps.at(i).log.isEmpty())
            row = i;
    }
    if (row < 0 && !steps.isEmpty())
        row = 0;
    m_steps->setCurrentRow(row);
    showStepLog();
}

void OutboxEntryView::showStepLog()
{
    m_stepLog->setEmptyText(m_entry.steps.isEmpty() ? tr("The backend has reported no steps yet.")
                                                    : tr("This step has written nothing yet."));
    const QListWidgetItem* item = m_steps->currentItem();
    const QString id = item ? item->data(stepIdRole).toString() : QString();
    for (const OutboxTaskStep& step : std::as_const(m_entry.steps)) {
        if (step.id == id) {
            m_stepLog->setLines(step.log);
            return;
        }
    }
    m_stepLog->setLines({});
}

void OutboxEntryView::updateOutput()
{
    QStringList links;
    const QJsonArray linkArray = m_entry.output.value(u"links"_s).toArray();
    for (qsizetype i = 0; i < linkArray.size(); ++i) {
        const QJsonObject link = linkArray.at(i).toObject();
        const QString url = link.value(u"url"_s).toString();
        const QString entityRef = link.value(u"entityRef"_s).toString();
        QString title = link.value(u"title"_s).toString();
        if (title.isEmpty())
            title = url.isEmpty() ? entityRef : url;
        const QString hint = url.isEmpty() ? entityRef : url;
        links.append(u"<a href=\"%1%2\">%3</a> <span style=\"color:%4\">%5</span>"_s.arg(
            outputLinkScheme, QString::number(i), title.toHtmlEscaped(),
            palette().color(QPalette::PlaceholderText).name(), hint.toHtmlEscaped()));
    }
    m_links->setText(links.join(u"<br>"_s));
    m_links->setVisible(!links.isEmpty());

    // The default text first, as Backstage's task page opens it.
    QString markdown;
    const QJsonArray texts = m_entry.output.value(u"text"_s).toArray();
    QList<QJsonObject> ordered;
    for (const auto& text : texts) {
        const QJsonObject object = text.toObject();
        if (object.value(u"default"_s).toBool())
            ordered.prepend(object);
        else
            ordered.append(object);
    }
    for (const QJsonObject& text : std::as_const(ordered)) {
        const QString title = text.value(u"title"_s).toString();
        if (!title.isEmpty())
            markdown += u"## "_s + title + u"\n\n"_s;
        markdown += text.value(u"content"_s).toString() + u"\n\n"_s;
    }
    if (markdown != m_outputMarkdown) { // setMarkdown() would scroll the reader back to the top
        m_outputMarkdown = markdown;
        m_outputText->setMarkdown(markdown);
    }
    m_outputText->setVisible(!markdown.isEmpty());
}

void OutboxEntryView::updateResponse()
{
    if (m_entry.responseStatus == 0)
        m_responseStatus->setText(tr("No response yet."));
    else
        m_responseStatus->setText(tr("HTTP status %1").arg(m_entry.responseStatus));
    m_responseBody->setPlaceholderText(m_entry.responseStatus == 0 ? QString() : tr("The response has no body."));
    setTextKeepingScroll(m_responseBody, prettyJson(m_entry.responseBody));
}

void OutboxEntryView::openOutputLink(const QString& href)
{
    if (!href.startsWith(outputLinkScheme))
        return;
    const QJsonObject link
        = m_entry.output.value(u"links"_s).toArray().at(href.mid(outputLinkScheme.size()).toInt()).toObject();
    const QString url = link.value(u"url"_s).toString();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
    else if (const QString ref = link.value(u"entityRef"_s).toString(); !ref.isEmpty())
        Q_EMIT entityActivated(ref);
}

QString OutboxEntryView::prettyJson(const QByteArray& json)
{
    if (json.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(json);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

void OutboxEntryView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_entry.id.isNull()) {
        updateHeading();
        updateSteps();
        updateOutput();
    }
}

} // namespace Atrium
