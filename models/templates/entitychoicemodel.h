#pragma once

#include "catalog/catalogsnapshot.h"
#include "catalogfilter.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace Atrium {

/// The catalog entities an entity picker offers, shown as Backstage's picker shows them: the ref with the picker's
/// default kind and namespace left out (humanizeEntityRef). The answer for a choice is always the full ref.
class EntityChoiceModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        RefRole = Qt::UserRole, ///< canonical `kind:namespace/name` (stringifyEntityRef), the answer
        TitleRole, ///< metadata.title, else the name
    };

    explicit EntityChoiceModel(QObject* parent = nullptr);
    ~EntityChoiceModel() override;

    /// Offers the entities of @p catalog that @p filter accepts, sorted by label.
    void setCatalog(const CatalogSnapshotPtr& catalog, const CatalogFilter& filter, const QString& defaultKind,
                    const QString& defaultNamespace);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The row whose ref is @p ref (canonical); -1 when the catalog has no such entity here.
    int rowOfRef(const QString& ref) const;
    /// The answer for text typed into the picker: the full ref when it reads as one with the defaults (Backstage
    /// parses it with defaultKind and defaultNamespace), else the text as typed; empty for blank text.
    QString refForText(const QString& text) const;
    /// How the picker shows @p ref (humanizeEntityRef with the picker's defaults); @p ref as given when it is no ref.
    QString labelForRef(const QString& ref) const;

    /// humanizeEntityRef: the kind is left out when it is @p defaultKind; the namespace when it is
    /// @p defaultNamespace, or "default" when no default namespace is given.
    static QString humanize(QStringView kind, QStringView ns, QStringView name, const QString& defaultKind,
                            const QString& defaultNamespace);

private:
    struct Choice {
        QString ref;
        QString label;
        QString title;
    };
    QList<Choice> m_choices;
    QString m_defaultKind;
    QString m_defaultNamespace;
};

} // namespace Atrium
