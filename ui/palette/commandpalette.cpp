#include "commandpalette.h"

#include "palette/palettemodel.h"
#include "palette/palettesearch.h"
#include "paletteitemdelegate.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QtConcurrent>
#include <QVBoxLayout>

#include <algorithm>

namespace Atrium {

namespace {

constexpr int MaxVisibleRows = 8;
constexpr int Margin = 8;
constexpr qreal CornerRadius = 8;

QColor dimmedText(const QPalette& palette)
{
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.6f);
    return color;
}

} // namespace

CommandPalette::CommandPalette(QWidget* window)
    : QFrame(window)
    , m_source(PaletteSource::create(nullptr, {}))
{
    Q_ASSERT(window);
    setObjectName(QStringLiteral("commandPalette"));
    hide();

    m_searchField = new QLineEdit(this);
    m_searchField->setFrame(false);
    m_searchField->setPlaceholderText(tr("Go to an entity, template, page or command"));
    QFont searchFont = m_searchField->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.2);
    m_searchField->setFont(searchFont);
    m_searchField->setAccessibleName(tr("Command palette search"));
    m_searchField->installEventFilter(this);

    m_separator = new QFrame(this);
    m_separator->setFrameShape(QFrame::HLine);
    m_separator->setFrameShadow(QFrame::Plain);

    m_model = new PaletteModel(this);
    m_resultView = new QListView(this);
    m_resultView->setModel(m_model);
    m_resultView->setItemDelegate(new PaletteItemDelegate(m_resultView));
    m_resultView->setFrameShape(QFrame::NoFrame);
    // The keyboard stays in the search field; the list is driven from there.
    m_resultView->setFocusPolicy(Qt::NoFocus);
    m_resultView->setUniformItemSizes(true);
    m_resultView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultView->setMouseTracking(true);
    m_resultView->setAccessibleName(tr("Command palette results"));
    connect(m_resultView, &QListView::clicked, this, [this](const QModelIndex& index) { activate(index.row()); });

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMinimumHeight(2 * fontMetrics().height());
    m_emptyLabel->hide();
    m_hintLabel = new QLabel(tr("↑↓ to move · Enter to go · Esc to close"), this);
    QFont hintFont = m_hintLabel->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.85);
    m_hintLabel->setFont(hintFont);
    m_hintLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Margin, Margin, Margin, Margin / 2);
    layout->setSpacing(Margin / 2);
    layout->addWidget(m_searchField);
    layout->addWidget(m_separator);
    layout->addWidget(m_resultView);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_hintLabel);

    updateColours();

    auto* shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(28);
    shadow->setOffset(0, 6);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);

    connect(m_searchField, &QLineEdit::textChanged, this, &CommandPalette::search);
    connect(&m_search, &QFutureWatcherBase::finished, this, &CommandPalette::onSearchFinished);
    connect(&m_sourceBuild, &QFutureWatcherBase::finished, this, [this] {
        const PaletteSourcePtr built = m_sourceBuild.result();
        // A catalog set while this one was being prepared wins.
        if (built->catalog() == m_catalog)
            setSource(built->withItems(m_commands));
    });
    // The focus moving to the rest of the window (a click, a mnemonic) closes the palette, as a popup would.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (isVisible() && now && now != this && !isAncestorOf(now))
            hide();
    });

    m_popupAction = new QAction(tr("Go to Anything…"), this);
    m_popupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_popupAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_popupAction, &QAction::triggered, this, &CommandPalette::popup);
    window->addAction(m_popupAction);
    window->installEventFilter(this);
}

CommandPalette::~CommandPalette()
{
    // The jobs work on shared, immutable sources, but must not report to a palette that is gone.
    m_search.disconnect(this);
    m_sourceBuild.disconnect(this);
    m_search.waitForFinished();
    m_sourceBuild.waitForFinished();
}

PaletteItem CommandPalette::commandFor(const QAction* action)
{
    PaletteItem item;
    item.category = PaletteItem::Category::Command;
    item.id = action->objectName();
    // iconText() is the text without "&" mnemonics and without a trailing "...", as toolbars show it.
    item.title = action->iconText();
    item.subtitle = action->statusTip();
    item.shortcut = action->shortcut().toString(QKeySequence::NativeText);
    return item;
}

void CommandPalette::setCatalog(CatalogIndexPtr catalog)
{
    m_catalog = std::move(catalog);
    if (m_catalog && m_catalog->entityCount() >= m_asyncThreshold) {
        // Until the masks are ready only pages and commands are found; the old catalog is let go at once.
        setSource(PaletteSource::create(nullptr, m_commands));
        m_sourceBuild.setFuture(
            QtConcurrent::run([catalog = m_catalog] { return PaletteSource::create(catalog, {}); }));
        return;
    }
    setSource(PaletteSource::create(m_catalog, m_commands));
}

void CommandPalette::setCommands(QList<PaletteItem> commands)
{
    m_commands = std::move(commands);
    setSource(m_source->withItems(m_commands));
}

void CommandPalette::setSource(PaletteSourcePtr source)
{
    m_source = std::move(source);
    if (isVisible())
        search();
}

void CommandPalette::popup()
{
    QWidget* focus = QApplication::focusWidget();
    if (focus && focus != this && !isAncestorOf(focus))
        m_previousFocus = focus;
    {
        const QSignalBlocker blocker(m_searchField);
        m_searchField->clear();
    }
    search();
    place();
    show();
    raise();
    m_searchField->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::search()
{
    if (m_search.isRunning()) {
        m_searchAgain = true;
        return;
    }
    const QString query = m_searchField->text();
    if (m_source->count() < m_asyncThreshold) {
        showResults(PaletteSearch(query).run(*m_source, PaletteSearch::DefaultLimit, m_history.items()));
        return;
    }
    m_search.setFuture(QtConcurrent::run([source = m_source, query, recent = m_history.items()] {
        return PaletteSearch(query).run(*source, PaletteSearch::DefaultLimit, recent);
    }));
}

void CommandPalette::onSearchFinished()
{
    if (m_searchAgain) {
        // Typed on while this ran: its results answer an old query.
        m_searchAgain = false;
        search();
        return;
    }
    showResults(m_search.result());
}

void CommandPalette::showResults(PaletteResults results)
{
    const bool empty = results.isEmpty();
    m_model->setResults(std::move(results));
    m_resultView->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
    if (empty) {
        const QString query = m_searchField->text().trimmed();
        m_emptyLabel->setText(query.isEmpty() ? tr("Type to search the catalog")
                                              : tr("No matches for “%1”").arg(query));
    } else {
        m_resultView->setCurrentIndex(m_model->index(0));
        m_resultView->scrollToTop();
    }
    if (isVisible())
        place();
}

void CommandPalette::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const PaletteItem item = m_model->item(row);
    m_history.add(item);
    dismiss();
    Q_EMIT activated(item);
}

void CommandPalette::place()
{
    const QWidget* window = parentWidget();
    const int width = std::min(window->width() - 2 * Margin, std::clamp(window->width() * 6 / 10, 420, 680));
    const int rows = std::min(m_model->rowCount(), MaxVisibleRows);
    if (rows > 0)
        m_resultView->setFixedHeight(rows * m_resultView->sizeHintForRow(0) + 2 * m_resultView->frameWidth());
    const int height = std::min(layout()->sizeHint().height(), window->height() - 2 * Margin);
    const int top = std::clamp(window->height() / 10, Margin, 80);
    setGeometry((window->width() - width) / 2, top, width, height);
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    // Installed on the application while shown: a click anywhere outside closes the palette, as a popup would,
    // also on widgets that take no focus.
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        if (widget != this && !isAncestorOf(widget) && widget->window() == window()) {
            dismiss();
            return false;
        }
    }
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched == m_searchField && event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent*>(event));
    return QFrame::eventFilter(watched, event);
}

bool CommandPalette::handleKey(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QCoreApplication::sendEvent(m_resultView, event);
        return true;
    case Qt::Key_Tab:
    case Qt::Key_Backtab: {
        // Tab would leave the palette (and so close it); move through the results instead.
        QKeyEvent move(QEvent::KeyPress, event->key() == Qt::Key_Tab ? Qt::Key_Down : Qt::Key_Up, Qt::NoModifier);
        QCoreApplication::sendEvent(m_resultView, &move);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_resultView->currentIndex().row());
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    default:
        return false;
    }
}

void CommandPalette::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

// Derived from the current palette, so set again when it changes (a dark theme, a high-contrast one).
void CommandPalette::updateColours()
{
    QPalette dimmed = palette();
    dimmed.setColor(QPalette::WindowText, dimmedText(dimmed));
    m_emptyLabel->setPalette(dimmed);
    m_hintLabel->setPalette(dimmed);
    QPalette line = palette();
    line.setColor(QPalette::WindowText, line.color(QPalette::Midlight));
    m_separator->setPalette(line);
}

void CommandPalette::showEvent(QShowEvent* event)
{
    QFrame::showEvent(event);
    qApp->installEventFilter(this);
}

void CommandPalette::hideEvent(QHideEvent* event)
{
    qApp->removeEventFilter(this);
    QFrame::hideEvent(event);
}

void CommandPalette::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), CornerRadius, CornerRadius);
}

void CommandPalette::dismiss()
{
    // Back to where the user was, unless the focus already went elsewhere.
    if (m_previousFocus && m_searchField->hasFocus())
        m_previousFocus->setFocus(Qt::PopupFocusReason);
    hide();
}

} // namespace Atrium
