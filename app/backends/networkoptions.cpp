#include "backends/networkoptions.h"

#include <QFile>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Atrium {

QSslConfiguration NetworkOptions::sslConfiguration(QString* error) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (caFile.isEmpty())
        return configuration;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the CA bundle %1: %2").arg(caFile, file.errorString());
        return configuration;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("the CA bundle %1 holds no PEM certificate").arg(caFile);
        return configuration;
    }
    // The system's authorities stated explicitly: a configuration given CA certificates of its own stops loading
    // the system's on demand, and the bundle must add to them, not replace them.
    configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
    return configuration;
}

QNetworkRequest NetworkOptions::request(const QUrl& url, const QByteArray& bearerToken) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    request.setRawHeader("Accept", "application/json");
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken);
    if (url.scheme() == u"https"_s)
        request.setSslConfiguration(sslConfiguration());
    return request;
}

void NetworkOptions::watch(QNetworkReply* reply) const
{
    // HttpOutcome tells "never reached the backend" from "may have reached it" by this property.
    reply->setProperty("atriumWatched", true);
    QObject::connect(reply, &QNetworkReply::requestSent, reply,
                     [reply] { reply->setProperty("atriumRequestSent", true); });
    if (connectTimeoutMs <= 0)
        return;
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply] {
        if (reply->isRunning() && !reply->property("atriumRequestSent").toBool()) {
            reply->setProperty("atriumTimedOut", u"connect"_s);
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::requestSent, timer, &QTimer::stop);
    timer->start(connectTimeoutMs);
}

void useSystemProxy()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace Atrium
