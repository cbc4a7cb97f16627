#include "catalogfile.h"

#include "builtinrelations.h"
#include "entityref.h"
#include "entityvalidator.h"
#include "locationfiles.h"
#include "yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Atrium {

namespace {

// lupdate reads the context from here; the strings are in the .ts file under Atrium::CatalogFile.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Atrium::CatalogFile)
};

SourcePosition positionOfOffset(const QByteArray& bytes, qsizetype offset)
{
    SourcePosition position { 1, 1 };
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return position;
}

bool looksLikeUrl(QStringView text)
{
    // `scheme://`, scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) (RFC 3986)
    const qsizetype separator = text.indexOf(QLatin1String("://"));
    if (separator < 1 || !text.front().isLetter() || text.front().unicode() > 127)
        return false;
    for (const QChar c : text.first(separator)) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'+'
            || u == u'-' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

/// Replaces `$text`/`$json`/`$yaml` placeholders as Backstage's PlaceholderProcessor does.
class PlaceholderResolver {
public:
    PlaceholderResolver(const QString& file, const YamlDocument& document, CatalogFileResult& result)
        : m_file(file)
        , m_directory(QFileInfo(file).absolutePath())
        , m_document(document)
        , m_result(result)
    {
    }

    Problems problems;

    /// Returns true when something below @p value was replaced.
    bool resolve(QJsonValue& value, QStringList& path)
    {
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            bool changed = false;
            for (qsizetype i = 0; i < array.size(); ++i) {
                QJsonValue item = array.at(i);
                path.append(QString::number(i));
                if (resolve(item, path)) {
                    array.replace(i, item);
                    changed = true;
                }
                path.removeLast();
            }
            if (changed)
                value = array;
            return changed;
        }
        if (!value.isObject())
            return false;
        QJsonObject object = value.toObject();
        bool hasPlaceholderKey = false;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            hasPlaceholderKey = hasPlaceholderKey || it.key().startsWith(QLatin1Char('$'));
        if (!hasPlaceholderKey) {
            bool changed = false;
            for (auto it = object.begin(); it != object.end(); ++it) {
                QJsonValue child = it.value();
                path.append(it.key());
                if (resolve(child, path)) {
                    it.value() = child;
                    changed = true;
                }
                path.removeLast();
            }
            if (changed)
                value = object;
            return changed;
        }
        // Anything but exactly one `$key` with a string value is left alone, as Backstage does: JSON Schema in a
        // Template has `$ref`, `$schema`… which are not placeholders.
        if (object.size() != 1)
            return false;
        const QString key = object.constBegin().key().mid(1);
        const QJsonValue argument = object.constBegin().value();
        if (!argument.isString()
            || (key != QLatin1String("text") && key != QLatin1String("json") && key != QLatin1String("yaml")))
            return false;
        std::optional<QJsonValue> replacement = substitute(key, argument.toString(), path);
        if (!replacement)
            return false;
        value = *replacement;
        return true;
    }

private:
    void report(const QStringList& path, Problem::Severity severity, const QString& message)
    {
        const SourcePosition position = m_document.positionOf(path);
        problems.append(Problem { m_file, position.line, position.column, severity, QString(), message });
    }

    std::optional<QJsonValue> substitute(const QString& key, const QString& location, const QStringList& path)
    {
        const QString placeholder = QLatin1Char('$') % key;
        if (looksLikeUrl(location)) {
            report(path, Problem::Severity::Warning,
                   Tr::tr("Placeholder %1 names the remote location %2, which is not read offline")
                       .arg(placeholder, location));
            return std::nullopt;
        }
        if (location.isEmpty()) {
            report(path, Problem::Severity::Error,
                   Tr::tr("Placeholder %1 expected a string value parameter, in the form of an absolute URL or a "
                          "relative path")
                       .arg(placeholder));
            return std::nullopt;
        }
        const QString absolute = QDir::cleanPath(QDir(m_directory).absoluteFilePath(location));
        if (!m_result.substitutedFiles.contains(absolute))
            m_result.substitutedFiles.append(absolute);

        const FileStamp stamp = stampOf(absolute);
        QString failure;
        if (!stamp.exists())
            failure = Tr::tr("file %1 does not exist").arg(absolute);
        else if (stamp.type != FileStamp::Type::Regular)
            failure = Tr::tr("%1 is not a regular file").arg(absolute);
        else if (stamp.size > kMaxCatalogFileSize)
            failure = Tr::tr("%1 is larger than the %2 MB limit").arg(absolute).arg(kMaxCatalogFileSize >> 20);
        QByteArray bytes;
        if (failure.isEmpty()) {
            QFile file(absolute);
            if (!file.open(QIODevice::ReadOnly)) {
                failure = file.errorString();
            } else {
                bytes = readBounded(file, stamp.size, kMaxCatalogFileSize);
                if (file.error() != QFileDevice::NoError)
                    failure = file.errorString();
            }
        }
        if (!failure.isEmpty()) {
            report(path, Problem::Severity::Error,
                   Tr::tr("Placeholder %1 could not read location %2, %3").arg(placeholder, location, failure));
            return std::nullopt;
        }

        if (key == QLatin1String("text"))
            return QJsonValue(QString::fromUtf8(bytes));

        if (key == QLatin1String("json")) {
            // JSON.parse accepts any value; QJsonDocument only objects and arrays, hence the wrapping array.
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson('[' + bytes + ']', &error);
            if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
                const int offset = std::max(0, error.offset - 1);
                const QString detail = error.error != QJsonParseError::NoError
                    ? error.errorString() % QStringLiteral(" at offset ") % QString::number(offset)
                    : Tr::tr("expected exactly one value");
                report(path, Problem::Severity::Error,
                       Tr::tr("Placeholder %1 failed to parse JSON data at %2, %3").arg(placeholder, location, detail));
                return std::nullopt;
            }
            return document.array().at(0);
        }

        YamlReadResult yaml = readYamlDocuments(bytes, absolute);
        if (!yaml.problems.isEmpty()) {
            report(path, Problem::Severity::Error,
                   Tr::tr("Placeholder %1 found an error in the data at %2, %3")
                       .arg(placeholder, location, yaml.problems.constFirst().toCompilerStyle()));
            return std::nullopt;
        }
        if (yaml.documents.size() != 1) {
            report(path, Problem::Severity::Error,
                   Tr::tr("Placeholder %1 expected to find exactly one document of data at %2, found %3")
                       .arg(placeholder, location)
                       .arg(yaml.documents.size()));
            return std::nullopt;
        }
        return yaml.documents.front().value;
    }

    const QString& m_file;
    QString m_directory;
    const YamlDocument& m_document;
    CatalogFileResult& m_result;
};

struct StringLeaf {
    QStringList path;
    QString value;
};

void collectStrings(const QJsonValue& value, QStringList& path, QList<StringLeaf>& leaves)
{
    if (value.isString()) {
        leaves.append(StringLeaf { path, value.toString() });
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            path.append(QString::number(i));
            collectStrings(array.at(i), path, leaves);
            path.removeLast();
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            path.append(it.key());
            collectStrings(it.value(), path, leaves);
            path.removeLast();
        }
    }
}

/// Where in the descriptor the reference to @p targetRef was written: the first string under `spec` that
/// parses to it (with the target's kind and the entity's namespace as defaults, as the relation emitter reads).
SourcePosition positionOfReference(const QList<StringLeaf>& leaves, const QString& targetRef,
                                   const QString& entityNamespace, const YamlDocument& document)
{
    const qsizetype colon = targetRef.indexOf(QLatin1Char(':'));
    const qsizetype slash = targetRef.indexOf(QLatin1Char('/'), colon + 1);
    const QStringView kind = QStringView(targetRef).first(std::max<qsizetype>(colon, 0));
    const QStringView name = QStringView(targetRef).sliced(slash + 1);
    for (const StringLeaf& leaf : leaves) {
        if (!leaf.value.endsWith(name, Qt::CaseInsensitive)) // cheap filter before parsing
            continue;
        const auto ref = EntityRef::parse(leaf.value, kind, entityNamespace);
        if (ref && ref->toString() == targetRef)
            return document.positionOf(leaf.path);
    }
    return document.start;
}

void collectLocationTargets(const QString& file, const QJsonObject& data, const QString& ref,
                            const YamlDocument& document, CatalogFileResult& result)
{
    const QJsonObject spec = data.value(QLatin1String("spec")).toObject();
    const QString type = spec.value(QLatin1String("type")).toString(QStringLiteral("file"));
    QList<std::pair<QString, QStringList>> targets;
    const QJsonValue target = spec.value(QLatin1String("target"));
    if (target.isString() && !target.toString().isEmpty())
        targets.append({ target.toString(), { QStringLiteral("spec"), QStringLiteral("target") } });
    const QJsonArray list = spec.value(QLatin1String("targets")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).isString() && !list.at(i).toString().isEmpty()) {
            targets.append(
                { list.at(i).toString(), { QStringLiteral("spec"), QStringLiteral("targets"), QString::number(i) } });
        }
    }
    const QString directory = QFileInfo(file).absolutePath();
    for (const auto& [text, path] : targets) {
        LocationTarget location { type, text, QString(), document.positionOf(path), ref };
        if (type == QLatin1String("file") && !looksLikeUrl(text)) {
            // Backstage joins `./x` to the Location's folder and takes anything else as it is (relative to the
            // backend's working directory); with no backend process, the Location's folder is the only sensible
            // base for both.
            location.resolved = QDir::cleanPath(QDir(directory).absoluteFilePath(text));
        } else {
            result.problems.append(
                Problem { file, location.position.line, location.position.column, Problem::Severity::Warning, ref,
                          Tr::tr("Location target %1 (type %2) is remote; remote locations are not followed offline")
                              .arg(text, type) });
        }
        result.locationTargets.append(location);
    }
}

void appendIssues(const ValidationIssues& issues, const QString& file, const QString& ref, const YamlDocument& document,
                  Problems& problems)
{
    for (const ValidationIssue& issue : issues) {
        const SourcePosition position = document.positionOf(issue.path, issue.atKey);
        problems.append(Problem { file, position.line, position.column, issue.severity, ref, issue.message });
    }
}

QString canonicalRefOf(const QJsonObject& data)
{
    const QJsonValue kind = data.value(QLatin1String("kind"));
    const QJsonObject metadata = data.value(QLatin1String("metadata")).toObject();
    const QJsonValue name = metadata.value(QLatin1String("name"));
    const QJsonValue ns = metadata.value(QLatin1String("namespace"));
    if (!kind.isString() || !name.isString() || kind.toString().isEmpty() || name.toString().isEmpty())
        return {};
    const QString nsText = ns.isString() && !ns.toString().isEmpty() ? ns.toString() : QStringLiteral("default");
    return EntityRef::canonical(kind.toString(), nsText, name.toString());
}

/// Gives @p entity the edges it emitted about itself, each once, and @p result the ones about other entities
/// (`ownerOf` on the owner). @p beforeOwn runs with each own edge's target just before it is appended.
template <typename BeforeOwn>
void takeRelations(EntityRecord& entity, const EmittedRelations& emitted, CatalogFileResult& result,
                   BeforeOwn&& beforeOwn)
{
    QSet<std::pair<QString, QString>> seen;
    for (const auto& edge : emitted.edges) {
        const QString source = edge.sourceRef.toLower();
        const QString target = edge.targetRef.toLower();
        if (source != entity.ref) {
            result.foreignRelations.append(ForeignRelation { source, Relation { edge.type, target } });
            continue;
        }
        if (seen.contains({ edge.type, target }))
            continue;
        seen.insert({ edge.type, target });
        beforeOwn(target);
        entity.relations.append(Relation { edge.type, target });
    }
}

void addEntity(const QString& file, const YamlDocument& document, CatalogFileResult& result,
               QSet<QString>& sharedStrings)
{
    static const QString origin = QStringLiteral("file");

    QJsonValue value = document.value;
    QStringList path;
    PlaceholderResolver placeholders(file, document, result);
    placeholders.resolve(value, path);
    QJsonObject data = value.toObject();

    Problems problems = std::move(placeholders.problems);
    appendIssues(validateEntity(data), file, QString(), document, problems);

    // DefaultNamespaceEntityPolicy runs after the schema checks, so the validator sees the document as written.
    QJsonObject metadata = data.value(QLatin1String("metadata")).toObject();
    if (data.value(QLatin1String("metadata")).isObject() && !metadata.contains(QLatin1String("namespace"))) {
        metadata.insert(QLatin1String("namespace"), QStringLiteral("default"));
        data.insert(QLatin1String("metadata"), metadata);
    }

    EntityRecord entity;
    entity.ref = canonicalRefOf(data);
    entity.file = file;
    entity.position = document.start;
    entity.documentIndex = document.documentIndex;
    entity.origin = origin;

    const EmittedRelations emitted = emitBuiltinRelations(data);
    appendIssues(emitted.issues, file, QString(), document, problems);

    const int entityIndex = int(result.entities.size());
    QList<StringLeaf> leaves;
    bool leavesCollected = false;
    const QString entityNamespace = metadata.value(QLatin1String("namespace")).toString(QStringLiteral("default"));
    takeRelations(entity, emitted, result, [&](const QString& target) {
        if (!leavesCollected) {
            QStringList specPath { QStringLiteral("spec") };
            collectStrings(data.value(QLatin1String("spec")), specPath, leaves);
            leavesCollected = true;
        }
        result.references.append(EntityReference { entityIndex, int(entity.relations.size()),
                                                   positionOfReference(leaves, target, entityNamespace, document) });
    });

    if (data.value(QLatin1String("kind")).toString() == QLatin1String("Location"))
        collectLocationTargets(file, data, entity.ref, document, result);

    for (Problem& problem : problems) {
        problem.entityRef = entity.ref;
        entity.hasErrors = entity.hasErrors || problem.isError();
    }
    result.problems.append(problems);
    entity.setData(data);
    entity.shareStrings(sharedStrings);
    // Every file's results stay allocated until linking: list slack from appending would count 100,000 times.
    entity.relations.squeeze();
    result.entities.append(std::move(entity));
}

} // namespace

CatalogFileResult remoteCatalogFile(const RemoteCatalog& remote)
{
    CatalogFileResult result;
    QSet<QString> sharedStrings;
    for (const QJsonObject& descriptor : remote.entities) {
        QJsonObject data = descriptor;
        data.remove(QLatin1String("relations")); // derived again below, as for files
        QJsonObject metadata = data.value(QLatin1String("metadata")).toObject();
        if (!metadata.contains(QLatin1String("namespace"))) {
            metadata.insert(QLatin1String("namespace"), QStringLiteral("default"));
            data.insert(QLatin1String("metadata"), metadata);
        }
        EntityRecord entity;
        entity.ref = canonicalRefOf(data);
        if (entity.ref.isEmpty()) {
            result.problems.append(
                Problem { remote.label, 0, 0, Problem::Severity::Warning, QString(),
                          Tr::tr("%1 returned an entity without kind or name; it is left out").arg(remote.origin) });
            continue;
        }
        entity.origin = remote.origin;
        takeRelations(entity, emitBuiltinRelations(data), result, [](const QString&) {});
        entity.setData(data);
        entity.shareStrings(sharedStrings);
        entity.relations.squeeze();
        result.entities.append(std::move(entity));
    }
    result.entities.squeeze();
    return result;
}

CatalogFileResult parseCatalogFile(const QString& absolutePath, const QByteArray& bytes)
{
    CatalogFileResult result;
    result.file = absolutePath;
    auto fileProblem = [&](SourcePosition position, const QString& message) {
        result.problems.append(
            Problem { absolutePath, position.line, position.column, Problem::Severity::Error, QString(), message });
    };

    if (bytes.size() > kMaxCatalogFileSize) {
        fileProblem({ 1, 1 },
                    Tr::tr("File is %1 MB, larger than the %2 MB limit for catalog files; it was not read")
                        .arg(bytes.size() >> 20)
                        .arg(kMaxCatalogFileSize >> 20));
        return result;
    }
    // git's heuristic: a NUL byte in the first 8000 bytes means binary.
    const qsizetype nul = bytes.left(8000).indexOf('\0');
    if (nul != -1) {
        fileProblem(
            positionOfOffset(bytes, nul),
            Tr::tr("File looks binary (it contains a NUL byte), not like a YAML catalog file; it was not read"));
        return result;
    }

    // Invalid UTF-8 is reported by the YAML reader, at the first bad byte.
    YamlReadResult yaml = readYamlDocuments(bytes, absolutePath);
    result.problems.append(yaml.problems);
    // Results of all files stay in memory until they are linked: the entities of one file share their repeated
    // strings from the start, not only once the linker sees them.
    QSet<QString> sharedStrings;
    for (const YamlDocument& document : yaml.documents) {
        if (!document.value.isObject())
            continue; // the reader reports non-mapping documents itself
        addEntity(absolutePath, document, result, sharedStrings);
    }
    result.entities.squeeze();
    result.references.squeeze();
    return result;
}

} // namespace Atrium
