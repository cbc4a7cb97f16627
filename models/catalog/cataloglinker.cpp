#include "cataloglinker.h"

#include "common/heapmemory.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Atrium {

namespace {

/// One number per (source entity, type, target), for deduplication without hashing strings.
quint64 relationKey(quint32 source, quint32 type, quint32 target)
{
    // Sources below 2^24, types below 2^12 and string ids below 2^28 keep the three fields apart.
    return (quint64(source) << 40) | (quint64(type) << 28) | quint64(target);
}

} // namespace

struct CatalogLinker::Private {
    struct OwnRelation {
        quint32 source; // entity index
        quint32 type; // string ids
        quint32 target;
    };
    struct ForeignRelation {
        quint32 sourceRef; // string ids
        quint32 type;
        quint32 target;
    };
    struct Reference {
        quint32 relation; // into ownRelations
        SourcePosition position;
    };

    EntityStoreBuilder builder;
    std::vector<int> entityOfString; // string id of a ref -> the first entity with it, -1 when none
    std::vector<OwnRelation> ownRelations;
    std::vector<ForeignRelation> foreignRelations;
    std::vector<Reference> references;
    Problems problems;
    QStringList files;
    QSet<QString> knownFiles;

    int entityWithRef(quint32 refId) const { return refId < entityOfString.size() ? entityOfString[refId] : -1; }

    void addFilePath(const QString& path)
    {
        if (!knownFiles.contains(path)) {
            knownFiles.insert(path);
            files.append(path);
        }
    }
};

CatalogLinker::CatalogLinker()
    : d(std::make_unique<Private>())
{
}

CatalogLinker::~CatalogLinker() = default;

int CatalogLinker::addRemote(CatalogFileResult&& remote)
{
    const qsizetype before = remote.entities.size();
    remote.entities.removeIf([this](const EntityRecord& entity) {
        return d->entityWithRef(d->builder.intern(entity.ref)) >= 0;
    });
    const int skipped = int(before - remote.entities.size());
    addFile(std::move(remote));
    return skipped;
}

void CatalogLinker::addFile(CatalogFileResult&& file)
{
    d->addFilePath(file.file);
    for (const QString& substituted : std::as_const(file.substitutedFiles))
        d->addFilePath(substituted);

    // Where each entity's own relations start in ownRelations, for the file's references.
    std::vector<quint32> firstRelation;
    firstRelation.reserve(size_t(file.entities.size()));
    for (EntityRecord& entity : file.entities) {
        const int index = int(d->builder.size());
        if (!entity.ref.isEmpty()) {
            const quint32 refId = d->builder.intern(entity.ref);
            const int first = d->entityWithRef(refId);
            if (first < 0) {
                if (d->entityOfString.size() <= refId)
                    d->entityOfString.resize(std::max<size_t>(refId + 1, d->entityOfString.size() * 2), -1);
                d->entityOfString[refId] = index;
            } else {
                const SourcePosition original = d->builder.position(first);
                d->problems.append(Problem {
                    entity.file, entity.position.line, entity.position.column, Problem::Severity::Error, entity.ref,
                    tr("Duplicate entity %1: it is already defined at %2:%3:%4 (entity refs are compared "
                       "case-insensitively)")
                        // Relative to the duplicate's folder, so the message reads the same wherever the
                        // catalog lives (the CLI prints paths relative to the working directory too).
                        .arg(entity.ref,
                             QDir(QFileInfo(entity.file).absolutePath())
                                 .relativeFilePath(d->builder.file(first).toString()))
                        .arg(original.line)
                        .arg(original.column) });
                entity.hasErrors = true;
            }
        }
        firstRelation.push_back(quint32(d->ownRelations.size()));
        // Own relations are deduplicated per entity already (parseCatalogFile).
        for (const Relation& relation : std::as_const(entity.relations)) {
            d->ownRelations.push_back(
                { quint32(index), d->builder.intern(relation.type), d->builder.intern(relation.targetRef) });
        }
        d->builder.appendWithoutRelations(std::move(entity));
    }
    for (const EntityReference& reference : std::as_const(file.references)) {
        if (reference.entityIndex < 0 || size_t(reference.entityIndex) >= firstRelation.size())
            continue;
        d->references.push_back(
            { firstRelation[size_t(reference.entityIndex)] + quint32(reference.relationIndex), reference.position });
    }
    for (const ForeignRelation& foreign : std::as_const(file.foreignRelations)) {
        d->foreignRelations.push_back({ d->builder.intern(foreign.sourceRef), d->builder.intern(foreign.relation.type),
                                        d->builder.intern(foreign.relation.targetRef) });
    }
    d->problems.append(std::move(file.problems));
    file = CatalogFileResult();
}

void CatalogLinker::expectSourceBytes(qint64 bytes)
{
    d->builder.reserveForSourceBytes(bytes);
}

CatalogSnapshot CatalogLinker::finish(Problems loadProblems)
{
    CatalogSnapshot snapshot;
    {
        Private& p = *d;
        // Own relations first: a reference to a target that is not an entity is a warning where it was written.
        QSet<quint64> seen;
        seen.reserve(qsizetype(p.ownRelations.size() + p.foreignRelations.size()));
        for (const Private::OwnRelation& relation : p.ownRelations) {
            seen.insert(relationKey(relation.source, relation.type, relation.target));
            p.builder.addRelation(int(relation.source), relation.type, relation.target);
        }
        for (const Private::Reference& reference : p.references) {
            if (reference.relation >= p.ownRelations.size())
                continue;
            const Private::OwnRelation& relation = p.ownRelations[reference.relation];
            if (p.entityWithRef(relation.target) >= 0)
                continue;
            const QString ref = p.builder.string(p.builder.refId(int(relation.source))).toString();
            p.problems.append(Problem { p.builder.file(int(relation.source)).toString(), reference.position.line,
                                        reference.position.column, Problem::Severity::Warning, ref,
                                        tr("%1 refers to %2 (relation %3), which is not in the catalog")
                                            .arg(ref, p.builder.string(relation.target).toString(),
                                                 p.builder.string(relation.type).toString()) });
        }
        // Then every edge another entity emitted lands on its source, as Backstage lists relations by source.
        for (const Private::ForeignRelation& foreign : p.foreignRelations) {
            const int source = p.entityWithRef(foreign.sourceRef);
            if (source < 0)
                continue; // Backstage lists relations under existing entities only
            const quint64 key = relationKey(quint32(source), foreign.type, foreign.target);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            p.builder.addRelation(source, foreign.type, foreign.target);
        }
        p.ownRelations = {};
        p.foreignRelations = {};
        p.references = {};
        p.entityOfString = {};

        snapshot.entities = p.builder.finish();
        snapshot.problems = std::move(loadProblems);
        snapshot.problems.append(std::move(p.problems));
        snapshot.files = std::move(p.files);
        sortProblems(snapshot.problems);
    }
    d = std::make_unique<Private>();
    // The loading allocated hundreds of MB of short-lived objects on many threads' arenas and freed them; the
    // packed store is all that is left of them.
    releaseFreedHeapMemory();
    return snapshot;
}

CatalogSnapshot linkCatalog(std::vector<CatalogFileResult>&& files, Problems loadProblems)
{
    CatalogLinker linker;
    for (CatalogFileResult& file : files)
        linker.addFile(std::move(file));
    files.clear();
    return linker.finish(std::move(loadProblems));
}

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

} // namespace Atrium
