#pragma once

#include <QUuid>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace Atrium {

class MessageBar;
class Outbox;
class OutboxEntryView;
class OutboxFilterModel;
class OutboxModel;
struct OutboxEntry;

/// The Activity section: every submission in the outbox with its state, and the details of the selected one
/// (OutboxEntryView). Its actions retry, cancel, remove and copy; the page changes the outbox only through
/// Outbox::retry() and Outbox::remove(), and asks for a cancellation with cancelRequested(), as the network is
/// not its business.
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    /// Asks the user a yes/no question; true to go ahead. Tests replace the message box with an answer.
    using Confirmation = std::function<bool(const QString& question, const QString& goAheadText)>;

    /// @p outbox is not owned and must outlive the page.
    explicit ActivityPage(Outbox* outbox, QWidget* parent = nullptr);
    ~ActivityPage() override;

    void setConfirmation(Confirmation confirmation);

    Outbox* outbox() const { return m_outbox; }
    OutboxModel* model() const { return m_model; }
    OutboxFilterModel* proxyModel() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    OutboxEntryView* details() const { return m_details; }
    QComboBox* stateFilterBox() const { return m_stateFilter; }
    QLineEdit* searchField() const { return m_search; }
    /// The outbox files that could not be read, and errors of the page's own actions.
    MessageBar* messageBar() const { return m_messages; }
    /// True while the outbox is empty and the page explains what it will hold.
    bool isShowingEmptyState() const;

    QAction* retryAction() const { return m_retry; }
    QAction* cancelAction() const { return m_cancel; }
    QAction* removeAction() const { return m_remove; }
    QAction* copyPayloadAction() const { return m_copyPayload; }

    /// The selected entry; null when none is.
    QUuid currentId() const;
    bool selectEntry(const QUuid& id);
    /// Entries that are queued, sending or running.
    int activeCount() const;

Q_SIGNALS:
    /// The user asked to cancel the scaffolder task @p id.
    void cancelRequested(const QUuid& id);
    /// A link of a task's output names this catalog entity.
    void entityActivated(const QString& ref);
    void activeCountChanged(int count);

private:
    QWidget* createEmptyState();
    QWidget* createListPane();
    void createActions();
    void showContextMenu(const QPoint& position);
    void onEntryChanged(const QUuid& id);
    void showCurrent();
    void updateActions();
    void updateEmptyState();
    void retryCurrent();
    void cancelCurrent();
    void removeCurrent();
    void copyPayload();
    bool confirm(const QString& question, const QString& goAheadText);

    Outbox* m_outbox;
    OutboxModel* m_model;
    OutboxFilterModel* m_proxy;
    MessageBar* m_messages;
    QStackedWidget* m_stack;
    QComboBox* m_stateFilter = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchDebounce;
    QTreeView* m_view = nullptr;
    QStackedWidget* m_detailsStack = nullptr;
    OutboxEntryView* m_details = nullptr;
    QAction* m_retry = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_copyPayload = nullptr;
    QToolButton* m_cancelButton = nullptr;
    Confirmation m_confirmation;
};

} // namespace Atrium
