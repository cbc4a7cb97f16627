#pragma once

#include "catalog/catalogindex.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Atrium {

class HighlightedTextView;

/// One entity in full: header (kind, title, ref, owner, lifecycle, tags), then tabs for the overview, relations,
/// the API definition, the source document and the entity's problems. Only shows; following a relation or the
/// owner emits entityActivated() and the window decides where to go (and keeps the history).
class EntityPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { Overview, Relations, Graph, Api, Yaml, Problems };
    Q_ENUM(Tab)

    explicit EntityPage(QWidget* parent = nullptr);
    ~EntityPage() override;

    /// The catalog refs are resolved in; a new index re-shows the current entity from it (live reload).
    void setIndex(const CatalogIndexPtr& index);
    /// Shows the entity with @p ref (any form CatalogIndex::indexOf() accepts). False, and nothing changes,
    /// when the catalog has no such entity.
    bool showEntity(const QString& ref);
    /// Canonical ref of the entity shown; empty when none.
    QString currentRef() const { return m_ref; }

    /// Puts @p widget in the Graph tab (the relation graph is built elsewhere and fed the same entity).
    void setGraphWidget(QWidget* widget);
    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* relationsTree() const { return m_relations; }
    QTreeWidget* problemsTree() const { return m_problems; }

Q_SIGNALS:
    void entityActivated(const QString& ref);

private:
    void showHeader(const Entity& entity);
    void showOverview(const Entity& entity, const QJsonObject& descriptor);
    void showRelations(const Entity& entity);
    void showApi(const Entity& entity, const QJsonObject& descriptor);
    void showSource(const Entity& entity);
    void showProblems(const Entity& entity);
    void onLinkActivated(const QString& link);
    void openProblem(QTreeWidgetItem* item);
    QString linkTo(const QString& ref, const QString& text) const;

    CatalogIndexPtr m_index;
    QString m_ref;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_facts = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_description = nullptr;
    QLabel* m_links = nullptr;
    QTableWidget* m_annotations = nullptr;
    QTreeWidget* m_relations = nullptr;
    QWidget* m_graphTab = nullptr;
    HighlightedTextView* m_api = nullptr;
    QWidget* m_apiTab = nullptr;
    HighlightedTextView* m_source = nullptr;
    QTreeWidget* m_problems = nullptr;
    QPushButton* m_openInEditor = nullptr;
};

} // namespace Atrium
