#pragma once

#include "catalog/catalogindex.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace Atrium {

class TemplateFilterProxyModel;
class TemplateListModel;

/// The Create section: a gallery of the workspace's software templates with a search box and a type filter.
/// Choosing one emits templateActivated(); the window decides what that opens.
class CreatePage : public QWidget {
    Q_OBJECT
public:
    explicit CreatePage(QWidget* parent = nullptr);
    ~CreatePage() override;

    void setIndex(const CatalogIndexPtr& index);
    /// Backends whose templates are not offered (`templates: false`); applies from the next setIndex().
    void setHiddenBackends(const QSet<QString>& backends);
    QLineEdit* searchField() const { return m_search; }
    QComboBox* typeFilter() const { return m_type; }
    QListView* gallery() const { return m_gallery; }

Q_SIGNALS:
    void templateActivated(const QString& ref);

private:
    void updateTypes();
    void updateEmptyState();

    TemplateListModel* m_model = nullptr;
    TemplateFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_type = nullptr;
    QListView* m_gallery = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace Atrium
