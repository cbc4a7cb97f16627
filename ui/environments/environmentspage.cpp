#include "environmentspage.h"

#include "environmentcelldelegate.h"
#include "environments/environmentmatrixmodel.h"
#include "environments/environmentmonitor.h"
#include "healthstyle.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {
const QString watchedKey = u"environments/watched"_s;
constexpr int PromotionComponentColumn = 0;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString localTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

QSet<QString> EnvironmentsPage::watchedComponents()
{
    const QStringList list = QSettings().value(watchedKey).toStringList();
    return QSet<QString>(list.cbegin(), list.cend());
}

void EnvironmentsPage::setWatched(const QString& ref, bool watched)
{
    QSet<QString> set = watchedComponents();
    if (watched)
        set.insert(ref);
    else
        set.remove(ref);
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    QSettings().setValue(watchedKey, list);
}

EnvironmentsPage::EnvironmentsPage(EnvironmentMonitor* monitor, QWidget* parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_model(new EnvironmentMatrixModel(this))
    , m_proxy(new EnvironmentFilterModel(this))
{
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    // The empty state: no environments in atrium.yaml.
    auto* empty = new QWidget(m_stack);
    auto* emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto* emptyTitle = new QLabel(tr("No environments yet"), empty);
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    emptyTitle->setFont(titleFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    auto* emptyText = new QLabel(
        tr("Declare your environments under <b>environments:</b> in atrium.yaml, each with where its status comes "
           "from: Argo CD, Kubernetes, a Terraform state, a status endpoint or health URLs. "
           "docs/environments.md shows how."),
        empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setMaximumWidth(560);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyText, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);

    auto* content = new QWidget(m_stack);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 12, 12, 12);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Environments"), content);
    title->setFont(titleFont);
    header->addWidget(title);
    header->addStretch();
    m_refreshed = new QLabel(content);
    header->addWidget(m_refreshed);
    m_refresh = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("Refresh"), this);
    // No shortcut of its own: F5 reloads the workspace; the window's File menu has this action with Ctrl+Shift+E.
    m_refresh->setToolTip(tr("Read every source of every environment again now"));
    connect(m_refresh, &QAction::triggered, m_monitor, &EnvironmentMonitor::refreshNow);
    auto* refreshButton = new QToolButton(content);
    refreshButton->setDefaultAction(m_refresh);
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    header->addWidget(refreshButton);
    contentLayout->addLayout(header);

    m_cards = new QWidget(content);
    m_cards->setAccessibleName(tr("Environment summaries"));
    m_cardsLayout = new QHBoxLayout(m_cards);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_cards);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(content);
    m_search->setPlaceholderText(tr("Filter components…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter components"));
    filters->addWidget(m_search, 2);
    const auto makeFilter = [&](const QString& accessibleName) {
        auto* box = new QComboBox(content);
        box->setAccessibleName(accessibleName);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(box, 1);
        return box;
    };
    m_owner = makeFilter(tr("Owner"));
    m_system = makeFilter(tr("System"));
    m_lifecycle = makeFilter(tr("Lifecycle"));
    m_driftOnly = new QCheckBox(tr("Drift only"), content);
    m_driftOnly->setToolTip(tr("Only components whose version differs between environments"));
    m_unhealthyOnly = new QCheckBox(tr("Not healthy only"), content);
    filters->addWidget(m_driftOnly);
    filters->addWidget(m_unhealthyOnly);
    contentLayout->addLayout(filters);

    auto* splitter = new QSplitter(Qt::Horizontal, content);
    m_table = new QTableView(splitter);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new EnvironmentCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EnvironmentMatrixModel::ComponentColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(140);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Environment matrix"));
    const int rowHeight = 2 * fontMetrics().height() + 14;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        Q_EMIT entityActivated(index.data(EnvironmentMatrixModel::EntityRefRole).toString());
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &EnvironmentsPage::showContextMenu);

    m_tabs = new QTabWidget(splitter);
    auto* detailsPage = new QWidget(m_tabs);
    auto* detailsLayout = new QVBoxLayout(detailsPage);
    m_details = new QTextBrowser(detailsPage);
    m_details->setOpenExternalLinks(true);
    m_details->setAccessibleName(tr("Cell details"));
    detailsLayout->addWidget(m_details);
    auto* detailButtons = new QHBoxLayout;
    m_watch = new QCheckBox(tr("Notify me when it turns degraded or missing"), detailsPage);
    m_watch->setEnabled(false);
    connect(m_watch, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_shownRef.isEmpty())
            setWatched(m_shownRef, on);
    });
    detailButtons->addWidget(m_watch);
    detailButtons->addStretch();
    auto* openInCatalog = new QPushButton(tr("Open in Catalog"), detailsPage);
    connect(openInCatalog, &QPushButton::clicked, this, [this] {
        if (!m_shownRef.isEmpty())
            Q_EMIT entityActivated(m_shownRef);
    });
    detailButtons->addWidget(openInCatalog);
    detailsLayout->addLayout(detailButtons);
    m_tabs->addTab(detailsPage, tr("Details"));

    m_timeline = new QTreeWidget(m_tabs);
    m_timeline->setHeaderLabels({ tr("When"), tr("Environment"), tr("Health"), tr("Version") });
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_tabs->addTab(m_timeline, tr("Timeline"));

    auto* promotionsPage = new QWidget(m_tabs);
    auto* promotionsLayout = new QVBoxLayout(promotionsPage);
    m_promotionPair = new QComboBox(promotionsPage);
    m_promotionPair->setAccessibleName(tr("Promotion"));
    promotionsLayout->addWidget(m_promotionPair);
    m_promotions = new QTreeWidget(promotionsPage);
    m_promotions->setHeaderLabels({ tr("Component"), tr("Now"), tr("After promotion") });
    m_promotions->setRootIsDecorated(false);
    m_promotions->setAccessibleName(tr("What a promotion would change"));
    connect(m_promotions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        selectCell(item->data(PromotionComponentColumn, Qt::UserRole).toString(),
                   m_promotionPair->currentData().toStringList().value(1));
    });
    promotionsLayout->addWidget(m_promotions);
    m_tabs->addTab(promotionsPage, tr("Promotions"));
    connect(m_promotionPair, &QComboBox::currentIndexChanged, this, &EnvironmentsPage::updatePromotions);

    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    contentLayout->addWidget(splitter, 1);
    m_stack->addWidget(content);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &EnvironmentFilterModel::setText);
    connect(m_owner, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setOwner(m_owner->currentData().toString()); });
    connect(m_system, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSystem(m_system->currentData().toString()); });
    connect(m_lifecycle, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLifecycle(m_lifecycle->currentData().toString()); });
    connect(m_driftOnly, &QCheckBox::toggled, m_proxy, &EnvironmentFilterModel::setOnlyDrift);
    connect(m_unhealthyOnly, &QCheckBox::toggled, m_proxy, &EnvironmentFilterModel::setOnlyUnhealthy);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &EnvironmentsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EnvironmentsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnvironmentsPage::updateDetails);
    connect(m_monitor, &EnvironmentMonitor::dashboardChanged, this, &EnvironmentsPage::onDashboardChanged);
    connect(m_monitor, &EnvironmentMonitor::refreshingChanged, this, &EnvironmentsPage::updateRefreshState);
    connect(m_monitor, &EnvironmentMonitor::statusChanged, this, [this] {
        if (!m_shownRef.isEmpty())
            updateTimeline(m_shownRef);
    });

    m_stack->setCurrentIndex(0);
    if (m_monitor->dashboard())
        onDashboardChanged(m_monitor->dashboard());
}

bool EnvironmentsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void EnvironmentsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_model->dashboard())
        rebuildCards(*m_model->dashboard()); // the badges are drawn in the palette's colours
    QWidget::changeEvent(event);
}

void EnvironmentsPage::onDashboardChanged(const DashboardPtr& dashboard)
{
    const bool empty = !dashboard || dashboard->environments.isEmpty();
    m_stack->setCurrentIndex(empty ? 0 : 1);
    m_model->setDashboard(dashboard);
    updateRefreshState();
    if (empty)
        return;
    rebuildCards(*dashboard);
    updateFilterChoices(*dashboard);
    updatePromotionPairs(*dashboard);
    updatePromotions();
}

void EnvironmentsPage::updateRefreshState()
{
    const bool refreshing = m_monitor->isRefreshing();
    m_refresh->setEnabled(!refreshing);
    if (refreshing)
        m_refreshed->setText(tr("Refreshing…"));
    else if (const DashboardPtr& dashboard = m_model->dashboard())
        m_refreshed->setText(
            tr("Updated %1").arg(QLocale().toString(dashboard->builtAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void EnvironmentsPage::rebuildCards(const Dashboard& dashboard)
{
    while (QLayoutItem* item = m_cardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QDateTime now = dashboard.builtAt;
    for (const EnvironmentSummary& environment : dashboard.environments) {
        auto* card = new QFrame(m_cards);
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(u"environmentCard-"_s + environment.name);
        auto* cardLayout = new QVBoxLayout(card);
        auto* name = new QLabel(u"<b>%1</b>"_s.arg(escaped(environment.title)), card);
        name->setToolTip(environment.name);
        cardLayout->addWidget(name);

        auto* counts = new QHBoxLayout;
        counts->setSpacing(10);
        bool anyCell = false;
        for (const Health health : { Health::Healthy, Health::Progressing, Health::Degraded, Health::Suspended,
                                     Health::Missing, Health::Unknown }) {
            const int count = environment.count(health);
            if (count == 0)
                continue;
            anyCell = true;
            auto* badge = new QLabel(card);
            badge->setPixmap(HealthStyle::icon(health, palette()).pixmap(QSize(14, 14)));
            badge->setAccessibleName(HealthStyle::label(health));
            auto* number = new QLabel(tr("%1 %2").arg(count).arg(healthWord(health)), card);
            number->setToolTip(HealthStyle::label(health));
            counts->addWidget(badge);
            counts->addWidget(number);
        }
        if (!anyCell)
            counts->addWidget(new QLabel(tr("No component reported yet"), card));
        counts->addStretch();
        cardLayout->addLayout(counts);

        for (const SourceSummary& source : environment.sources) {
            // A file by its name (the whole path in the tooltip), a URL as it is.
            const bool isFile = !source.location.contains(u"://"_s);
            QString line = u"%1 <span style='opacity:0.7'>%2</span>"_s.arg(
                escaped(EnvironmentsConfigReader::typeName(source.type)),
                escaped(isFile ? QFileInfo(source.location).fileName() : source.location));
            if (!source.error.isEmpty()) {
                line += u"<br><span style='color:%1'>%2</span>"_s.arg(
                    HealthStyle::colour(Health::Degraded, palette()).name(), escaped(source.error));
                if (source.succeededAt.isValid())
                    line += u"<br>"_s
                        + escaped(tr("last answered %1").arg(EnvironmentMatrixModel::ageText(source.succeededAt, now)));
            } else if (source.succeededAt.isValid()) {
                line += u"<br>"_s
                    + escaped(source.stale
                                  ? tr("stale: last answered %1")
                                        .arg(EnvironmentMatrixModel::ageText(source.succeededAt, now))
                                  : tr("answered %1").arg(EnvironmentMatrixModel::ageText(source.succeededAt, now)));
            } else {
                line += u"<br>"_s + escaped(tr("waiting for the first answer"));
            }
            for (const QString& warning : source.warnings)
                line += u"<br><span style='color:%1'>%2</span>"_s.arg(
                    HealthStyle::colour(Health::Missing, palette()).name(), escaped(warning));
            if (source.terraform) {
                const TerraformStateFacts& state = *source.terraform;
                line += u"<br>"_s
                    + escaped(tr("%n resource(s), serial %1, Terraform %2", nullptr, state.resourceCount)
                                  .arg(state.serial)
                                  .arg(state.terraformVersion));
            }
            auto* label = new QLabel(line, card);
            label->setWordWrap(true);
            label->setToolTip(QDir::toNativeSeparators(source.location));
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            if (source.terraform) {
                QStringList tip;
                for (auto it = source.terraform->resourcesByType.cbegin();
                     it != source.terraform->resourcesByType.cend(); ++it)
                    tip.append(u"%1 × %2"_s.arg(it.value()).arg(it.key()));
                for (const TerraformStateFacts::Output& output : source.terraform->outputs)
                    tip.append(u"%1 = %2"_s.arg(output.name, output.value));
                label->setToolTip(QDir::toNativeSeparators(source.location) + u"\n\n"_s + tip.join(u'\n'));
            }
            cardLayout->addWidget(label);
        }
        cardLayout->addStretch();
        m_cardsLayout->addWidget(card, 1);
    }
}

void EnvironmentsPage::updateFilterChoices(const Dashboard& dashboard)
{
    const auto refill = [](QComboBox* box, const QString& allText, QStringList values) {
        values.removeDuplicates();
        values.removeAll(QString());
        values.sort(Qt::CaseInsensitive);
        const QString current = box->currentData().toString();
        QStringList existing;
        for (int i = 1; i < box->count(); ++i)
            existing.append(box->itemData(i).toString());
        if (existing == values && box->count() > 0)
            return;
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(allText, QString());
        for (const QString& value : values)
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QStringList owners, systems, lifecycles;
    for (const DashboardRow& row : dashboard.rows) {
        owners.append(row.owner);
        systems.append(row.system);
        lifecycles.append(row.lifecycle);
    }
    refill(m_owner, tr("All owners"), owners);
    refill(m_system, tr("All systems"), systems);
    refill(m_lifecycle, tr("All lifecycles"), lifecycles);
    m_proxy->setOwner(m_owner->currentData().toString());
    m_proxy->setSystem(m_system->currentData().toString());
    m_proxy->setLifecycle(m_lifecycle->currentData().toString());
}

void EnvironmentsPage::updatePromotionPairs(const Dashboard& dashboard)
{
    QList<QStringList> pairs;
    for (qsizetype i = 1; i < dashboard.environments.size(); ++i)
        pairs.append({ dashboard.environments.at(i - 1).name, dashboard.environments.at(i).name });
    QList<QStringList> existing;
    for (int i = 0; i < m_promotionPair->count(); ++i)
        existing.append(m_promotionPair->itemData(i).toStringList());
    if (existing == pairs)
        return;
    const QStringList current = m_promotionPair->currentData().toStringList();
    const QSignalBlocker blocker(m_promotionPair);
    m_promotionPair->clear();
    for (qsizetype i = 1; i < dashboard.environments.size(); ++i) {
        const EnvironmentSummary& from = dashboard.environments.at(i - 1);
        const EnvironmentSummary& to = dashboard.environments.at(i);
        m_promotionPair->addItem(tr("%1 → %2").arg(from.title, to.title), QStringList { from.name, to.name });
    }
    // The last pair (staging → prod) is the one people ask about most.
    const int index = m_promotionPair->findData(current);
    m_promotionPair->setCurrentIndex(index >= 0 ? index : m_promotionPair->count() - 1);
}

void EnvironmentsPage::updatePromotions()
{
    // Rebuilt with every dashboard (every refresh): the selected component stays selected.
    const QTreeWidgetItem* current = m_promotions->currentItem();
    const QString selected = current ? current->data(PromotionComponentColumn, Qt::UserRole).toString() : QString();
    m_promotions->clear();
    const DashboardPtr& dashboard = m_model->dashboard();
    const QStringList pair = m_promotionPair->currentData().toStringList();
    if (!dashboard || pair.size() != 2)
        return;
    const QList<Promotion> promotions
        = EnvironmentMatrix::promotions(pair.at(0), pair.at(1), dashboard->cellsByComponent());
    for (const Promotion& promotion : promotions) {
        const int row = dashboard->rowOf(promotion.component);
        const QString name = row >= 0 ? dashboard->rows.at(row).name : promotion.component;
        auto* item = new QTreeWidgetItem(m_promotions, { name, promotion.toVersion, promotion.fromVersion });
        item->setData(PromotionComponentColumn, Qt::UserRole, promotion.component);
        item->setToolTip(PromotionComponentColumn, promotion.component);
        if (promotion.component == selected)
            m_promotions->setCurrentItem(item);
    }
    if (promotions.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_promotions, { tr("Nothing to promote: the versions are the same") });
        item->setFlags(Qt::NoItemFlags);
    }
    m_promotions->resizeColumnToContents(0);
}

void EnvironmentsPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const QString ref = index.data(EnvironmentMatrixModel::EntityRefRole).toString();
    QMenu menu(this);
    QAction* open = menu.addAction(tr("Open in Catalog"));
    open->setEnabled(index.data(EnvironmentMatrixModel::InCatalogRole).toBool());
    connect(open, &QAction::triggered, this, [this, ref] { Q_EMIT entityActivated(ref); });
    QAction* watch = menu.addAction(tr("Notify Me When It Turns Degraded or Missing"));
    watch->setCheckable(true);
    watch->setChecked(watchedComponents().contains(ref));
    connect(watch, &QAction::toggled, this, [this, ref](bool on) {
        setWatched(ref, on);
        updateDetails();
    });
    const QString version = index.data(EnvironmentMatrixModel::VersionRole).toString();
    if (!version.isEmpty()) {
        menu.addSeparator();
        connect(menu.addAction(tr("Copy Version %1").arg(version)), &QAction::triggered, this,
                [version] { QGuiApplication::clipboard()->setText(version); });
    }
    const QStringList links = index.data(EnvironmentMatrixModel::LinksRole).toStringList();
    if (!links.isEmpty())
        menu.addSeparator();
    for (const QString& link : links) {
        connect(menu.addAction(tr("Open %1").arg(link)), &QAction::triggered, this,
                [link] { QDesktopServices::openUrl(QUrl(link)); });
    }
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

bool EnvironmentsPage::selectCell(const QString& ref, const QString& environment)
{
    int column = EnvironmentMatrixModel::ComponentColumn;
    if (!environment.isEmpty()) {
        for (int c = EnvironmentMatrixModel::FirstEnvironmentColumn; c < m_model->columnCount(); ++c) {
            if (m_model->environmentAt(c) == environment)
                column = c;
        }
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(ref, column));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void EnvironmentsPage::updateDetails()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    const QString ref = index.data(EnvironmentMatrixModel::EntityRefRole).toString();
    m_shownRef = ref;
    {
        const QSignalBlocker blocker(m_watch);
        m_watch->setEnabled(!ref.isEmpty());
        m_watch->setChecked(!ref.isEmpty() && watchedComponents().contains(ref));
    }
    if (ref.isEmpty()) {
        m_details->setHtml(u"<p>%1</p>"_s.arg(escaped(tr("Select a cell to see what its sources say."))));
        m_timeline->clear();
        return;
    }
    const DashboardPtr& dashboard = m_model->dashboard();
    const int row = dashboard ? dashboard->rowOf(ref) : -1;
    if (row < 0)
        return;
    const DashboardRow& component = dashboard->rows.at(row);
    QString html = u"<h3>%1</h3><p><tt>%2</tt></p>"_s.arg(escaped(component.name), escaped(component.ref));
    const QString environment = m_model->environmentAt(index.column());
    const auto cellHtml = [&](const QString& name, const EnvironmentCell& cell) {
        QString text = u"<h4>%1 — %2</h4><table>"_s.arg(escaped(name), escaped(HealthStyle::label(cell.health)));
        const auto row = [&](const QString& key, const QString& value) {
            if (!value.isEmpty())
                text += u"<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>"_s.arg(escaped(key), escaped(value));
        };
        row(tr("Version"), cell.version);
        row(tr("Replicas ready"), EnvironmentMatrixModel::replicasText(cell));
        if (cell.deployedAt.isValid())
            row(tr("Deployed"),
                tr("%1 (%2)").arg(localTime(cell.deployedAt),
                                  EnvironmentMatrixModel::ageText(cell.deployedAt, dashboard->builtAt)));
        row(tr("Source"), cell.source);
        if (cell.stale)
            row(tr("Stale"), tr("not refreshed for more than two intervals; not current"));
        row(tr("Message"), cell.message);
        for (const Drift& drift : component.drift) {
            if (drift.environment == name)
                row(tr("Drift"), drift.describe());
        }
        text += u"</table>"_s;
        for (const QString& link : cell.links)
            text += u"<p><a href=\"%1\">%2</a></p>"_s.arg(link.toHtmlEscaped(), escaped(link));
        return text;
    };
    if (!environment.isEmpty()) {
        const auto it = component.cells.constFind(environment);
        if (it != component.cells.cend())
            html += cellHtml(environment, *it);
        else
            html += u"<p>%1</p>"_s.arg(escaped(tr("No source of %1 knows this component.").arg(environment)));
    } else {
        for (const QString& name : dashboard->environmentNames()) {
            if (const auto it = component.cells.constFind(name); it != component.cells.cend())
                html += cellHtml(name, *it);
        }
    }
    m_details->setHtml(html);
    updateTimeline(ref);
}

void EnvironmentsPage::updateTimeline(const QString& ref)
{
    m_timeline->clear();
    const QList<StatusChange> changes = m_monitor->history().timeline(ref);
    // Newest first: what changed last is what people look for.
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        QString health = healthWord(it->health);
        if (it->hadPrevious && it->previousHealth != it->health)
            health = tr("%1 → %2").arg(healthWord(it->previousHealth), health);
        QString version = it->version;
        if (it->hadPrevious && it->previousVersion != it->version && !it->previousVersion.isEmpty())
            version = tr("%1 → %2").arg(it->previousVersion, version);
        auto* item = new QTreeWidgetItem(m_timeline, { localTime(it->at), it->environment, health, version });
        item->setIcon(2, HealthStyle::icon(it->health, palette()));
        item->setToolTip(0, it->message);
    }
    for (int c = 0; c < m_timeline->columnCount(); ++c)
        m_timeline->resizeColumnToContents(c);
}

} // namespace Atrium
