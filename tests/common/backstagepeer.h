#pragma once

// A real Backstage backend (tests/integration/backstage/index.js: catalog + scaffolder, sqlite in memory, the fixtures'
// catalog and templates from its app-config.yaml) as a test peer, and its scaffolder's dry-run as the oracle of
// template runs. Shared by tst_scaffolderdryrun, bench_render, tst_backstageclient and tst_clibackstage; each includes
// it once. Everything here waits with a deadline: a peer that does not answer fails the test, never hangs it.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <signal.h>
#include <unistd.h>

namespace BackstagePeer {

/// The entities the fixtures of app-config.yaml define (fixtures/), as `kind:name` in lower case, sorted; counted
/// from the files themselves (a `kind:` line starts each document, its first `  name:` line names it), so that a
/// fixture added is a fixture expected. The catalog adds a Location entity per configured location besides these.
inline QStringList fixtureEntities()
{
    QStringList entities;
    QDirIterator it(QStringLiteral(ATRIUM_BACKSTAGE_DIR "/fixtures"), { QStringLiteral("*.yaml") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/skeleton/")))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QString kind;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith("kind: ")) {
                kind = QString::fromUtf8(line.mid(6)).trimmed();
            } else if (line.startsWith("  name: ") && !kind.isEmpty()) {
                entities.append(kind.toLower() + QLatin1Char(':') + QString::fromUtf8(line.mid(8)).trimmed());
                kind.clear();
            }
        }
    }
    entities.sort();
    return entities;
}

/// One file of a dry-run, as the scaffolder's REST API carries it.
struct File {
    QString path;
    QByteArray content;
    bool executable = false;
};

inline QString peerDir()
{
    return QStringLiteral(ATRIUM_BACKSTAGE_DIR);
}

inline QString installHint()
{
    return QStringLiteral("Install the backend with: npm ci --prefix %1 (scripts/test does it)").arg(peerDir());
}

/// The files of a template folder, every one as the scaffolder's dry-run expects them (`directoryContents`): what
/// Backstage's own template editor sends is the whole folder of template.yaml, so that is what we send. Paths are
/// relative with `/`; @p skip names files that belong to the test, not the template.
inline QList<File> readDirectory(const QString& directory, const QStringList& skip = {})
{
    QList<File> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir root(directory);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (skip.contains(relative))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        files.append({ relative, file.readAll(), QFileInfo(path).isExecutable() });
    }
    std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.path < b.path; });
    return files;
}

/// What POST /api/scaffolder/v2/dry-run answered.
struct DryRun {
    int status = 0; ///< HTTP status; 0 when there was no answer
    QJsonObject body;
    QList<File> files; ///< body.directoryContents, decoded, in the order Backstage sent them
    QString error; ///< transport problems (no answer, timeout, not JSON); an HTTP error status is not one
    qint64 elapsedMs = 0;

    /// The log, one message a line, ANSI colours stripped: the scaffolder colours its step headlines.
    QString logText() const
    {
        static const QRegularExpression ansi(QStringLiteral("\x1b\\[[0-9;]*m"));
        QStringList lines;
        for (const QJsonValue& entry : body.value(u"log").toArray())
            lines.append(entry.toObject().value(u"body").toObject().value(u"message").toString().remove(ansi));
        return lines.join(u'\n');
    }
};

/// A running backend. Starting takes about 5 to 15 seconds on a busy 2-core machine; the destructor stops it.
class Backend {
public:
    Backend() = default;
    Backend(const Backend&) = delete;
    Backend& operator=(const Backend&) = delete;
    ~Backend() { stop(); }

    /// Starts the backend and waits until it listens; on failure says why (with the backend's last words). With
    /// @p port, listens there (to restart on the port a client already uses), else on a free one. @p extraConfig is
    /// appended to the test's config (top-level keys, e.g. `catalog:` with other locations; lists replace the
    /// committed app-config's).
    bool start(QString* error, int timeoutMs = 120000, quint16 port = 0, const QString& extraConfig = {})
    {
        const QString node = QStringLiteral(ATRIUM_NODE_EXECUTABLE);
        if (node.isEmpty() || !QFileInfo(node).isExecutable()) {
            *error = u"Node.js was not found when CMake configured this test (apt-get install nodejs, then re-run "
                     u"cmake). "_qs
                + installHint();
            return false;
        }
        for (const char* package : { "@backstage/backend-defaults", "@backstage/plugin-scaffolder-backend",
                                     "@backstage/plugin-catalog-backend", "better-sqlite3" }) {
            if (!QFileInfo::exists(peerDir() + QStringLiteral("/node_modules/") + QLatin1String(package)
                                   + QStringLiteral("/package.json"))) {
                *error = QStringLiteral("%1 is missing from %2/node_modules. ").arg(QLatin1String(package), peerDir())
                    + installHint();
                return false;
            }
        }
        if (!m_dir.isValid()) {
            *error = u"cannot create a temporary folder for the backend's config"_qs;
            return false;
        }
        // A free port chosen here rather than port 0: backend.baseUrl, which the plugins use to find each other,
        // must name the port the backend really listens on.
        if (port != 0) {
            m_port = port;
        } else {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost)) {
                *error = u"no free TCP port on localhost"_qs;
                return false;
            }
            m_port = probe.serverPort();
            probe.close();
        }

        const QString config = m_dir.filePath(QStringLiteral("app-config.yaml"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = u"cannot write "_qs + config;
            return false;
        }
        // Only what differs from the committed app-config.yaml (token, database, catalog): index.js merges the two.
        file.write(QStringLiteral("backend:\n"
                                  "  baseUrl: http://127.0.0.1:%1\n"
                                  "  listen:\n"
                                  "    port: %1\n"
                                  "  workingDirectory: %2\n")
                       .arg(m_port)
                       .arg(m_dir.filePath(QStringLiteral("work")))
                       .toUtf8());
        file.write(extraConfig.toUtf8());
        file.close();
        QDir(m_dir.path()).mkpath(QStringLiteral("work"));

        m_process = std::make_unique<QProcess>();
        m_process->setWorkingDirectory(peerDir());
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        // Backstage logs a line per request; the test reads only stdout, so nothing may fill the stderr pipe.
        m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("backend.log")));
        m_process->start(QStringLiteral(ATRIUM_NODE_EXECUTABLE), { peerDir() + QStringLiteral("/index.js"), config });
        if (!m_process->waitForStarted(10000)) {
            *error = u"node did not start: "_qs + m_process->errorString();
            return false;
        }
        const QDeadlineTimer deadline(timeoutMs);
        QByteArray printed;
        while (!printed.contains("listening on ")) {
            if (deadline.hasExpired() || m_process->state() != QProcess::Running) {
                *error = QStringLiteral("the Backstage backend did not start within %1 s (exit code %2). "
                                        "Its log ends with:\n%3\n%4")
                             .arg(timeoutMs / 1000)
                             .arg(m_process->exitCode())
                             .arg(logTail(), installHint());
                stop();
                return false;
            }
            m_process->waitForReadyRead(int(std::min<qint64>(500, deadline.remainingTime())));
            printed += m_process->readAllStandardOutput();
        }
        return true;
    }

    void stop()
    {
        if (!m_process)
            return;
        // backend.js exits when its stdin closes; kill it if it does not.
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }

    /// A request to the backend with the static token; the status (0: no answer within @p timeoutMs) and the body.
    std::pair<int, QByteArray> request(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                                       int timeoutMs = 30000)
    {
        QNetworkRequest request(QUrl(baseUrl().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token().toLatin1());
        request.setTransferTimeout(timeoutMs);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, verb, body));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        if (!reply->isFinished()) {
            reply->abort();
            return { 0, {} };
        }
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    }

    /// Waits until the catalog lists every fixture entity: it ingests them a few seconds after the backend starts.
    bool waitForCatalog(QString* error, int timeoutMs = 90000)
    {
        const QStringList expected = fixtureEntities();
        const QDeadlineTimer deadline(timeoutMs);
        QStringList listed;
        while (!deadline.hasExpired()) {
            const auto [status, body] = request("GET", QStringLiteral("/api/catalog/entities/by-query?limit=1000"));
            listed.clear();
            for (const QJsonValue& item : QJsonDocument::fromJson(body).object().value(u"items").toArray()) {
                const QString kind = item[u"kind"].toString();
                if (kind != u"Location")
                    listed.append(kind.toLower() + QLatin1Char(':') + item[u"metadata"][u"name"].toString());
            }
            listed.sort();
            if (status == 200 && listed == expected)
                return true;
            QEventLoop wait;
            QTimer::singleShot(500, &wait, &QEventLoop::quit);
            wait.exec();
        }
        *error = QStringLiteral("the catalog did not list the fixtures within %1 s: expected %2, listed %3. The "
                                "backend's log ends with:\n%4")
                     .arg(timeoutMs / 1000)
                     .arg(expected.join(u", "), listed.join(u", "), logTail());
        return false;
    }

    /// Kills the backend at once (SIGKILL), as a crash or a power cut would: no connection is closed cleanly.
    void kill()
    {
        if (!m_process)
            return;
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10000);
        m_process.reset();
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    QString logTail(int lines = 40) const
    {
        QFile log(m_dir.filePath(QStringLiteral("backend.log")));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        const QStringList all = QString::fromUtf8(log.readAll()).split(u'\n');
        return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
    }

    /// CPU time the backend process has used so far (all its threads), in milliseconds; -1 when unknown. Read from
    /// /proc: on a shared machine the wall time of a request also measures the neighbours.
    double cpuMs() const
    {
        if (!m_process)
            return -1;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process->processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the
        // 12th and 13th of them, in clock ticks.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return -1;
        return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }

    /// The static token of app-config.yaml.
    static QString token() { return QStringLiteral("atrium-test-token-8d1f0c"); }

    /// @p file as JSON text, read as Backstage reads template.yaml (yaml-to-json.js): the keys keep the order they
    /// are written in, which a QJsonObject would sort, and catalog:write, for one, writes them in that order.
    /// With @p steps ≥ 0, only the first @p steps of spec.steps are kept.
    static QByteArray templateJson(const QString& file, QString* error, int steps = -1)
    {
        QStringList arguments { peerDir() + QStringLiteral("/yaml-to-json.js"), file };
        if (steps >= 0)
            arguments.append(QString::number(steps));
        QProcess process;
        process.start(QStringLiteral(ATRIUM_NODE_EXECUTABLE), arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            process.kill();
            *error = QStringLiteral("yaml-to-json.js failed on %1: %2")
                         .arg(file, QString::fromUtf8(process.readAllStandardError()));
            return {};
        }
        return process.readAllStandardOutput();
    }

    /// POST /api/scaffolder/v2/dry-run with @p templateJson (JSON text, see templateJson()) and @p files as the
    /// template's folder (`template.yaml` at its root).
    DryRun dryRun(const QByteArray& templateJson, const QJsonObject& values, const QJsonObject& secrets,
                  const QList<File>& files, int timeoutMs = 120000)
    {
        QJsonArray contents;
        for (const File& file : files) {
            contents.append(QJsonObject { { u"path"_qs, file.path },
                                          { u"base64Content"_qs, QString::fromLatin1(file.content.toBase64()) },
                                          { u"executable"_qs, file.executable } });
        }
        const QJsonObject rest { { u"values"_qs, values },
                                 { u"secrets"_qs, secrets },
                                 { u"directoryContents"_qs, contents } };
        // Spliced in as text, so that the template's keys keep their order.
        QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Compact);
        body.insert(1, "\"template\":" + templateJson + ',');

        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/scaffolder/v2/dry-run").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token().toLatin1());
        request.setTransferTimeout(timeoutMs);

        DryRun result;
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        result.elapsedMs = timer.elapsed();
        if (!reply->isFinished()) {
            reply->abort();
            result.error = QStringLiteral("no answer from the backend's dry-run within %1 s").arg(timeoutMs / 1000);
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
        if (result.status == 0 || !document.isObject()) {
            result.error = QStringLiteral("the dry-run answered HTTP %1 (%2): %3")
                               .arg(result.status)
                               .arg(reply->errorString(), QString::fromUtf8(answer.left(2000)));
            return result;
        }
        result.body = document.object();
        for (const QJsonValue& value : result.body.value(u"directoryContents").toArray()) {
            const QJsonObject file = value.toObject();
            result.files.append({ file.value(u"path").toString(),
                                  QByteArray::fromBase64(file.value(u"base64Content").toString().toLatin1()),
                                  file.value(u"executable").toBool() });
        }
        return result;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
};

} // namespace BackstagePeer
