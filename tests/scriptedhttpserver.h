#pragma once

// A scripted HTTP/1.1 server for the tests of everything that sends requests (the outbox sender, atrium-cli request):
// header-only and without Q_OBJECT, so that any test can include it.

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

/// A minimal HTTP/1.1 server: reads each request whole, records it, and does what the script says next.
/// A QTcpServer that, given a certificate, speaks TLS on every connection it accepts.
class TlsCapableServer : public QTcpServer {
public:
    QSslCertificate certificate;
    QSslKey key;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (certificate.isNull()) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->startServerEncryption();
        addPendingConnection(socket);
    }
};

class ScriptedServer : public QObject {
public:
    enum class Action { Respond, Close, Hang };
    struct Answer {
        Action action = Action::Respond;
        int status = 200;
        QByteArray body = "{}";
        QList<QPair<QByteArray, QByteArray>> headers = {};
    };
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< names in lower case
        QByteArray body;
        qint64 atMs = 0;
    };

    QList<Answer> script; ///< consumed in order; when empty, 200 {} (or what route says)
    /// When set and the script is empty, answers each request: a server whose content a test changes between
    /// requests (the environment sources' live tests).
    std::function<Answer(const Request&)> route;
    QList<Request> requests;
    int openConnections = 0;
    int maxOpenConnections = 0;

    ScriptedServer() { m_clock.start(); }

    /// Serves https with @p certificate from the next listen() on.
    void useTls(const QSslCertificate& certificate, const QSslKey& key)
    {
        m_server.certificate = certificate;
        m_server.key = key;
    }

    bool listen(quint16 port = 0)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::accept, Qt::UniqueConnection);
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& path = u"/hook"_s) const
    {
        const QString scheme = m_server.certificate.isNull() ? u"http"_s : u"https"_s;
        return QUrl(u"%1://127.0.0.1:%2%3"_s.arg(scheme).arg(port()).arg(path));
    }

private:
    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            ++openConnections;
            maxOpenConnections = qMax(maxOpenConnections, openConnections);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                --openConnections;
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                Request request;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.path = first.value(1);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                               lines.at(i).mid(colon + 1).trimmed());
                }
                const qsizetype length = request.headers.value("content-length", "0").toLongLong();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                request.body = buffer->mid(headerEnd + 4, length);
                request.atMs = m_clock.elapsed();
                buffer->clear();
                requests.append(request);
                const Answer answer = !script.isEmpty() ? script.takeFirst() : route ? route(request) : Answer();
                switch (answer.action) {
                case Action::Hang:
                    return;
                case Action::Close:
                    socket->disconnectFromHost();
                    return;
                case Action::Respond:
                    break;
                }
                QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Status\r\n"
                    + "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(answer.body.size()) + "\r\n";
                for (const auto& [name, value] : answer.headers)
                    response += name + ": " + value + "\r\n";
                socket->write(response + "\r\n" + answer.body);
                socket->disconnectFromHost();
            });
        }
    }

    TlsCapableServer m_server;
    QElapsedTimer m_clock;
};
