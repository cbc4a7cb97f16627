#include "entitypage.h"

#include "catalog/catalogfile.h"
#include "catalog/entityref.h"
#include "catalog/relationtypes.h"
#include "catalog/sourcedocument.h"
#include "common/kindicon.h"
#include "highlighting/highlightedtextview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Atrium {

namespace {

constexpr QLatin1String kEntityScheme("entity:");

enum ItemRoles { RefRole = Qt::UserRole, FileRole, LineRole };

/// Links from catalog data open only where a browser or mail program is the right place: a `file:` or custom
/// scheme in someone's catalog-info.yaml must not start programs on the reader's machine.
bool isSafeExternalLink(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http") || scheme == QLatin1String("mailto"));
}

QString badge(const QString& text, const QColor& background)
{
    return QStringLiteral("<span style=\"background-color:%1; color:#ffffff;\">&nbsp;%2&nbsp;</span>")
        .arg(background.name(), text.toHtmlEscaped());
}

QColor lifecycleColor(QStringView lifecycle)
{
    if (lifecycle.compare(u"production", Qt::CaseInsensitive) == 0)
        return QColor(0x2e, 0x7d, 0x32);
    if (lifecycle.compare(u"experimental", Qt::CaseInsensitive) == 0)
        return QColor(0xef, 0x6c, 0x00);
    if (lifecycle.compare(u"deprecated", Qt::CaseInsensitive) == 0)
        return QColor(0x75, 0x75, 0x75);
    return QColor(0x15, 0x65, 0xc0);
}

/// A file name whose extension tells the highlighter what an API definition is written in.
QString definitionFileName(QStringView apiType, const QString& definition)
{
    const QString trimmed = definition.trimmed();
    const bool json = trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['));
    if (apiType.compare(u"graphql", Qt::CaseInsensitive) == 0)
        return QStringLiteral("definition.graphql");
    if (apiType.compare(u"grpc", Qt::CaseInsensitive) == 0)
        return QStringLiteral("definition.proto");
    return json ? QStringLiteral("definition.json") : QStringLiteral("definition.yaml");
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

EntityPage::EntityPage(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_facts->setWordWrap(true);
    connect(m_facts, &QLabel::linkActivated, this, &EntityPage::onLinkActivated);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titles->addWidget(m_facts);
    auto* header = new QHBoxLayout;
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    // Overview: description, links, annotations and labels, scrolling together.
    auto* overview = new QWidget;
    m_description = new QTextBrowser(overview);
    m_description->setOpenLinks(false);
    m_description->setFrameShape(QFrame::NoFrame);
    m_description->setAccessibleName(tr("Description"));
    connect(m_description, &QTextBrowser::anchorClicked, this,
            [this](const QUrl& url) { onLinkActivated(url.toString()); });
    m_links = new QLabel(overview);
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_links->setWordWrap(true);
    connect(m_links, &QLabel::linkActivated, this, &EntityPage::onLinkActivated);
    m_annotations = new QTableWidget(0, 3, overview);
    m_annotations->setHorizontalHeaderLabels({ tr("Kind"), tr("Key"), tr("Value") });
    m_annotations->verticalHeader()->hide();
    m_annotations->horizontalHeader()->setStretchLastSection(true);
    m_annotations->setAccessibleName(tr("Annotations and labels"));
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_description, 2);
    overviewLayout->addWidget(m_links);
    overviewLayout->addWidget(m_annotations, 1);
    m_tabs->addTab(overview, tr("Overview"));

    m_relations = new QTreeWidget;
    m_relations->setHeaderLabels({ tr("Relation"), tr("Kind"), tr("Ref") });
    m_relations->setAccessibleName(tr("Relations"));
    m_relations->setUniformRowHeights(true);
    connect(m_relations, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString ref = item->data(0, RefRole).toString();
        if (!ref.isEmpty() && m_index && m_index->indexOf(ref) >= 0)
            Q_EMIT entityActivated(ref);
    });
    m_tabs->addTab(m_relations, tr("Relations"));

    m_graphTab = new QWidget;
    new QVBoxLayout(m_graphTab);
    m_tabs->addTab(m_graphTab, tr("Graph"));

    m_apiTab = new QWidget;
    m_api = new HighlightedTextView(m_apiTab);
    m_api->setAccessibleName(tr("API definition"));
    (new QVBoxLayout(m_apiTab))->addWidget(m_api);
    m_tabs->addTab(m_apiTab, tr("API"));

    m_source = new HighlightedTextView;
    m_source->setAccessibleName(tr("Source document"));
    m_tabs->addTab(m_source, tr("YAML"));

    auto* problemsTab = new QWidget;
    m_problems = new QTreeWidget(problemsTab);
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({ tr("Location"), tr("Message") });
    m_problems->setAccessibleName(tr("Problems of this entity"));
    m_openInEditor = new QPushButton(tr("Open in Editor"), problemsTab);
    m_openInEditor->setEnabled(false);
    connect(m_problems, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_openInEditor->setEnabled(item != nullptr); });
    connect(m_problems, &QTreeWidget::itemActivated, this, &EntityPage::openProblem);
    connect(m_openInEditor, &QPushButton::clicked, this, [this] { openProblem(m_problems->currentItem()); });
    auto* problemsLayout = new QVBoxLayout(problemsTab);
    problemsLayout->addWidget(m_problems);
    problemsLayout->addWidget(m_openInEditor, 0, Qt::AlignRight);
    m_tabs->addTab(problemsTab, tr("Problems"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
}

EntityPage::~EntityPage() = default;

void EntityPage::setIndex(const CatalogIndexPtr& index)
{
    m_index = index;
    if (!m_ref.isEmpty() && m_index && m_index->indexOf(m_ref) >= 0) {
        const int tab = m_tabs->currentIndex();
        showEntity(m_ref);
        m_tabs->setCurrentIndex(tab);
    }
}

void EntityPage::setGraphWidget(QWidget* widget)
{
    m_graphTab->layout()->addWidget(widget);
}

bool EntityPage::showEntity(const QString& ref)
{
    if (!m_index)
        return false;
    const Entity entity = m_index->find(ref);
    if (!entity)
        return false;
    const bool sameEntity = entity.ref() == m_ref;
    m_ref = entity.ref().toString();
    const QJsonObject descriptor = entity.data();
    showHeader(entity);
    showOverview(entity, descriptor);
    showRelations(entity);
    showApi(entity, descriptor);
    showSource(entity);
    showProblems(entity);
    if (!sameEntity)
        m_tabs->setCurrentIndex(Overview);
    return true;
}

QString EntityPage::linkTo(const QString& ref, const QString& text) const
{
    if (ref.isEmpty() || !m_index || m_index->indexOf(ref) < 0)
        return text.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1%2\">%3</a>").arg(kEntityScheme, ref.toHtmlEscaped(), text.toHtmlEscaped());
}

void EntityPage::showHeader(const Entity& entity)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 3 / 2;
    m_icon->setPixmap(KindIcon::icon(entity.kind()).pixmap(iconSize, iconSize));
    m_icon->setToolTip(entity.kind().toString());
    m_title->setText(entity.displayName().toString());
    m_subtitle->setText(entity.title().isEmpty() ? entity.ref().toString()
                                                 : entity.name() % QStringLiteral("  ·  ") % entity.ref());

    QStringList facts;
    facts.append(tr("Kind: %1").arg(entity.kind().toString().toHtmlEscaped()));
    if (!entity.specType().isEmpty())
        facts.append(tr("Type: %1").arg(entity.specType().toString().toHtmlEscaped()));
    if (!entity.owner().isEmpty()) {
        const auto owner = EntityRef::parse(entity.owner(), u"group", entity.ns());
        facts.append(tr("Owner: %1").arg(linkTo(owner ? owner->toString() : QString(), entity.owner().toString())));
    }
    if (!entity.system().isEmpty()) {
        const auto system = EntityRef::parse(entity.system(), u"system", entity.ns());
        facts.append(tr("System: %1").arg(linkTo(system ? system->toString() : QString(), entity.system().toString())));
    }
    if (!entity.lifecycle().isEmpty())
        facts.append(badge(entity.lifecycle().toString(), lifecycleColor(entity.lifecycle())));
    // Where it comes from: a backend's entities cannot be edited here, a file's can.
    if (entity.file().isEmpty())
        facts.append(tr("Source: the Backstage backend %1").arg(entity.origin().toString().toHtmlEscaped()));
    QStringList tags;
    for (const QStringView tag : entity.tags())
        tags.append(badge(tag.toString(), QColor(0x54, 0x6e, 0x7a)));
    if (!tags.isEmpty())
        facts.append(tags.join(QLatin1Char(' ')));
    m_facts->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void EntityPage::showOverview(const Entity& entity, const QJsonObject& descriptor)
{
    const QJsonObject metadata = descriptor.value(QLatin1String("metadata")).toObject();
    if (entity.description().isEmpty())
        m_description->setHtml(QStringLiteral("<i>%1</i>").arg(tr("No description.").toHtmlEscaped()));
    else
        m_description->setMarkdown(entity.description().toString());

    QStringList links;
    for (const QJsonValue& value : metadata.value(QLatin1String("links")).toArray()) {
        const QJsonObject link = value.toObject();
        const QUrl url(link.value(QLatin1String("url")).toString());
        const QString title = link.value(QLatin1String("title")).toString(url.toString());
        links.append(isSafeExternalLink(url)
                         ? QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), title.toHtmlEscaped())
                         : title.toHtmlEscaped());
    }
    m_links->setText(links.isEmpty() ? QString()
                                     : QStringLiteral("<b>%1</b> ").arg(tr("Links:").toHtmlEscaped())
                             + links.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_links->setVisible(!links.isEmpty());

    m_annotations->setRowCount(0);
    const std::pair<QLatin1String, QString> sections[]
        = { { QLatin1String("annotations"), tr("Annotation") }, { QLatin1String("labels"), tr("Label") } };
    for (const auto& [key, kind] : sections) {
        const QJsonObject values = metadata.value(key).toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            const int row = m_annotations->rowCount();
            m_annotations->insertRow(row);
            m_annotations->setItem(row, 0, readOnlyItem(kind));
            m_annotations->setItem(row, 1, readOnlyItem(it.key()));
            m_annotations->setItem(row, 2, readOnlyItem(it.value().toVariant().toString()));
        }
    }
    m_annotations->resizeColumnToContents(0);
    m_annotations->resizeColumnToContents(1);
    m_annotations->setVisible(m_annotations->rowCount() > 0);
}

void EntityPage::showRelations(const Entity& entity)
{
    m_relations->clear();
    // Grouped by type, known types in Backstage's reading order; targets by name within a group.
    QMap<std::pair<int, QString>, QList<RelationView>> groups;
    for (int i = 0; i < entity.relationCount(); ++i) {
        const RelationView relation = entity.relation(i);
        groups[{ RelationTypes::displayOrder(relation.type), RelationTypes::label(relation.type) }].append(relation);
    }
    const QColor missing = palette().color(QPalette::Disabled, QPalette::Text);
    for (auto group = groups.cbegin(); group != groups.cend(); ++group) {
        auto* groupItem = new QTreeWidgetItem(m_relations, { group.key().second });
        QFont bold = groupItem->font(0);
        bold.setBold(true);
        groupItem->setFont(0, bold);
        groupItem->setText(1, QString::number(group->size()));
        QList<QTreeWidgetItem*> children;
        for (const RelationView& relation : *group) {
            const Entity target = m_index->find(relation.targetRef);
            auto* item = new QTreeWidgetItem;
            item->setData(0, RefRole, relation.targetRef.toString());
            item->setText(2, relation.targetRef.toString());
            if (target) {
                item->setText(0, target.displayName().toString());
                item->setIcon(0, KindIcon::icon(target.kind()));
                item->setText(1, target.kind().toString());
            } else {
                const auto ref = EntityRef::parse(relation.targetRef);
                item->setText(0, ref ? ref->name : relation.targetRef.toString());
                item->setToolTip(0, tr("Not in the catalog"));
                for (int column = 0; column < 3; ++column)
                    item->setForeground(column, missing);
            }
            children.append(item);
        }
        std::sort(children.begin(), children.end(), [](const QTreeWidgetItem* a, const QTreeWidgetItem* b) {
            return a->text(0).compare(b->text(0), Qt::CaseInsensitive) < 0;
        });
        groupItem->addChildren(children);
    }
    m_relations->expandAll();
    m_relations->resizeColumnToContents(0);
    m_relations->resizeColumnToContents(1);
    m_tabs->setTabText(Relations, tr("Relations (%1)").arg(entity.relationCount()));
}

void EntityPage::showApi(const Entity& entity, const QJsonObject& descriptor)
{
    const bool isApi = entity.kind().compare(u"API", Qt::CaseInsensitive) == 0;
    m_tabs->setTabVisible(Api, isApi);
    if (!isApi)
        return;
    const QJsonValue definition = descriptor.value(QLatin1String("spec")).toObject().value(QLatin1String("definition"));
    const QString text = definition.isString() ? definition.toString()
                                               : QString::fromUtf8(QJsonDocument(definition.toObject()).toJson());
    m_api->setText(text, definitionFileName(entity.specType(), text));
}

void EntityPage::showSource(const Entity& entity)
{
    const QString path = entity.file().toString();
    if (path.isEmpty()) {
        // From a backend: there is no file, so show what the backend sent.
        m_source->setText(QString::fromUtf8(QJsonDocument(entity.toBackstageJson()).toJson()),
                          QStringLiteral("entity.json"));
        m_tabs->setTabText(Yaml, tr("JSON"));
        return;
    }
    m_tabs->setTabText(Yaml, tr("YAML"));
    QFile file(path);
    QString text;
    if (file.size() > kMaxCatalogFileSize)
        text = tr("# %1 is too large to show (%2 bytes).").arg(QDir::toNativeSeparators(path)).arg(file.size());
    else if (!file.open(QIODevice::ReadOnly))
        text = tr("# %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    else
        text = sourceDocumentText(file.readAll(), entity.position().line);
    m_source->setText(text, QFileInfo(path).fileName());
}

void EntityPage::showProblems(const Entity& entity)
{
    m_problems->clear();
    const QStyle* style = this->style();
    for (const Problem& problem : m_index->snapshot()->problems) {
        if (problem.entityRef != entity.ref())
            continue;
        QString location = QDir::toNativeSeparators(problem.file);
        if (problem.line > 0)
            location += QLatin1Char(':') + QString::number(problem.line);
        if (problem.column > 0)
            location += QLatin1Char(':') + QString::number(problem.column);
        auto* item = new QTreeWidgetItem(m_problems, { location, problem.message });
        item->setIcon(
            0, style->standardIcon(problem.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setToolTip(1, problem.message);
        item->setData(0, FileRole, problem.file);
        item->setData(0, LineRole, problem.line);
    }
    m_problems->resizeColumnToContents(0);
    const int count = m_problems->topLevelItemCount();
    m_tabs->setTabText(Problems, count == 0 ? tr("Problems") : tr("Problems (%1)").arg(count));
    m_openInEditor->setEnabled(false);
}

void EntityPage::onLinkActivated(const QString& link)
{
    if (link.startsWith(kEntityScheme)) {
        Q_EMIT entityActivated(link.mid(kEntityScheme.size()));
        return;
    }
    const QUrl url(link);
    if (isSafeExternalLink(url))
        QDesktopServices::openUrl(url);
}

void EntityPage::openProblem(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString file = item->data(0, FileRole).toString();
    if (!file.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

} // namespace Atrium
