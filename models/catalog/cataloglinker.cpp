#include "cataloglinker.h"

#include "common/heapmemory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Atrium {

namespace {

// lupdate reads the context from here; the strings are in the .ts file under Atrium::CatalogLinker.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Atrium::CatalogLinker)
};

/// Gives every relation type and target a small number, and makes equal strings share one QString: with
/// 100,000 entities the same refs appear in hundreds of thousands of relations. Targets that are entities get
/// their index (and share the entity's ref string); others get numbers after the last entity.
class RelationKeys {
public:
    RelationKeys(const EntityRecords& entities, const QHash<QString, int>& byRef)
        : m_entities(entities)
        , m_byRef(byRef)
        , m_nextTarget(quint32(entities.size()))
    {
    }

    quint32 target(QString& ref)
    {
        const auto entity = m_byRef.constFind(ref);
        if (entity != m_byRef.cend()) {
            ref = m_entities.at(entity.value()).ref;
            return quint32(entity.value());
        }
        return intern(m_otherTargets, ref, m_nextTarget);
    }

    quint32 type(QString& type) { return intern(m_types, type, m_nextType); }

    bool isEntity(quint32 target) const { return target < quint32(m_entities.size()); }

    /// One number per (source entity, type, target), for deduplication without hashing strings again.
    static quint64 key(int source, quint32 type, quint32 target)
    {
        return (quint64(quint32(source)) << 40) ^ (quint64(type) << 28) ^ quint64(target);
    }

private:
    static quint32 intern(QHash<QString, quint32>& table, QString& text, quint32& next)
    {
        const auto it = table.constFind(text);
        if (it != table.cend()) {
            text = it.key();
            return it.value();
        }
        table.insert(text, next);
        return next++;
    }

    const EntityRecords& m_entities;
    const QHash<QString, int>& m_byRef;
    QHash<QString, quint32> m_otherTargets;
    QHash<QString, quint32> m_types;
    quint32 m_nextTarget;
    quint32 m_nextType = 0;
};

} // namespace

void sortProblems(Problems& problems)
{
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
}

namespace {

CatalogSnapshot link(std::vector<CatalogFileResult>&& files, Problems loadProblems)
{
    CatalogSnapshot snapshot;
    qsizetype entityCount = 0;
    qsizetype descriptorBytes = 0;
    qsizetype problemCount = loadProblems.size();
    for (const CatalogFileResult& file : files) {
        entityCount += file.entities.size();
        problemCount += file.problems.size();
        for (const EntityRecord& entity : file.entities)
            descriptorBytes += entity.encodedData().size();
    }
    // Records while relations are gathered (they still grow), packed into snapshot.entities at the end.
    EntityRecords entities;
    entities.reserve(entityCount);
    QHash<QString, int> byRef;
    byRef.reserve(entityCount);
    snapshot.problems = std::move(loadProblems);
    snapshot.problems.reserve(problemCount);

    QSet<QString> knownFiles;
    auto addFile = [&](const QString& path) {
        if (!knownFiles.contains(path)) {
            knownFiles.insert(path);
            snapshot.files.append(path);
        }
    };

    std::vector<qsizetype> offsets;
    offsets.reserve(files.size());
    for (CatalogFileResult& file : files) {
        addFile(file.file);
        for (const QString& substituted : std::as_const(file.substitutedFiles))
            addFile(substituted);
        offsets.push_back(entities.size());
        for (EntityRecord& entity : file.entities) {
            if (!entity.ref.isEmpty()) {
                const auto first = byRef.constFind(entity.ref);
                if (first == byRef.cend()) {
                    byRef.insert(entity.ref, int(entities.size()));
                } else {
                    const EntityRecord& original = entities.at(first.value());
                    snapshot.problems.append(Problem {
                        entity.file, entity.position.line, entity.position.column, Problem::Severity::Error, entity.ref,
                        Tr::tr("Duplicate entity %1: it is already defined at %2:%3:%4 (entity refs are compared "
                               "case-insensitively)")
                            // Relative to the duplicate's folder, so the message reads the same wherever the
                            // catalog lives (the CLI prints paths relative to the working directory too).
                            .arg(entity.ref,
                                 QDir(QFileInfo(entity.file).absolutePath()).relativeFilePath(original.file))
                            .arg(original.position.line)
                            .arg(original.position.column) });
                    entity.hasErrors = true;
                }
            }
            entities.append(std::move(entity));
        }
        file.entities.clear();
        snapshot.problems.append(std::move(file.problems));
    }

    // Own relations first: they are deduplicated already, and a missing target is known as they are numbered.
    RelationKeys keys(entities, byRef);
    QSet<quint64> seen;
    seen.reserve(entities.size() * 6);
    QSet<quint64> missing; // (entity, relation) pairs whose target is not in the catalog
    for (qsizetype index = 0; index < entities.size(); ++index) {
        EntityRecord& entity = entities[index];
        for (qsizetype r = 0; r < entity.relations.size(); ++r) {
            Relation& relation = entity.relations[r];
            const quint32 target = keys.target(relation.targetRef);
            seen.insert(RelationKeys::key(int(index), keys.type(relation.type), target));
            if (!keys.isEntity(target))
                missing.insert((quint64(index) << 32) | quint64(r));
        }
    }

    for (size_t f = 0; f < files.size(); ++f) {
        for (const EntityReference& reference : std::as_const(files[f].references)) {
            const qsizetype index = offsets[f] + reference.entityIndex;
            if (reference.entityIndex < 0 || index >= entities.size()
                || !missing.contains((quint64(index) << 32) | quint64(quint32(reference.relationIndex))))
                continue;
            const EntityRecord& entity = entities.at(index);
            const Relation& relation = entity.relations.at(reference.relationIndex);
            snapshot.problems.append(Problem { entity.file, reference.position.line, reference.position.column,
                                               Problem::Severity::Warning, entity.ref,
                                               Tr::tr("%1 refers to %2 (relation %3), which is not in the catalog")
                                                   .arg(entity.ref, relation.targetRef, relation.type) });
        }
    }

    // Then every edge another entity emitted lands on its source, as Backstage lists relations by source.
    for (CatalogFileResult& file : files) {
        for (ForeignRelation& foreign : file.foreignRelations) {
            const auto source = byRef.constFind(foreign.sourceRef);
            if (source == byRef.cend())
                continue; // Backstage lists relations under existing entities only
            const quint64 key = RelationKeys::key(source.value(), keys.type(foreign.relation.type),
                                                  keys.target(foreign.relation.targetRef));
            if (seen.contains(key))
                continue;
            seen.insert(key);
            entities[source.value()].relations.append(std::move(foreign.relation));
        }
        file.foreignRelations.clear();
    }
    files.clear();

    // Each record is released as soon as it is packed. (Handing the freed memory back to the system during this
    // loop would lower the loading peak by ~60 MB for 100,000 entities, but costs ~100 ms of heap walks.)
    EntityStoreBuilder builder(entities.size(), descriptorBytes);
    for (EntityRecord& entity : entities)
        builder.append(std::move(entity));
    entities.clear();
    snapshot.entities = builder.finish();

    sortProblems(snapshot.problems);
    return snapshot;
}

} // namespace

CatalogSnapshot linkCatalog(std::vector<CatalogFileResult>&& files, Problems loadProblems)
{
    CatalogSnapshot snapshot = link(std::move(files), std::move(loadProblems));
    // The records, the per-file results and the linking tables were allocated on many threads' arenas and are
    // freed now; the packed store is all that is left of them.
    releaseFreedHeapMemory();
    return snapshot;
}

} // namespace Atrium
