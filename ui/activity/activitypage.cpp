#include "activitypage.h"

#include "activityrules.h"
#include "backends/outbox.h"
#include "common/placeholderpage.h"
#include "messagebar.h"
#include "outboxentryview.h"
#include "outboxfiltermodel.h"
#include "outboxmodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atrium {

ActivityPage::ActivityPage(Outbox* outbox, QWidget* parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_model(new OutboxModel(outbox, this))
    , m_proxy(new OutboxFilterModel(this))
    , m_messages(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_searchDebounce(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    createActions();

    m_details = new OutboxEntryView(this);
    for (QAction* action : { m_retry, m_cancel, m_remove, m_copyPayload }) {
        auto* button = new QToolButton(m_details);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_details->actionRow()->addWidget(button);
        if (action == m_cancel)
            m_cancelButton = button;
    }
    m_details->actionRow()->addStretch(1);
    connect(m_details, &OutboxEntryView::entityActivated, this, &ActivityPage::entityActivated);

    auto* noSelection = new QLabel(tr("Select a request to see its details."), this);
    noSelection->setAlignment(Qt::AlignCenter);
    noSelection->setEnabled(false);
    m_detailsStack = new QStackedWidget(this);
    m_detailsStack->addWidget(noSelection);
    m_detailsStack->addWidget(m_details);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createListPane());
    splitter->addWidget(m_detailsStack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 520, 640 });
    splitter->setChildrenCollapsible(false);

    m_stack->addWidget(createEmptyState());
    m_stack->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_stack, 1);

    if (const QStringList errors = outbox->loadErrors(); !errors.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("Some outbox files cannot be read; they are left as they are:") + u'\n'
                                    + errors.join(u'\n'));
    }

    connect(m_model, &OutboxModel::activeCountChanged, this, &ActivityPage::activeCountChanged);
    connect(outbox, &Outbox::entryChanged, this, &ActivityPage::onEntryChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityPage::showCurrent);
    const auto selectFirstIfNone = [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        showCurrent();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, selectFirstIfNone);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, selectFirstIfNone);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, selectFirstIfNone);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, selectFirstIfNone);
    // Empty means the outbox is, not the filter's result: that one shows an empty list under its filter.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActivityPage::updateEmptyState);
    selectFirstIfNone();
    updateEmptyState();
}

ActivityPage::~ActivityPage() = default;

QWidget* ActivityPage::createEmptyState()
{
    // The words the Activity section showed before the page existed: an empty outbox is the same situation.
    return createPlaceholderPage(tr("Activity"),
                                 tr("No requests yet. Scaffolder tasks and requests sent to backends will be listed "
                                    "here with their state and log."),
                                 this);
}

QWidget* ActivityPage::createListPane()
{
    auto* pane = new QWidget(this);
    m_stateFilter = new QComboBox(pane);
    m_stateFilter->setAccessibleName(tr("Show"));
    m_stateFilter->addItem(tr("All requests"), int(OutboxFilterModel::StateFilter::All));
    m_stateFilter->addItem(tr("In progress"), int(OutboxFilterModel::StateFilter::Active));
    m_stateFilter->addItem(tr("Needs attention"), int(OutboxFilterModel::StateFilter::NeedsAttention));
    m_stateFilter->addItem(tr("Finished"), int(OutboxFilterModel::StateFilter::Finished));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStateFilter(OutboxFilterModel::StateFilter(m_stateFilter->currentData().toInt())); });
    m_search = new QLineEdit(pane);
    m_search->setPlaceholderText(tr("Search requests"));
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setClearButtonEnabled(true);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });

    m_view = new QTreeView(pane);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Requests"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // Unsorted, the rows keep the outbox's order, newest first; a click on a header sorts.
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OutboxModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OutboxModel::UpdatedColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(OutboxModel::TargetColumn, 100);
    // The kind, the attempts and the error are in the details; the list stays narrow enough to sit beside them.
    m_view->setColumnHidden(OutboxModel::KindColumn, true);
    m_view->setColumnHidden(OutboxModel::AttemptsColumn, true);
    m_view->setColumnHidden(OutboxModel::ErrorColumn, true);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ActivityPage::showContextMenu);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_stateFilter);
    filterRow->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    return pane;
}

void ActivityPage::createActions()
{
    m_retry = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Retry"), this);
    m_retry->setToolTip(tr("Send the request again"));
    connect(m_retry, &QAction::triggered, this, &ActivityPage::retryCurrent);
    m_cancel = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("&Cancel Task"), this);
    m_cancel->setToolTip(tr("Ask the backend to stop the task"));
    connect(m_cancel, &QAction::triggered, this, &ActivityPage::cancelCurrent);
    m_remove = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Re&move"), this);
    m_remove->setToolTip(tr("Remove the request and its log from the list"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_remove, &QAction::triggered, this, &ActivityPage::removeCurrent);
    m_copyPayload = new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("Copy &Payload"), this);
    m_copyPayload->setToolTip(tr("Copy the request's JSON body to the clipboard"));
    connect(m_copyPayload, &QAction::triggered, this, &ActivityPage::copyPayload);
    addActions({ m_retry, m_cancel, m_remove, m_copyPayload });
}

void ActivityPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions({ m_retry, m_cancel });
    menu.addSeparator();
    menu.addActions({ m_copyPayload, m_remove });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ActivityPage::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
}

bool ActivityPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QUuid ActivityPage::currentId() const
{
    return m_view->currentIndex().data(OutboxModel::EntryIdRole).toUuid();
}

bool ActivityPage::selectEntry(const QUuid& id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

int ActivityPage::activeCount() const
{
    return m_model->activeCount();
}

void ActivityPage::onEntryChanged(const QUuid& id)
{
    if (id == currentId())
        showCurrent();
}

void ActivityPage::showCurrent()
{
    const std::optional<OutboxEntry> entry = m_outbox->entry(currentId());
    if (entry)
        m_details->setEntry(*entry);
    m_detailsStack->setCurrentWidget(entry ? static_cast<QWidget*>(m_details) : m_detailsStack->widget(0));
    updateActions();
}

void ActivityPage::updateActions()
{
    const std::optional<OutboxEntry> entry = m_outbox ? m_outbox->entry(currentId()) : std::nullopt;
    m_retry->setEnabled(entry && ActivityRules::canRetry(*entry));
    m_cancel->setEnabled(entry && ActivityRules::canCancel(*entry));
    m_remove->setEnabled(entry && ActivityRules::canRemove(*entry));
    m_copyPayload->setEnabled(entry && !entry->payload.isEmpty());
    // A request is not a task: the button would only ever be greyed out.
    const bool task = !entry || entry->kind == OutboxEntry::Kind::ScaffolderTask;
    m_cancel->setVisible(task);
    m_cancelButton->setVisible(task); // a tool button does not follow its action's visibility
}

void ActivityPage::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

bool ActivityPage::confirm(const QString& question, const QString& goAheadText)
{
    if (m_confirmation)
        return m_confirmation(question, goAheadText);
    QMessageBox box(QMessageBox::Warning, tr("Activity"), question, QMessageBox::Cancel, this);
    const QPushButton* goAhead = box.addButton(goAheadText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == goAhead;
}

void ActivityPage::retryCurrent()
{
    const std::optional<OutboxEntry> entry = m_outbox->entry(currentId());
    if (!entry || !ActivityRules::canRetry(*entry))
        return;
    // Sending again what may have arrived could, say, create a second repository: the user decides.
    if (ActivityRules::retryNeedsConfirmation(*entry)
        && !confirm(tr("The backend may already have received this request. Send it again?"), tr("Send Again")))
        return;
    QString error;
    if (!m_outbox->retry(entry->id, &error))
        m_messages->showMessage(MessageBar::Kind::Error, error);
}

void ActivityPage::cancelCurrent()
{
    const std::optional<OutboxEntry> entry = m_outbox->entry(currentId());
    if (entry && ActivityRules::canCancel(*entry))
        Q_EMIT cancelRequested(entry->id);
}

void ActivityPage::removeCurrent()
{
    const std::optional<OutboxEntry> entry = m_outbox->entry(currentId());
    if (!entry || !ActivityRules::canRemove(*entry))
        return;
    const QString title = entry->title.isEmpty() ? entry->url.toDisplayString() : entry->title;
    if (!confirm(tr("Remove “%1” from the list? Its record and log are deleted.").arg(title), tr("Remove")))
        return;
    QString error;
    if (!m_outbox->remove(entry->id, &error))
        m_messages->showMessage(MessageBar::Kind::Error, error);
}

void ActivityPage::copyPayload()
{
    const std::optional<OutboxEntry> entry = m_outbox->entry(currentId());
    if (entry)
        QGuiApplication::clipboard()->setText(OutboxEntryView::prettyJson(entry->payload));
}

} // namespace Atrium
