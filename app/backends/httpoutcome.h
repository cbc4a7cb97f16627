#pragma once

#include "backends/retrypolicy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace Atrium {

/// What a finished QNetworkReply came to, classified once for every caller (clients, the outbox sender, the CLI):
/// whether the backend answered, whether the request may have reached it, and a message a person can read.
struct HttpOutcome {
    Q_DECLARE_TR_FUNCTIONS(Atrium::HttpOutcome)
public:
    enum class Kind {
        Response, ///< the backend answered with a status code (any: check ok())
        NotSent, ///< refused, no route, DNS, TLS handshake, connect timeout: it never reached the backend
        BrokenAfterSending, ///< sent, then the connection broke or went quiet: the backend may have acted on it
        Cancelled, ///< aborted by us (the user cancelled, the app is closing)
    };
    Kind kind = Kind::NotSent;
    int status = 0; ///< HTTP status when kind is Response
    QByteArray body; ///< the response body as received
    QByteArray retryAfter; ///< the Retry-After header, if any
    QUrl url; ///< the URL asked for
    /// Readable, names the URL: "http://…: connection refused", "HTTP 401 Unauthorized: Invalid token
    /// (AuthenticationError)". Empty when ok().
    QString message;

    bool ok() const { return kind == Kind::Response && status >= 200 && status < 300; }
    /// The body as JSON; nothing (and @p error set) when it is not valid JSON, e.g. cut short.
    std::optional<QJsonDocument> json(QString* error = nullptr) const;

    /// Classifies @p reply, which must have finished. Reads its body.
    static HttpOutcome fromReply(QNetworkReply* reply);
    /// For the retry policy.
    AttemptOutcome attemptOutcome() const;

    /// The message of an error response: Backstage's `{error: {name, message}, response: {statusCode}}` shape, a
    /// plain `{message}` or `{error: "…"}`, else the start of a text body, else the status phrase.
    static QString describeErrorResponse(int status, const QByteArray& body);
};

} // namespace Atrium
