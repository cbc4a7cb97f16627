#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atrium {

class Entity;

/// The `catalogFilter` of Backstage's entity pickers, matched against the local catalog as the catalog backend
/// matches its entity filter query: a list of objects is any of them, the keys of one object are all of them, a
/// list of values is any of them, `{exists: true}` asks only that the field is there. Keys (`kind`, `spec.type`,
/// `metadata.namespace`, `metadata.tags`, `relations.ownedBy`…) and values compare without regard to case.
class CatalogFilter {
public:
    CatalogFilter() = default;
    /// From a picker's ui:options: `catalogFilter`, else the older `allowedKinds`, else @p fallback (a filter in
    /// catalogFilter's form), else no filter.
    static CatalogFilter fromOptions(const QJsonObject& options, const QJsonValue& fallback = {});
    static CatalogFilter fromJson(const QJsonValue& catalogFilter);

    bool isEmpty() const { return m_alternatives.isEmpty(); }
    bool matches(const Entity& entity) const;

private:
    struct Condition {
        QString key; ///< lower case
        QStringList values; ///< lower case; empty with exists
        bool exists = false;
    };
    QList<QList<Condition>> m_alternatives;
};

} // namespace Atrium
