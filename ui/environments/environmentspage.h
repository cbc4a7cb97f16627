#pragma once

#include "environments/dashboard.h"
#include "environments/statushistory.h"

#include <QSet>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace Atrium {

class EnvironmentFilterModel;
class EnvironmentMatrixModel;
class EnvironmentMonitor;

/// The Environments section: a card per environment (health counts, sources and when they last answered, their
/// errors), the matrix of components × environments with filters, and for the selected cell its facts, links and
/// the component's timeline; the promotion summary lists what moving one environment's versions to the next would
/// change. Reads everything from the EnvironmentMonitor; its only action on it is refreshNow().
class EnvironmentsPage : public QWidget {
    Q_OBJECT
public:
    /// @p monitor is not owned and must outlive the page.
    explicit EnvironmentsPage(EnvironmentMonitor* monitor, QWidget* parent = nullptr);

    EnvironmentMatrixModel* model() const { return m_model; }
    EnvironmentFilterModel* proxyModel() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* ownerFilter() const { return m_owner; }
    QComboBox* systemFilter() const { return m_system; }
    QComboBox* lifecycleFilter() const { return m_lifecycle; }
    QCheckBox* driftOnlyBox() const { return m_driftOnly; }
    QCheckBox* unhealthyOnlyBox() const { return m_unhealthyOnly; }
    QWidget* cardsArea() const { return m_cards; }
    QTextBrowser* detailsView() const { return m_details; }
    QTreeWidget* timelineView() const { return m_timeline; }
    QComboBox* promotionPairBox() const { return m_promotionPair; }
    QTreeWidget* promotionsView() const { return m_promotions; }
    QCheckBox* watchBox() const { return m_watch; }
    QAction* refreshAction() const { return m_refresh; }
    /// "Refreshing…" while sources are read, then when the last answer came.
    QLabel* refreshedLabel() const { return m_refreshed; }
    /// True while the workspace declares no environments and the page explains how to.
    bool isShowingEmptyState() const;

    /// Selects the cell of @p ref in @p environment (the component column when "").
    bool selectCell(const QString& ref, const QString& environment = {});

    /// The components whose turn for the worse is notified (QSettings "environments/watched").
    static QSet<QString> watchedComponents();
    static void setWatched(const QString& ref, bool watched);

Q_SIGNALS:
    void entityActivated(const QString& ref);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onDashboardChanged(const DashboardPtr& dashboard);
    void updateRefreshState();
    void showContextMenu(const QPoint& position);
    void rebuildCards(const Dashboard& dashboard);
    void updateFilterChoices(const Dashboard& dashboard);
    void updatePromotionPairs(const Dashboard& dashboard);
    void updatePromotions();
    void updateDetails();
    void updateTimeline(const QString& ref);

    EnvironmentMonitor* m_monitor;
    EnvironmentMatrixModel* m_model;
    EnvironmentFilterModel* m_proxy;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_cards = nullptr;
    QHBoxLayout* m_cardsLayout = nullptr;
    QLabel* m_refreshed = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_system = nullptr;
    QComboBox* m_lifecycle = nullptr;
    QCheckBox* m_driftOnly = nullptr;
    QCheckBox* m_unhealthyOnly = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_details = nullptr;
    QCheckBox* m_watch = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QComboBox* m_promotionPair = nullptr;
    QTreeWidget* m_promotions = nullptr;
    QAction* m_refresh = nullptr;
    QString m_shownRef;
};

} // namespace Atrium
