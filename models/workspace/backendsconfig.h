#pragma once

#include "catalog/problem.h"
#include "common/secretreference.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace Atrium {

/// A Backstage backend: its catalog is merged into the workspace's, its templates appear in the Create gallery,
/// and the scaffolder runs their tasks (docs/backends.md).
struct BackstageBackend {
    QString name;
    QUrl url; ///< the backend's base URL, e.g. http://localhost:7007
    SecretReference token;
    QString caFile; ///< absolute; "" = the system's certificate authorities
    int timeoutSeconds = 30;
    int refreshMinutes = 15; ///< 0 = on demand only
    bool catalog = true; ///< merge its entities into the catalog
    bool templates = true; ///< offer its templates in the Create gallery
    SourcePosition position;
};

/// An endpoint that runs requests: a webhook, GitHub's repository_dispatch, a GitLab pipeline trigger.
struct HttpEndpoint {
    enum class Preset { None, GitHubRepositoryDispatch, GitLabPipelineTrigger };

    QString name;
    QString title; ///< for people; the name when not given
    Preset preset = Preset::None;
    QUrl url;
    QByteArray method = QByteArrayLiteral("POST");
    QList<QPair<QByteArray, QByteArray>> headers; ///< sent as written, after the presets' own
    SecretReference token;
    /// Where the token goes: a header (Authorization gets "Bearer "), or, when tokenField is set, that top-level
    /// field of the JSON body (GitLab's trigger token). Added when the request is sent, never stored.
    QByteArray tokenHeader = QByteArrayLiteral("Authorization");
    QString tokenField;
    /// A Nunjucks template that renders the JSON body from `parameters` (the answers), `template` ({ref, title,
    /// name}), `files` ([{path, content}], the generated files) and `endpoint` ({name, title}).
    QString body;
    QByteArray idempotencyKeyHeader; ///< "" = the endpoint accepts none
    QString caFile;
    int timeoutSeconds = 30;
    SourcePosition position;
};

struct BackendsConfig {
    QList<BackstageBackend> backstage;
    QList<HttpEndpoint> endpoints;
    Problems problems;

    const BackstageBackend* backstageNamed(const QString& name) const;
    const HttpEndpoint* endpointNamed(const QString& name) const;
};

/// Reads `backends:` of atrium.yaml (kept as JSON by WorkspaceConfig). @p positionOf, when given, places problems
/// at their line (a path like {"backends", "0", "url"}).
class BackendsConfigReader {
    Q_DECLARE_TR_FUNCTIONS(Atrium::BackendsConfigReader)
public:
    using PositionOf = std::function<SourcePosition(const QStringList& path)>;
    static BackendsConfig read(const QJsonArray& backends, const QString& configFile, const QString& rootDirectory,
                               const PositionOf& positionOf = {});

    static QString presetName(HttpEndpoint::Preset preset);
    /// The default body of an endpoint without one: template, parameters and files as JSON.
    static QString defaultBody();
};

} // namespace Atrium
