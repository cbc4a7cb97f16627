#include "backends/httpoutcome.h"

#include <QJsonObject>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

/// Errors that happen before a request can have been sent.
bool neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

QString networkErrorText(QNetworkReply* reply)
{
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpOutcome::tr("connection refused (is the backend running?)");
    case QNetworkReply::HostNotFoundError:
        return HttpOutcome::tr("host %1 not found").arg(reply->url().host());
    case QNetworkReply::RemoteHostClosedError:
    // Qt's wish to send the request again after the connection closed, refused when the body cannot be rewound
    // (the outbox sender's POSTs without an idempotency key): the same event for the user.
    case QNetworkReply::ContentReSendError:
        return HttpOutcome::tr("the backend closed the connection before answering");
    case QNetworkReply::TooManyRedirectsError:
        return HttpOutcome::tr("too many redirects (a redirect loop?)");
    case QNetworkReply::InsecureRedirectError:
        return HttpOutcome::tr("refused a redirect from https to http");
    case QNetworkReply::SslHandshakeFailedError:
        return HttpOutcome::tr("TLS handshake failed: %1").arg(reply->errorString());
    default:
        return reply->errorString();
    }
}

} // namespace

std::optional<QJsonDocument> HttpOutcome::json(QString* error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = body.isEmpty() ? tr("%1: the answer is empty, expected JSON").arg(url.toDisplayString())
                                    : tr("%1: the answer is not valid JSON (%2 at byte %3 of %4)")
                                          .arg(url.toDisplayString(), parseError.errorString())
                                          .arg(parseError.offset)
                                          .arg(body.size());
        return std::nullopt;
    }
    return document;
}

HttpOutcome HttpOutcome::fromReply(QNetworkReply* reply)
{
    HttpOutcome outcome;
    outcome.url = reply->request().url();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // An aborted reply is closed; reading it would only warn.
    outcome.body = reply->isOpen() ? reply->readAll() : QByteArray();
    outcome.retryAfter = reply->rawHeader("Retry-After");
    const QString where = outcome.url.toDisplayString(QUrl::RemoveUserInfo);

    const bool cancelledByUs = reply->property("atriumCancelled").toBool();
    const QString timedOut = reply->property("atriumTimedOut").toString();
    if (cancelledByUs) {
        outcome.kind = Kind::Cancelled;
        outcome.message = tr("%1: cancelled").arg(where);
        return outcome;
    }
    if (timedOut == u"connect"_s) {
        outcome.kind = Kind::NotSent;
        outcome.message = tr("%1: no connection within the time allowed").arg(where);
        return outcome;
    }
    // A status code means the backend answered, even when Qt also reports an error for it (4xx, 5xx); but a redirect
    // Qt refused to follow (a loop, https → http) carries the 3xx status of the last answer, and is no answer.
    const bool refusedRedirect = reply->error() == QNetworkReply::TooManyRedirectsError
        || reply->error() == QNetworkReply::InsecureRedirectError;
    if (statusAttribute.isValid() && !refusedRedirect && reply->error() != QNetworkReply::OperationCanceledError
        && reply->error() != QNetworkReply::TimeoutError && reply->error() != QNetworkReply::RemoteHostClosedError) {
        outcome.kind = Kind::Response;
        outcome.status = statusAttribute.toInt();
        if (!outcome.ok())
            outcome.message = tr("%1: %2").arg(where, describeErrorResponse(outcome.status, outcome.body));
        return outcome;
    }
    // Only a watched reply (NetworkOptions::watch) knows whether its request went out; an unwatched one that failed
    // may have reached the backend unless the error says it cannot have.
    const bool sent = reply->property("atriumRequestSent").toBool() || !reply->property("atriumWatched").toBool();
    if (neverSent(reply->error()) || (!sent && reply->error() != QNetworkReply::RemoteHostClosedError)) {
        outcome.kind = Kind::NotSent;
        outcome.message = tr("%1: %2").arg(where, networkErrorText(reply));
        return outcome;
    }
    outcome.kind = Kind::BrokenAfterSending;
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        outcome.message = tr("%1: no answer within %2 s after the request was sent")
                              .arg(where)
                              .arg(reply->request().transferTimeout() / 1000);
    else
        outcome.message = tr("%1: %2").arg(where, networkErrorText(reply));
    return outcome;
}

AttemptOutcome HttpOutcome::attemptOutcome() const
{
    AttemptOutcome attempt;
    switch (kind) {
    case Kind::Response:
        attempt.kind = AttemptOutcome::Kind::Response;
        break;
    case Kind::NotSent:
        attempt.kind = AttemptOutcome::Kind::NotSent;
        break;
    case Kind::BrokenAfterSending:
    case Kind::Cancelled:
        attempt.kind = AttemptOutcome::Kind::BrokenAfterSending;
        break;
    }
    attempt.httpStatus = status;
    attempt.retryAfter = retryAfter;
    attempt.error = message;
    return attempt;
}

QString HttpOutcome::describeErrorResponse(int status, const QByteArray& body)
{
    const QString statusText = tr("HTTP %1").arg(status);
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    // Backstage: {error: {name, message, ...}, request: {method, url}, response: {statusCode}}
    const QJsonValue error = object.value(u"error"_s);
    if (error.isObject()) {
        const QJsonObject details = error.toObject();
        const QString name = details.value(u"name"_s).toString();
        const QString message = details.value(u"message"_s).toString();
        if (!message.isEmpty())
            return name.isEmpty() ? tr("%1: %2").arg(statusText, message)
                                  : tr("%1: %2 (%3)").arg(statusText, message, name);
    }
    if (error.isString() && !error.toString().isEmpty())
        return tr("%1: %2").arg(statusText, error.toString());
    const QString message = object.value(u"message"_s).toString();
    if (!message.isEmpty())
        return tr("%1: %2").arg(statusText, message);
    const QString text = QString::fromUtf8(body).simplified();
    if (!text.isEmpty() && !text.startsWith(u'<'))
        return tr("%1: %2").arg(statusText, text.size() > 200 ? text.left(200) + u'…' : text);
    switch (status) {
    case 401:
        return tr("%1: unauthorized (check the token)").arg(statusText);
    case 403:
        return tr("%1: forbidden").arg(statusText);
    case 404:
        return tr("%1: not found").arg(statusText);
    case 429:
        return tr("%1: too many requests").arg(statusText);
    default:
        return status >= 500 ? tr("%1: the backend failed").arg(statusText) : statusText;
    }
}

} // namespace Atrium
