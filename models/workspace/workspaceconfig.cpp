#include "workspaceconfig.h"

#include "catalog/locationfiles.h"
#include "catalog/yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace Atrium {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Atrium::WorkspaceConfig)
};

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("a mapping");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool pathMatchesSomething(const QString& path)
{
    if (stampOf(path).exists())
        return true;
    return isGlobPattern(path) && !expandGlob(path).files.isEmpty();
}

class ConfigReader {
public:
    ConfigReader(WorkspaceConfig& config, const YamlDocument& document)
        : m_config(config)
        , m_document(document)
    {
    }

    void problem(const QStringList& path, Problem::Severity severity, const QString& message, bool atKey = false)
    {
        const SourcePosition position = m_document.positionOf(path, atKey);
        m_config.problems.append(
            Problem { m_config.configFile, position.line, position.column, severity, QString(), message });
    }

    QString resolve(const QString& target, bool tryBackstageBackend) const
    {
        const QDir root(m_config.rootDirectory);
        const QString direct = QDir::cleanPath(root.absoluteFilePath(target));
        if (!tryBackstageBackend || QDir::isAbsolutePath(target) || pathMatchesSomething(direct))
            return direct;
        // Backstage's backend runs in packages/backend, so its sample config says `../../examples/entities.yaml`.
        const QString fromBackend
            = QDir::cleanPath(QDir(root.filePath(QStringLiteral("packages/backend"))).absoluteFilePath(target));
        return pathMatchesSomething(fromBackend) ? fromBackend : direct;
    }

    /// `locations:` of atrium.yaml: strings or {target, type} mappings.
    QList<WorkspaceLocation> readAtriumLocations(const QJsonValue& section, const QString& sectionName)
    {
        QList<WorkspaceLocation> result;
        if (section.isUndefined() || section.isNull())
            return result;
        if (!section.isObject()) {
            problem(
                { sectionName }, Problem::Severity::Error,
                Tr::tr("%1 must be a mapping with a locations list, found %2").arg(sectionName, jsonTypeName(section)));
            return result;
        }
        const QJsonObject object = section.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.key() != QLatin1String("locations")) {
                problem({ sectionName, it.key() }, Problem::Severity::Warning,
                        Tr::tr("Unknown key %1 in %2; expected: locations").arg(it.key(), sectionName), true);
            }
        }
        const QJsonValue locations = object.value(QLatin1String("locations"));
        if (locations.isUndefined() || locations.isNull())
            return result;
        if (!locations.isArray()) {
            problem({ sectionName, QStringLiteral("locations") }, Problem::Severity::Error,
                    Tr::tr("%1.locations must be a list, found %2").arg(sectionName, jsonTypeName(locations)));
            return result;
        }
        const QJsonArray array = locations.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QStringList path { sectionName, QStringLiteral("locations"), QString::number(i) };
            const QJsonValue item = array.at(i);
            WorkspaceLocation location;
            location.type = QStringLiteral("file");
            location.position = m_document.positionOf(path);
            if (item.isString()) {
                location.target = item.toString();
            } else if (item.isObject()) {
                const QJsonObject entry = item.toObject();
                for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
                    if (it.key() != QLatin1String("target") && it.key() != QLatin1String("type")) {
                        problem(path + QStringList { it.key() }, Problem::Severity::Warning,
                                Tr::tr("Unknown key %1 in a location; expected: target, type").arg(it.key()), true);
                    }
                }
                const QJsonValue type = entry.value(QLatin1String("type"));
                if (type.isString())
                    location.type = type.toString();
                else if (!type.isUndefined())
                    location.type.clear();
                if (location.type != QLatin1String("file") && location.type != QLatin1String("url")) {
                    problem(path + QStringList { QStringLiteral("type") }, Problem::Severity::Error,
                            Tr::tr("Location type must be file or url, found %1")
                                .arg(type.isString() ? type.toString() : jsonTypeName(type)));
                    continue;
                }
                location.target = entry.value(QLatin1String("target")).toString();
                if (!entry.value(QLatin1String("target")).isString()) {
                    problem(path, Problem::Severity::Error, Tr::tr("A location needs a target (a path or glob)"));
                    continue;
                }
            } else {
                problem(path, Problem::Severity::Error,
                        Tr::tr("A location must be a path or a mapping with target and type, found %1")
                            .arg(jsonTypeName(item)));
                continue;
            }
            if (location.target.isEmpty()) {
                problem(path, Problem::Severity::Error, Tr::tr("A location's target must not be empty"));
                continue;
            }
            addLocation(location, path, result, false);
        }
        return result;
    }

    void addLocation(WorkspaceLocation location, const QStringList& path, QList<WorkspaceLocation>& result,
                     bool backstage)
    {
        if (location.type == QLatin1String("url")) {
            problem(path, Problem::Severity::Warning,
                    Tr::tr("Location %1 is remote (type url); remote locations are not followed offline")
                        .arg(location.target));
        } else {
            location.resolved = resolve(location.target, backstage);
        }
        result.append(location);
    }

    QJsonArray readListOfMappings(const QJsonObject& root, const QString& key)
    {
        const QJsonValue value = root.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            problem({ key }, Problem::Severity::Error,
                    Tr::tr("%1 must be a list of mappings, found %2").arg(key, jsonTypeName(value)));
            return {};
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                problem({ key, QString::number(i) }, Problem::Severity::Error,
                        Tr::tr("Each entry of %1 must be a mapping, found %2").arg(key, jsonTypeName(array.at(i))));
            }
        }
        return array;
    }

    QString readString(const QJsonObject& root, const QStringList& path)
    {
        QJsonValue value = root;
        for (const QString& step : path)
            value = value.toObject().value(step);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            problem(path, Problem::Severity::Error,
                    Tr::tr("%1 must be a string, found %2").arg(path.join(QLatin1Char('.')), jsonTypeName(value)));
            return {};
        }
        return value.toString();
    }

    void readAtriumYaml(const QJsonObject& root)
    {
        static const QStringList known { QStringLiteral("version"),     QStringLiteral("name"),
                                         QStringLiteral("description"), QStringLiteral("catalog"),
                                         QStringLiteral("templates"),   QStringLiteral("environments"),
                                         QStringLiteral("backends") };
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                problem({ it.key() }, Problem::Severity::Warning,
                        Tr::tr("Unknown key %1; expected one of: %2").arg(it.key(), known.join(QStringLiteral(", "))),
                        true);
            }
        }
        const QJsonValue version = root.value(QLatin1String("version"));
        if (!version.isUndefined() && !(version.isDouble() && version.toDouble() == 1.0)) {
            problem({ QStringLiteral("version") }, Problem::Severity::Error,
                    Tr::tr("Unsupported workspace format version %1; this Atrium reads version 1")
                        .arg(version.isDouble() ? QString::number(version.toDouble()) : jsonTypeName(version)));
        }
        const QString name = readString(root, { QStringLiteral("name") });
        if (!name.isEmpty())
            m_config.name = name;
        m_config.description = readString(root, { QStringLiteral("description") });
        m_config.catalogLocations
            = readAtriumLocations(root.value(QLatin1String("catalog")), QStringLiteral("catalog"));
        m_config.templateLocations
            = readAtriumLocations(root.value(QLatin1String("templates")), QStringLiteral("templates"));
        m_config.environments = readListOfMappings(root, QStringLiteral("environments"));
        m_config.backends = readListOfMappings(root, QStringLiteral("backends"));
    }

    void readAppConfig(const QJsonObject& root)
    {
        const QString title = readString(root, { QStringLiteral("app"), QStringLiteral("title") });
        if (!title.isEmpty())
            m_config.name = title;
        const QJsonValue locations = root.value(QLatin1String("catalog")).toObject().value(QLatin1String("locations"));
        if (locations.isUndefined() || locations.isNull())
            return;
        const QStringList listPath { QStringLiteral("catalog"), QStringLiteral("locations") };
        if (!locations.isArray()) {
            problem(listPath, Problem::Severity::Error,
                    Tr::tr("catalog.locations must be a list, found %1").arg(jsonTypeName(locations)));
            return;
        }
        const QJsonArray array = locations.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QStringList path = listPath + QStringList { QString::number(i) };
            const QJsonObject entry = array.at(i).toObject();
            const QString type = entry.value(QLatin1String("type")).toString();
            const QString target = entry.value(QLatin1String("target")).toString();
            if (target.isEmpty()) {
                problem(path, Problem::Severity::Error,
                        Tr::tr("A catalog location needs a type and a target, as in Backstage"));
                continue;
            }
            if (type != QLatin1String("file") && type != QLatin1String("url")) {
                problem(path, Problem::Severity::Warning,
                        Tr::tr("Location type %1 is not supported offline; only file locations are read")
                            .arg(type.isEmpty() ? QStringLiteral("(none)") : type));
                continue;
            }
            addLocation(WorkspaceLocation { type, target, QString(), m_document.positionOf(path) }, path,
                        m_config.catalogLocations, true);
        }
    }

private:
    WorkspaceConfig& m_config;
    const YamlDocument& m_document;
};

bool isAppConfigName(const QString& fileName)
{
    return fileName.startsWith(QLatin1String("app-config"), Qt::CaseInsensitive);
}

WorkspaceConfig folderWorkspace(const QString& directory)
{
    WorkspaceConfig config;
    config.source = WorkspaceConfig::Source::Folder;
    config.rootDirectory = directory;
    config.name = QFileInfo(directory).fileName();
    config.catalogLocations.append(
        WorkspaceLocation { QStringLiteral("file"), QStringLiteral("."), directory, SourcePosition() });
    return config;
}

} // namespace

QList<CatalogRoot> WorkspaceConfig::catalogRoots() const
{
    QList<CatalogRoot> roots;
    for (const QList<WorkspaceLocation>* list : { &catalogLocations, &templateLocations }) {
        for (const WorkspaceLocation& location : *list) {
            if (!location.resolved.isEmpty())
                roots.append(CatalogRoot { location.resolved, configFile, location.position });
        }
    }
    return roots;
}

QStringList WorkspaceConfig::configFiles() const
{
    return configFile.isEmpty() ? QStringList() : QStringList { configFile };
}

SourcePosition WorkspaceConfig::positionOf(const QStringList& path) const
{
    return document ? document->positionOf(path) : SourcePosition();
}

WorkspaceConfig parseWorkspaceConfig(const QString& absolutePath, const QByteArray& bytes)
{
    WorkspaceConfig config;
    config.configFile = absolutePath;
    config.rootDirectory = QFileInfo(absolutePath).absolutePath();
    config.name = QFileInfo(config.rootDirectory).fileName();
    config.source = WorkspaceConfig::Source::AtriumYaml;

    YamlReadResult yaml = readYamlDocuments(bytes, absolutePath);
    config.problems = std::move(yaml.problems);
    if (yaml.documents.empty()) {
        if (config.problems.isEmpty()) {
            config.problems.append(Problem { absolutePath, 1, 1, Problem::Severity::Error, QString(),
                                             Tr::tr("The workspace file is empty; expected a mapping with name and "
                                                    "catalog.locations (see docs/workspace.md)") });
        }
        return config;
    }
    config.document = std::make_shared<const YamlDocument>(yaml.documents.front());
    const YamlDocument& document = *config.document;
    ConfigReader reader(config, document);
    if (yaml.documents.size() > 1) {
        const SourcePosition position = yaml.documents.at(1).start;
        config.problems.append(Problem { absolutePath, position.line, position.column, Problem::Severity::Warning,
                                         QString(), Tr::tr("Only the first document of a workspace file is read") });
    }
    const QJsonObject root = document.value.toObject();
    const bool backstage = isAppConfigName(QFileInfo(absolutePath).fileName()) || root.contains(QLatin1String("app"))
        || root.contains(QLatin1String("backend"));
    if (backstage) {
        config.source = WorkspaceConfig::Source::BackstageAppConfig;
        reader.readAppConfig(root);
    } else {
        reader.readAtriumYaml(root);
    }
    return config;
}

WorkspaceConfig loadWorkspaceConfig(const QString& path)
{
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    QString file = absolute;
    const FileStamp stamp = stampOf(absolute);
    if (stamp.type == FileStamp::Type::Directory) {
        const QDir directory(absolute);
        file.clear();
        for (const QString& candidate : { QStringLiteral("atrium.yaml"), QStringLiteral("app-config.yaml") }) {
            if (stampOf(directory.filePath(candidate)).type == FileStamp::Type::Regular) {
                file = directory.filePath(candidate);
                break;
            }
        }
        if (file.isEmpty())
            return folderWorkspace(absolute);
    }

    WorkspaceConfig failed;
    failed.configFile = file;
    failed.rootDirectory = QFileInfo(file).absolutePath();
    failed.name = QFileInfo(failed.rootDirectory).fileName();
    QString error;
    const FileStamp fileStamp = stampOf(file);
    if (!fileStamp.exists())
        error = Tr::tr("Workspace %1 does not exist").arg(file);
    else if (fileStamp.type != FileStamp::Type::Regular)
        error = Tr::tr("Workspace %1 is not a regular file").arg(file);
    else if (fileStamp.size > kMaxCatalogFileSize)
        error = Tr::tr("Workspace file %1 is larger than %2 MB").arg(file).arg(kMaxCatalogFileSize >> 20);
    QByteArray bytes;
    if (error.isEmpty()) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            error = Tr::tr("Workspace %1 could not be read: %2").arg(file, input.errorString());
        else
            bytes = input.read(kMaxCatalogFileSize);
    }
    if (!error.isEmpty()) {
        failed.problems.append(Problem { file, 0, 0, Problem::Severity::Error, QString(), error });
        return failed;
    }
    return parseWorkspaceConfig(file, bytes);
}

} // namespace Atrium
