#pragma once

#include "backends/outboxentry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atrium {

struct BackstageBackend;
struct HttpEndpoint;
class TemplateValue;

/// What a submission is made of: the wizard's answers, the template they answer and the files it generated.
struct SubmissionInput {
    struct File {
        QString path;
        QByteArray content;
    };
    QJsonObject parameters; ///< the answers, without secret fields
    QString templateRef; ///< e.g. template:default/web-app
    QString templateTitle;
    QString templateName;
    QList<File> files;
};

/// Turns a submission into the outbox entry that sends it: rendered, checked, and without a single secret (the
/// sender adds those when it sends). Pure: nothing is written or sent here.
class EndpointRequest {
    Q_DECLARE_TR_FUNCTIONS(Atrium::EndpointRequest)
public:
    /// What an endpoint's body template sees: `parameters`, `template` ({ref, title, name}), `files` ([{path,
    /// content, binary}], content in base64 when binary is true) and `endpoint` ({name, title}).
    static TemplateValue context(const HttpEndpoint& endpoint, const SubmissionInput& input);

    /// The body of @p endpoint rendered for @p input: valid JSON text, or nothing with @p error naming the endpoint,
    /// its line in @p configFile and where the template or the JSON went wrong.
    static std::optional<QByteArray> renderBody(const HttpEndpoint& endpoint, const SubmissionInput& input,
                                                QString* error,
                                                const QString& configFile = QStringLiteral("atrium.yaml"));

    /// A queued HttpRequest entry for @p endpoint: url, method, rendered payload, an idempotency key when the
    /// endpoint accepts one, secretNames {"token"} when it needs a token.
    static std::optional<OutboxEntry> forEndpoint(const HttpEndpoint& endpoint, const SubmissionInput& input,
                                                  QString* error,
                                                  const QString& configFile = QStringLiteral("atrium.yaml"));

    /// A queued ScaffolderTask entry: POST {url}/api/scaffolder/v2/tasks with {templateRef, values}. @p secretNames
    /// names the secret fields the sender must add from memory as `secrets`; their values are never stored.
    static OutboxEntry forScaffolderTask(const BackstageBackend& backend, const QString& templateRef,
                                         const QJsonObject& values, const QStringList& secretNames = {},
                                         const QString& title = {});

    /// The URL of Backstage's scaffolder task API under @p baseUrl (which may end in a slash or a path).
    static QUrl scaffolderTasksUrl(const QUrl& baseUrl);
};

} // namespace Atrium
