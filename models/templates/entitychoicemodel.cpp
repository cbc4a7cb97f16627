#include "entitychoicemodel.h"

#include "catalog/entityref.h"

#include <algorithm>

namespace Atrium {

EntityChoiceModel::EntityChoiceModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

EntityChoiceModel::~EntityChoiceModel() = default;

void EntityChoiceModel::setCatalog(const CatalogSnapshotPtr& catalog, const CatalogFilter& filter,
                                   const QString& defaultKind, const QString& defaultNamespace)
{
    QList<Choice> choices;
    if (catalog) {
        for (const Entity entity : catalog->entities) {
            if (entity.ref().isEmpty() || !filter.matches(entity))
                continue;
            choices.append({ entity.ref().toString(),
                             humanize(entity.kind(), entity.ns(), entity.name(), defaultKind, defaultNamespace),
                             entity.displayName().toString() });
        }
    }
    std::sort(choices.begin(), choices.end(),
              [](const Choice& a, const Choice& b) { return a.label.compare(b.label, Qt::CaseInsensitive) < 0; });
    beginResetModel();
    m_choices = std::move(choices);
    m_defaultKind = defaultKind;
    m_defaultNamespace = defaultNamespace;
    endResetModel();
}

int EntityChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant EntityChoiceModel::data(const QModelIndex& index, int role) const
{
    // Combo boxes ask for the data of an invalid index when nothing is chosen.
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_choices.size())
        return {};
    const Choice& choice = m_choices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return choice.label;
    case Qt::ToolTipRole:
        return choice.title == choice.label ? choice.ref : choice.title + QLatin1String(" — ") + choice.ref;
    case RefRole:
        return choice.ref;
    case TitleRole:
        return choice.title;
    default:
        return {};
    }
}

int EntityChoiceModel::rowOfRef(const QString& ref) const
{
    for (qsizetype row = 0; row < m_choices.size(); ++row) {
        if (m_choices.at(row).ref == ref)
            return int(row);
    }
    return -1;
}

QString EntityChoiceModel::refForText(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const std::optional<EntityRef> ref = EntityRef::parse(trimmed, m_defaultKind, m_defaultNamespace);
    return ref ? ref->toString() : trimmed;
}

QString EntityChoiceModel::labelForRef(const QString& ref) const
{
    const std::optional<EntityRef> parsed = EntityRef::parse(ref, m_defaultKind, m_defaultNamespace);
    if (!parsed)
        return ref;
    return humanize(parsed->kind, parsed->ns, parsed->name, m_defaultKind, m_defaultNamespace);
}

QString EntityChoiceModel::humanize(QStringView kind, QStringView ns, QStringView name, const QString& defaultKind,
                                    const QString& defaultNamespace)
{
    QString result;
    const QString lowerKind = kind.toString().toLower();
    if (defaultKind.isEmpty() || defaultKind.toLower() != lowerKind)
        result = lowerKind + QLatin1Char(':');
    const QStringView effectiveNamespace = ns.isEmpty() ? EntityRef::defaultNamespace() : ns;
    const QStringView omitted
        = defaultNamespace.isEmpty() ? EntityRef::defaultNamespace() : QStringView(defaultNamespace);
    if (effectiveNamespace != omitted)
        result += effectiveNamespace + QLatin1Char('/');
    return result + name;
}

} // namespace Atrium
