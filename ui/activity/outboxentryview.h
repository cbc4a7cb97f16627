#pragma once

#include "backends/outboxentry.h"

#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace Atrium {

class AnsiLogView;
class MessageBar;

/// The details of one outbox entry: what it is, where it goes, how it went (the error, the next attempt counting
/// down), and in tabs the scaffolder task's steps with their logs, its output (links and Markdown text), the HTTP
/// response, the payload and the entry's own log. setEntry() with a newer version of the same entry keeps the
/// chosen tab and step and the logs' scroll positions, so that a running task can be watched.
class OutboxEntryView : public QWidget {
    Q_OBJECT
public:
    enum Tab { StepsTab, OutputTab, ResponseTab, PayloadTab, LogTab };

    explicit OutboxEntryView(QWidget* parent = nullptr);
    ~OutboxEntryView() override;

    void setEntry(const OutboxEntry& entry);
    const OutboxEntry& entry() const { return m_entry; }
    /// The buttons row under the heading (the page's actions).
    QHBoxLayout* actionRow() const { return m_actionRow; }

    QLabel* titleLabel() const { return m_title; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* nextAttemptLabel() const { return m_nextAttempt; }
    MessageBar* errorBar() const { return m_error; }
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* stepList() const { return m_steps; }
    AnsiLogView* stepLog() const { return m_stepLog; }
    QLabel* outputLinks() const { return m_links; }
    QTextBrowser* outputText() const { return m_outputText; }
    QLabel* responseStatus() const { return m_responseStatus; }
    QPlainTextEdit* responseBody() const { return m_responseBody; }
    QPlainTextEdit* payloadView() const { return m_payload; }
    AnsiLogView* entryLog() const { return m_log; }

    /// The payload or a response body as people read it: indented JSON, or the text as it is when it is not JSON.
    static QString prettyJson(const QByteArray& json);
    /// How long until @p at, from @p now: "in 12 s", "in 4 min"; "now" once it is due.
    static QString countdown(const QDateTime& at, const QDateTime& now);

Q_SIGNALS:
    /// A link of the task's output that names a catalog entity.
    void entityActivated(const QString& ref);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createStepsTab();
    QWidget* createOutputTab();
    QWidget* createResponseTab();
    void updateHeading();
    void updateError();
    void updateNextAttempt();
    void updateSteps();
    void showStepLog();
    void updateOutput();
    void updateResponse();
    void openOutputLink(const QString& href);

    OutboxEntry m_entry;
    QLabel* m_title;
    QLabel* m_stateIcon;
    QLabel* m_state;
    QLabel* m_kind;
    MessageBar* m_error;
    QHBoxLayout* m_actionRow;
    QFormLayout* m_form;
    QLabel* m_target;
    QLabel* m_url;
    QLabel* m_attempts;
    QLabel* m_nextAttempt;
    QLabel* m_created;
    QLabel* m_updated;
    QLabel* m_remoteId;
    QTabWidget* m_tabs;
    QListWidget* m_steps;
    AnsiLogView* m_stepLog;
    QLabel* m_links;
    QTextBrowser* m_outputText;
    QLabel* m_responseStatus;
    QPlainTextEdit* m_responseBody;
    QPlainTextEdit* m_payload;
    AnsiLogView* m_log;
    QTimer* m_countdown;
    /// The step the user chose; empty while they have not, and the view follows the task.
    QString m_chosenStep;
    QString m_outputMarkdown;
};

} // namespace Atrium
