#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Atrium {

/// A reference to a catalog entity, `[kind:][namespace/]name`, parsed as Backstage's
/// `parseEntityRef` does (catalog-model `entity/ref.ts`).
struct EntityRef {
    QString kind;
    QString ns;
    QString name;

    static constexpr QStringView defaultNamespace() { return u"default"; }

    /// Parses @p text; fields missing from the text come from the defaults.
    /// On failure returns nothing and, when @p error is given, Backstage's message for it.
    static std::optional<EntityRef> parse(QStringView text, QStringView defaultKind = {},
                                          QStringView defaultNamespace = EntityRef::defaultNamespace(),
                                          QString* error = nullptr);

    /// The canonical form Backstage's `stringifyEntityRef` produces: `kind:namespace/name`, all lower case.
    QString toString() const;
    /// The same, from parts that need not be lower case yet.
    static QString canonical(QStringView kind, QStringView ns, QStringView name);

    /// Compact form for people: `kind:name` when in the default namespace.
    QString toDisplayString() const;

    friend bool operator==(const EntityRef&, const EntityRef&) = default;
};

} // namespace Atrium
