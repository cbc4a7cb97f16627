#pragma once

#include "catalog/catalogindex.h"

#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;
class QLabel;

namespace Atrium {

class EntityTableModel;
class EntityFilterProxyModel;
class FacetModel;

/// The catalog table with its search box and kind/owner/lifecycle facets.
/// Wires the models in models/catalog to views; the searching and counting happen in CatalogIndex.
class CatalogPage : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPage(QWidget* parent = nullptr);
    ~CatalogPage() override;

    void setIndex(const CatalogIndexPtr& index);
    QLineEdit* searchField() const { return m_search; }
    QTableView* table() const { return m_table; }
    EntityFilterProxyModel* proxyModel() const { return m_proxy; }

    void saveState() const;
    void restoreState();

Q_SIGNALS:
    void entityActivated(const QString& ref);

private:
    void updateSummary();

    EntityTableModel* m_model = nullptr;
    EntityFilterProxyModel* m_proxy = nullptr;
    QList<FacetModel*> m_facets;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_searchDebounce = nullptr;
};

} // namespace Atrium
