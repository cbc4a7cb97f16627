#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace Atrium {

/// How Atrium talks to one backend: timeouts, TLS and redirects. TLS verification is always on; a custom CA bundle
/// adds to the system's authorities, it never replaces verification. Proxies come from the system (see
/// useSystemProxy()).
struct NetworkOptions {
    Q_DECLARE_TR_FUNCTIONS(Atrium::NetworkOptions)
public:
    /// No connection (TCP and TLS) and request sent within this time: the attempt failed without reaching the
    /// backend.
    int connectTimeoutMs = 10000;
    /// No bytes received for this long once the request went out (QNetworkRequest::setTransferTimeout). An event
    /// stream must send something (Backstage's scaffolder sends events or keeps quiet while a step runs): followers
    /// reconnect after this.
    int transferTimeoutMs = 30000;
    /// A PEM file of extra certificate authorities; "" = the system's only.
    QString caFile;
    int maxRedirects = 5;

    /// The TLS configuration: the system's CAs plus caFile's; peer verification on. When caFile cannot be read or
    /// holds no certificate, @p error says so and the system's configuration is returned.
    QSslConfiguration sslConfiguration(QString* error = nullptr) const;

    /// A request to @p url with these options: timeouts, TLS, redirects followed only within the same scheme
    /// strength (never https → http), `Accept: application/json`, and `Authorization: Bearer` when @p bearerToken is
    /// not empty.
    QNetworkRequest request(const QUrl& url, const QByteArray& bearerToken = {}) const;

    /// Arms the connect timeout on @p reply: aborted (with the property "atriumTimedOut" = "connect") when the
    /// request is not sent within connectTimeoutMs. Call right after QNetworkAccessManager::get/post/...
    void watch(QNetworkReply* reply) const;
};

/// Makes every QNetworkAccessManager of the process use the system's proxy settings (environment variables
/// http_proxy/https_proxy/no_proxy on Linux). Called once by both executables at start.
void useSystemProxy();

} // namespace Atrium
