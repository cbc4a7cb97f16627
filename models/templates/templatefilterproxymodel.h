#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Atrium {

/// Filters a TemplateListModel as the Create page's search box and type filter ask: every word of the text must
/// occur (any case) in the title, description, type, owner or a tag; the type must match when one is chosen.
class TemplateFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TemplateFilterProxyModel(QObject* parent = nullptr);
    ~TemplateFilterProxyModel() override;

    void setText(const QString& text);
    /// Empty: every type.
    void setType(const QString& type);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_type;
};

} // namespace Atrium
