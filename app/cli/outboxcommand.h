#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace Atrium {

struct OutboxEntry;

/// `atrium-cli outbox list|retry ID`: what the outbox holds and the user's decision to send an entry again.
class OutboxCommand {
    Q_DECLARE_TR_FUNCTIONS(Atrium::OutboxCommand)
public:
    OutboxCommand(QTextStream& out, QTextStream& err);

    /// @p arguments are those after `outbox`.
    int run(const QStringList& arguments);

    static QString usage();

    /// --outbox DIR, shared by the request and outbox commands.
    static QCommandLineOption directoryOption();
    /// The outbox folder: --outbox, else $ATRIUM_OUTBOX_DIR, else the app's (Outbox::defaultDirectory()).
    static QString directory(const QCommandLineParser& parser);

    /// One entry as `--format json` prints it: what a script needs, never the payload's secrets (there are none).
    static QJsonObject summary(const OutboxEntry& entry);

private:
    int list(const QStringList& arguments);
    int retry(const QStringList& arguments);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace Atrium
