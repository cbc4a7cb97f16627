#include "backendsconfig.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

constexpr std::array<std::pair<HttpEndpoint::Preset, QStringView>, 3> kPresets { {
    { HttpEndpoint::Preset::None, u"" },
    { HttpEndpoint::Preset::GitHubRepositoryDispatch, u"github-repository-dispatch" },
    { HttpEndpoint::Preset::GitLabPipelineTrigger, u"gitlab-pipeline-trigger" },
} };

const QSet<QString>& backstageKeys()
{
    static const QSet<QString> keys { u"name"_s,           u"type"_s,    u"url"_s,
                                      u"token"_s,          u"caFile"_s,  u"timeoutSeconds"_s,
                                      u"refreshMinutes"_s, u"catalog"_s, u"templates"_s };
    return keys;
}

const QSet<QString>& httpKeys()
{
    static const QSet<QString> keys {
        u"name"_s,
        u"type"_s,
        u"title"_s,
        u"preset"_s,
        u"url"_s,
        u"method"_s,
        u"headers"_s,
        u"token"_s,
        u"tokenHeader"_s,
        u"tokenField"_s,
        u"body"_s,
        u"idempotencyKeyHeader"_s,
        u"caFile"_s,
        u"timeoutSeconds"_s,
        // presets
        u"repository"_s,
        u"eventType"_s,
        u"apiUrl"_s,
        u"gitlabUrl"_s,
        u"project"_s,
        u"ref"_s,
    };
    return keys;
}

class Reader {
public:
    using T = BackendsConfigReader;

    Reader(const QString& file, const QString& root, const T::PositionOf& positionOf)
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
    void error(const QStringList& path, const QString& message) { problem(path, Problem::Severity::Error, message); }

    QString absolute(const QString& path) const { return QDir::cleanPath(QDir(m_root).absoluteFilePath(path)); }

    QUrl httpUrl(const QJsonObject& object, const QString& key, const QStringList& path, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                error(path, T::tr("%1 is missing: the backend's http or https URL").arg(key));
            return {};
        }
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty()) {
            error(path + QStringList { key },
                  T::tr("%1 is not an http or https URL").arg(value.toVariant().toString()));
            return {};
        }
        return url;
    }

    int positive(const QJsonObject& object, const QString& key, int fallback, const QStringList& path,
                 bool zeroAllowed = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != double(int(number)) || number < (zeroAllowed ? 0 : 1)) {
            error(path + QStringList { key },
                  zeroAllowed ? T::tr("%1 must be a whole number, 0 or more").arg(key)
                              : T::tr("%1 must be a whole number, 1 or more").arg(key));
            return fallback;
        }
        return int(number);
    }

    bool boolean(const QJsonObject& object, const QString& key, bool fallback, const QStringList& path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            error(path + QStringList { key }, T::tr("%1 must be true or false").arg(key));
            return fallback;
        }
        return value.toBool();
    }

    QString string(const QJsonObject& object, const QString& key, const QStringList& path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            error(path + QStringList { key }, T::tr("%1 must be a string").arg(key));
            return {};
        }
        return value.toString();
    }

    SecretReference token(const QJsonObject& object, const QStringList& path)
    {
        SecretReference reference;
        const QJsonValue token = object.value(u"token"_s);
        const QStringList tokenPath = path + QStringList { u"token"_s };
        if (token.isUndefined())
            return reference;
        if (token.isString()) {
            // A secret in a checked-in file is a leak waiting to happen: refuse it outright.
            error(tokenPath, T::tr("Tokens are never written in atrium.yaml: use {env: VARIABLE} or {keychain: NAME}"));
        } else if (token.isObject()) {
            reference.environmentVariable = token.toObject().value(u"env"_s).toString();
            reference.keychainKey = token.toObject().value(u"keychain"_s).toString();
            if (!reference.isSet())
                error(tokenPath, T::tr("token must name where it comes from: {env: VARIABLE} or {keychain: NAME}"));
        } else {
            error(tokenPath, T::tr("token must be {env: VARIABLE} or {keychain: NAME}"));
        }
        return reference;
    }

    void unknownKeys(const QJsonObject& object, const QSet<QString>& known, const QStringList& path)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                problem(path + QStringList { it.key() }, Problem::Severity::Warning,
                        T::tr("Unknown key %1 in a backend; it is ignored").arg(it.key()));
        }
    }

    void readBackstage(const QJsonObject& object, const QString& name, const QStringList& path)
    {
        unknownKeys(object, backstageKeys(), path);
        BackstageBackend backend;
        backend.name = name;
        backend.position = at(path);
        backend.url = httpUrl(object, u"url"_s, path, true);
        backend.token = token(object, path);
        if (object.contains(u"caFile"_s))
            backend.caFile = absolute(string(object, u"caFile"_s, path));
        backend.timeoutSeconds = positive(object, u"timeoutSeconds"_s, backend.timeoutSeconds, path);
        backend.refreshMinutes = positive(object, u"refreshMinutes"_s, backend.refreshMinutes, path, true);
        backend.catalog = boolean(object, u"catalog"_s, backend.catalog, path);
        backend.templates = boolean(object, u"templates"_s, backend.templates, path);
        if (backend.url.isValid())
            m_config.backstage.append(backend);
    }

    /// A preset fills in what its service always needs; whatever the entry writes itself wins.
    void applyPreset(HttpEndpoint& endpoint, const QJsonObject& object, const QStringList& path)
    {
        switch (endpoint.preset) {
        case HttpEndpoint::Preset::None:
            return;
        case HttpEndpoint::Preset::GitHubRepositoryDispatch: {
            static const QRegularExpression repository(u"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"_s);
            const QString name = string(object, u"repository"_s, path);
            if (!object.contains(u"url"_s)) {
                if (!repository.match(name).hasMatch()) {
                    error(path + QStringList { u"repository"_s },
                          name.isEmpty() ? T::tr("The github-repository-dispatch preset needs repository: OWNER/NAME")
                                         : T::tr("repository must be OWNER/NAME, found %1").arg(name));
                } else {
                    QString api = string(object, u"apiUrl"_s, path);
                    if (api.isEmpty())
                        api = u"https://api.github.com"_s;
                    endpoint.url = QUrl(api + u"/repos/"_s + name + u"/dispatches"_s);
                }
            }
            endpoint.headers
                = { { "Accept", "application/vnd.github+json" }, { "X-GitHub-Api-Version", "2022-11-28" } };
            const QString eventType
                = object.contains(u"eventType"_s) ? string(object, u"eventType"_s, path) : u"atrium-request"_s;
            // GitHub allows at most 10 top-level properties in client_payload.
            endpoint.body = u"{\"event_type\": "_s + quoted(eventType)
                + u", \"client_payload\": {\"template\": {{ template.ref | dump }}, "
                  u"\"parameters\": {{ parameters | dump }}}}"_s;
            return;
        }
        case HttpEndpoint::Preset::GitLabPipelineTrigger: {
            const QString project = object.value(u"project"_s).toVariant().toString();
            if (!object.contains(u"url"_s)) {
                if (project.isEmpty()) {
                    error(path, T::tr("The gitlab-pipeline-trigger preset needs project: an id or GROUP/NAME"));
                } else {
                    QString gitlab = string(object, u"gitlabUrl"_s, path);
                    if (gitlab.isEmpty())
                        gitlab = u"https://gitlab.com"_s;
                    endpoint.url
                        = QUrl(gitlab + u"/api/v4/projects/"_s + QString::fromLatin1(QUrl::toPercentEncoding(project))
                                   + u"/trigger/pipeline"_s,
                               QUrl::StrictMode);
                }
            }
            // The trigger token is a body field, added when sent (never stored in the outbox).
            endpoint.tokenField = u"token"_s;
            const QString ref = object.contains(u"ref"_s) ? string(object, u"ref"_s, path) : u"main"_s;
            // Pipeline variables are strings: the answers travel as one JSON text.
            endpoint.body = u"{\"ref\": "_s + quoted(ref)
                + u", \"variables\": {\"ATRIUM_TEMPLATE\": {{ template.ref | dump }}, "
                  u"\"ATRIUM_PARAMETERS\": {{ parameters | dump | dump }}}}"_s;
            return;
        }
        }
    }

    static QString quoted(const QString& text)
    {
        const QByteArray json = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }

    void readHttp(const QJsonObject& object, const QString& name, const QStringList& path)
    {
        unknownKeys(object, httpKeys(), path);
        HttpEndpoint endpoint;
        endpoint.name = name;
        endpoint.title = object.contains(u"title"_s) ? string(object, u"title"_s, path) : name;
        endpoint.position = at(path);
        const QString preset = string(object, u"preset"_s, path);
        bool knownPreset = false;
        for (const auto& [value, presetName] : kPresets) {
            if (presetName == preset) {
                endpoint.preset = value;
                knownPreset = true;
            }
        }
        if (!knownPreset)
            error(
                path + QStringList { u"preset"_s },
                T::tr("Unknown preset %1; expected github-repository-dispatch or gitlab-pipeline-trigger").arg(preset));
        endpoint.body = T::defaultBody();
        applyPreset(endpoint, object, path);

        if (object.contains(u"url"_s) || endpoint.preset == HttpEndpoint::Preset::None)
            endpoint.url = httpUrl(object, u"url"_s, path, true);
        if (object.contains(u"method"_s)) {
            static const QSet<QString> methods { u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"GET"_s };
            const QString method = string(object, u"method"_s, path).toUpper();
            if (methods.contains(method))
                endpoint.method = method.toLatin1();
            else
                error(path + QStringList { u"method"_s },
                      T::tr("method must be POST, PUT, PATCH, DELETE or GET, found %1").arg(method));
        }
        const QJsonValue headers = object.value(u"headers"_s);
        if (headers.isObject()) {
            const QJsonObject map = headers.toObject();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                if (!it.value().isString() && !it.value().isDouble()) {
                    error(path + QStringList { u"headers"_s, it.key() },
                          T::tr("The value of header %1 must be a string").arg(it.key()));
                    continue;
                }
                if (it.key().compare(u"authorization"_s, Qt::CaseInsensitive) == 0) {
                    error(path + QStringList { u"headers"_s, it.key() },
                          T::tr("Tokens are never written in atrium.yaml: set token: {env: VARIABLE} instead of an "
                                "Authorization header"));
                    continue;
                }
                endpoint.headers.append({ it.key().toLatin1(), it.value().toVariant().toString().toUtf8() });
            }
        } else if (!headers.isUndefined()) {
            error(path + QStringList { u"headers"_s }, T::tr("headers must be a mapping of names to values"));
        }
        endpoint.token = token(object, path);
        if (object.contains(u"tokenHeader"_s))
            endpoint.tokenHeader = string(object, u"tokenHeader"_s, path).toLatin1();
        if (object.contains(u"tokenField"_s))
            endpoint.tokenField = string(object, u"tokenField"_s, path);
        if (object.contains(u"body"_s))
            endpoint.body = string(object, u"body"_s, path);
        endpoint.idempotencyKeyHeader = string(object, u"idempotencyKeyHeader"_s, path).toLatin1();
        if (object.contains(u"caFile"_s))
            endpoint.caFile = absolute(string(object, u"caFile"_s, path));
        endpoint.timeoutSeconds = positive(object, u"timeoutSeconds"_s, endpoint.timeoutSeconds, path);
        if (endpoint.url.isValid())
            m_config.endpoints.append(endpoint);
    }

    BackendsConfig read(const QJsonArray& backends)
    {
        static const QRegularExpression validName(u"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"_s);
        QSet<QString> names;
        for (qsizetype i = 0; i < backends.size(); ++i) {
            const QStringList path { u"backends"_s, QString::number(i) };
            const QJsonObject object = backends.at(i).toObject();
            const QString name = object.value(u"name"_s).toString();
            if (name.isEmpty()) {
                error(path, T::tr("A backend needs a name"));
                continue;
            }
            if (!validName.match(name).hasMatch()) {
                error(path + QStringList { u"name"_s },
                      T::tr("Backend name %1 must be letters, digits, '.', '_' and '-'").arg(name));
                continue;
            }
            if (names.contains(name)) {
                error(path + QStringList { u"name"_s }, T::tr("Backend %1 is declared twice").arg(name));
                continue;
            }
            names.insert(name);
            // Without a type, a backend is a Backstage one: the first format of this file had no types.
            const QString type = object.value(u"type"_s).toString(u"backstage"_s);
            if (type == u"backstage"_s)
                readBackstage(object, name, path);
            else if (type == u"http"_s)
                readHttp(object, name, path);
            else
                error(path + QStringList { u"type"_s },
                      T::tr("Unknown backend type %1; expected backstage or http").arg(type));
        }
        return m_config;
    }

private:
    QString m_file;
    QString m_root;
    const T::PositionOf& m_positionOf;
    BackendsConfig m_config;
};

} // namespace

const BackstageBackend* BackendsConfig::backstageNamed(const QString& name) const
{
    for (const BackstageBackend& backend : backstage) {
        if (backend.name == name)
            return &backend;
    }
    return nullptr;
}

const HttpEndpoint* BackendsConfig::endpointNamed(const QString& name) const
{
    for (const HttpEndpoint& endpoint : endpoints) {
        if (endpoint.name == name)
            return &endpoint;
    }
    return nullptr;
}

BackendsConfig BackendsConfigReader::read(const QJsonArray& backends, const QString& configFile,
                                          const QString& rootDirectory, const PositionOf& positionOf)
{
    return Reader(configFile, rootDirectory, positionOf).read(backends);
}

QString BackendsConfigReader::presetName(HttpEndpoint::Preset preset)
{
    for (const auto& [value, name] : kPresets) {
        if (value == preset)
            return name.toString();
    }
    return {};
}

QString BackendsConfigReader::defaultBody()
{
    return u"{\"template\": {{ template.ref | dump }}, \"parameters\": {{ parameters | dump }}, "
           u"\"files\": {{ files | dump }}}"_s;
}

} // namespace Atrium
