#pragma once

#include "workspace/backendsconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

class QTextStream;

namespace Atrium {

class Outbox;

/// `atrium-cli request send ENDPOINT --values FILE`: renders an http endpoint's body from answers, writes the request
/// to the outbox and sends it now, retrying as the app would within a bounded time. The entry stays in the outbox
/// whatever happens, so nothing is lost (see `atrium-cli outbox`).
class RequestCommand {
    Q_DECLARE_TR_FUNCTIONS(Atrium::RequestCommand)
public:
    RequestCommand(QTextStream& out, QTextStream& err);

    /// @p arguments are those after `request`.
    int run(const QStringList& arguments);

    static QString usage();

    /// How long and how often one CLI send may try.
    struct Bounds {
        int timeoutSeconds = 60;
        int maxAttempts = 5;
    };
    /// Sends the queued entry @p id of @p outbox (and nothing else of it) to its target in @p backends, retrying
    /// within @p bounds, and prints the outcome. Returns the exit code: 0 when the backend accepted it.
    static int sendAndWait(Outbox& outbox, const BackendsConfig& backends, const QUuid& id, const Bounds& bounds,
                           bool json, QTextStream& out, QTextStream& err);

    /// The `backends:` of the workspace at @p path (a folder or its atrium.yaml); problems are printed to @p err,
    /// and only a workspace that cannot be read gives nothing.
    static std::optional<BackendsConfig> loadBackends(const QString& path, QString* configFile, QTextStream& err);

private:
    int send(const QStringList& arguments);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace Atrium
