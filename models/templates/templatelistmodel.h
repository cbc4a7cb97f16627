#pragma once

#include "catalog/catalogindex.h"

#include <QAbstractListModel>
#include <QSet>

namespace Atrium {

/// The software templates of a catalog, one row each, sorted by title: what the Create page's gallery shows.
/// Reads only the packed entity fields (no descriptor decoding), so it is cheap to rebuild on every reload.
class TemplateListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        RefRole = Qt::UserRole, ///< QString, canonical ref
        TitleRole, ///< QString: title, else name
        DescriptionRole, ///< QString
        TypeRole, ///< QString: spec.type
        OwnerRole, ///< QString: spec.owner as written
        TagsRole, ///< QStringList
        /// QString: "" for a template read from the workspace's files, else the name of the backend whose catalog
        /// lists it (its form, preview and runs then go through that backend)
        BackendRole,
    };

    explicit TemplateListModel(QObject* parent = nullptr);
    ~TemplateListModel() override;

    void setIndex(const CatalogIndexPtr& index);
    /// Leaves out the templates of these backends (by name: `templates: false` in atrium.yaml). Applies from the
    /// next setIndex().
    void setHiddenBackends(const QSet<QString>& backends) { m_hiddenBackends = backends; }
    /// The distinct types of the templates, sorted, for a type filter.
    QStringList types() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        QString ref;
        QString title;
        QString description;
        QString type;
        QString owner;
        QStringList tags;
        QString backend;
    };
    QList<Row> m_rows;
    QSet<QString> m_hiddenBackends;
};

} // namespace Atrium
