#include "environmentsconfig.h"

#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <array>
#include <utility>

namespace Atrium {

namespace {

constexpr std::array<std::pair<EnvironmentSource::Type, QStringView>, 5> kTypes { {
    { EnvironmentSource::Type::ArgoCd, u"argocd" },
    { EnvironmentSource::Type::Kubernetes, u"kubernetes" },
    { EnvironmentSource::Type::TerraformState, u"terraform-state" },
    { EnvironmentSource::Type::StatusEndpoint, u"status-endpoint" },
    { EnvironmentSource::Type::Health, u"health" },
} };

const QSet<QString>& knownSourceKeys()
{
    static const QSet<QString> keys { QStringLiteral("type"),          QStringLiteral("url"),
                                      QStringLiteral("path"),          QStringLiteral("namespaces"),
                                      QStringLiteral("project"),       QStringLiteral("token"),
                                      QStringLiteral("caFile"),        QStringLiteral("timeoutMs"),
                                      QStringLiteral("refreshSeconds") };
    return keys;
}

class Reader {
public:
    Reader(const QString& file, const QString& root, const EnvironmentsConfigReader::PositionOf& positionOf)
        : m_file(file)
        , m_root(root)
        , m_positionOf(positionOf)
    {
    }

    SourcePosition at(const QStringList& path) const { return m_positionOf ? m_positionOf(path) : SourcePosition(); }

    void problem(const QStringList& path, Problem::Severity severity, const QString& message)
    {
        const SourcePosition position = at(path);
        m_config.problems.append(Problem { m_file, position.line, position.column, severity, QString(), message });
    }

    QString absolute(const QString& path) const { return QDir::cleanPath(QDir(m_root).absoluteFilePath(path)); }

    bool isHttpUrl(const QString& text) const
    {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            && !url.host().isEmpty();
    }

    EnvironmentSource source(const QJsonObject& object, const QStringList& path)
    {
        using T = EnvironmentsConfigReader;
        EnvironmentSource source;
        source.position = at(path);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!knownSourceKeys().contains(it.key()))
                problem(path + QStringList { it.key() }, Problem::Severity::Warning,
                        T::tr("Unknown key %1 in a status source; it is ignored").arg(it.key()));
        }
        const QString type = object.value(QLatin1String("type")).toString();
        bool known = false;
        for (const auto& [value, name] : kTypes) {
            if (name == type) {
                source.type = value;
                known = true;
            }
        }
        if (!known) {
            problem(path + QStringList { QStringLiteral("type") }, Problem::Severity::Error,
                    type.isEmpty() ? T::tr("A status source needs a type: argocd, kubernetes, terraform-state, "
                                           "status-endpoint or health")
                                   : T::tr("Unknown status source type %1; expected argocd, kubernetes, "
                                           "terraform-state, status-endpoint or health")
                                         .arg(type));
            return source;
        }
        source.url = object.value(QLatin1String("url")).toString();
        if (object.contains(QLatin1String("path")))
            source.path = absolute(object.value(QLatin1String("path")).toString());
        if (!source.url.isEmpty() && !isHttpUrl(source.url))
            problem(path + QStringList { QStringLiteral("url") }, Problem::Severity::Error,
                    T::tr("%1 is not an http or https URL").arg(source.url));
        const bool needsUrl
            = source.type == EnvironmentSource::Type::ArgoCd || source.type == EnvironmentSource::Type::Kubernetes;
        const bool urlOrPath = source.type == EnvironmentSource::Type::TerraformState
            || source.type == EnvironmentSource::Type::StatusEndpoint;
        if (needsUrl && source.url.isEmpty())
            problem(path, Problem::Severity::Error, T::tr("%1 sources need a url").arg(type));
        if (urlOrPath && source.url.isEmpty() == source.path.isEmpty())
            problem(path, Problem::Severity::Error, T::tr("%1 sources need either a url or a path").arg(type));
        for (const QJsonValue& ns : object.value(QLatin1String("namespaces")).toArray())
            source.namespaces.append(ns.toString());
        if (source.type == EnvironmentSource::Type::Kubernetes && source.namespaces.isEmpty())
            problem(path, Problem::Severity::Error,
                    T::tr("A kubernetes source needs namespaces: the Deployments are listed per namespace"));
        source.project = object.value(QLatin1String("project")).toString();
        if (object.contains(QLatin1String("caFile")))
            source.caFile = absolute(object.value(QLatin1String("caFile")).toString());
        source.timeoutMs = object.value(QLatin1String("timeoutMs")).toInt(source.timeoutMs);
        source.refreshSeconds = object.value(QLatin1String("refreshSeconds")).toInt(source.refreshSeconds);
        if (source.timeoutMs <= 0 || source.refreshSeconds <= 0)
            problem(path, Problem::Severity::Error, T::tr("timeoutMs and refreshSeconds must be positive"));

        const QJsonValue token = object.value(QLatin1String("token"));
        if (token.isString()) {
            // A secret in a checked-in file is a leak waiting to happen: refuse it outright.
            problem(path + QStringList { QStringLiteral("token") }, Problem::Severity::Error,
                    T::tr("Tokens are never written in atrium.yaml: use {env: VARIABLE} or {keychain: NAME}"));
        } else if (token.isObject()) {
            source.token.environmentVariable = token.toObject().value(QLatin1String("env")).toString();
            source.token.keychainKey = token.toObject().value(QLatin1String("keychain")).toString();
            if (!source.token.isSet())
                problem(path + QStringList { QStringLiteral("token") }, Problem::Severity::Error,
                        T::tr("token must name where it comes from: {env: VARIABLE} or {keychain: NAME}"));
        }
        return source;
    }

    EnvironmentsConfig read(const QJsonArray& environments)
    {
        using T = EnvironmentsConfigReader;
        static const QRegularExpression validName(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
        QSet<QString> names;
        for (qsizetype i = 0; i < environments.size(); ++i) {
            const QStringList path { QStringLiteral("environments"), QString::number(i) };
            const QJsonObject object = environments.at(i).toObject();
            Environment environment;
            environment.position = at(path);
            environment.name = object.value(QLatin1String("name")).toString();
            environment.title = object.value(QLatin1String("title")).toString(environment.name);
            if (environment.name.isEmpty()) {
                problem(path, Problem::Severity::Error, T::tr("An environment needs a name"));
                continue;
            }
            if (!validName.match(environment.name).hasMatch())
                problem(path + QStringList { QStringLiteral("name") }, Problem::Severity::Error,
                        T::tr("Environment name %1 must be lower-case letters, digits and '-' (annotations name "
                              "environments by it)")
                            .arg(environment.name));
            if (names.contains(environment.name)) {
                problem(path + QStringList { QStringLiteral("name") }, Problem::Severity::Error,
                        T::tr("Environment %1 is declared twice").arg(environment.name));
                continue;
            }
            names.insert(environment.name);
            const QJsonValue sources = object.value(QLatin1String("sources"));
            if (!sources.isUndefined() && !sources.isArray())
                problem(path + QStringList { QStringLiteral("sources") }, Problem::Severity::Error,
                        T::tr("sources must be a list"));
            const QJsonArray list = sources.toArray();
            for (qsizetype s = 0; s < list.size(); ++s) {
                const QStringList sourcePath = path + QStringList { QStringLiteral("sources"), QString::number(s) };
                if (!list.at(s).isObject()) {
                    problem(sourcePath, Problem::Severity::Error, T::tr("Each source must be a mapping"));
                    continue;
                }
                environment.sources.append(source(list.at(s).toObject(), sourcePath));
            }
            m_config.environments.append(environment);
        }
        return m_config;
    }

private:
    QString m_file;
    QString m_root;
    const EnvironmentsConfigReader::PositionOf& m_positionOf;
    EnvironmentsConfig m_config;
};

} // namespace

EnvironmentsConfig EnvironmentsConfigReader::read(const QJsonArray& environments, const QString& configFile,
                                                  const QString& rootDirectory, const PositionOf& positionOf)
{
    return Reader(configFile, rootDirectory, positionOf).read(environments);
}

QString EnvironmentsConfigReader::typeName(EnvironmentSource::Type type)
{
    for (const auto& [value, name] : kTypes) {
        if (value == type)
            return name.toString();
    }
    return {};
}

} // namespace Atrium
