#pragma once

#include "catalog/catalogindex.h"
#include "palette/palettehistory.h"
#include "palette/palettesource.h"

#include <QFrame>
#include <QFutureWatcher>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QListView;

namespace Atrium {

class PaletteModel;

/// Ctrl+K: one search field over the catalog's entities and templates and the window's pages and commands.
///
/// A frameless panel over the top of its window (a child, not a separate window, so it moves and resizes with it).
/// The search runs as the user types: on the GUI thread for a small catalog, on the thread pool for a big one,
/// where only the newest query's results are shown. Up/Down/PageUp/PageDown move, Enter or a click emits
/// activated() and closes, Esc, a click outside or the focus moving elsewhere closes. An empty query lists the items
/// gone to lately, then the pages and commands.
///
/// The main window owns what activating means: connect activated() and switch on PaletteItem::category / id.
class CommandPalette : public QFrame {
    Q_OBJECT
public:
    /// Above this many candidates, searches and the catalog's preparation run off the GUI thread.
    static constexpr int DefaultAsyncThreshold = 5000;

    /// Adds popupAction() (Ctrl+K) to @p window.
    explicit CommandPalette(QWidget* window);
    ~CommandPalette() override;

    /// Entities of @p catalog become searchable (replacing the previous catalog's); nullptr for none.
    void setCatalog(CatalogIndexPtr catalog);
    /// The pages and commands, in the order an empty query lists them; titles and shortcuts already translated.
    void setCommands(QList<PaletteItem> commands);

    /// A command for setCommands() from an existing action: id its objectName(), title its text without the
    /// mnemonic, subtitle its status tip, shortcut its first shortcut as the platform shows it. Activating the item
    /// is the caller's to wire (e.g. find the action by objectName and trigger() it).
    static PaletteItem commandFor(const QAction* action);

    /// Ctrl+K, window-wide: put it in a menu too if you like.
    QAction* popupAction() const { return m_popupAction; }
    /// Items gone to through the palette, newest first.
    const QList<PaletteItem>& recentItems() const { return m_history.items(); }

    QLineEdit* searchField() const { return m_searchField; }
    QListView* resultView() const { return m_resultView; }
    PaletteModel* model() const { return m_model; }
    /// A search or a catalog preparation is running on the thread pool.
    bool isBusy() const { return m_search.isRunning() || m_sourceBuild.isRunning(); }
    /// For tests: force the thread pool (0) or the GUI thread (a large number).
    void setAsyncThreshold(int candidates) { m_asyncThreshold = candidates; }

public Q_SLOTS:
    /// Shows the palette with an empty query and the keyboard focus in its field.
    void popup();

Q_SIGNALS:
    void activated(const Atrium::PaletteItem& item);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void setSource(PaletteSourcePtr source);
    void search();
    void onSearchFinished();
    void showResults(PaletteResults results);
    void activate(int row);
    void dismiss();
    void place();
    void updateColours();
    bool handleKey(QKeyEvent* event);

    QLineEdit* m_searchField = nullptr;
    QListView* m_resultView = nullptr;
    QFrame* m_separator = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_hintLabel = nullptr;
    PaletteModel* m_model = nullptr;
    QAction* m_popupAction = nullptr;
    QPointer<QWidget> m_previousFocus;

    CatalogIndexPtr m_catalog;
    QList<PaletteItem> m_commands;
    PaletteSourcePtr m_source;
    PaletteHistory m_history;
    int m_asyncThreshold = DefaultAsyncThreshold;

    QFutureWatcher<PaletteResults> m_search;
    // The text changed while a search ran: its results are stale, search again when it ends.
    bool m_searchAgain = false;
    QFutureWatcher<PaletteSourcePtr> m_sourceBuild;
};

} // namespace Atrium
