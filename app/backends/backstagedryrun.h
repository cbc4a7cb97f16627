#pragma once

#include "backends/backstageclient.h"
#include "scaffolder/scaffoldrun.h"

#include <QCoreApplication>
#include <QFuture>

namespace Atrium {

class Entity;

/// Previews of a backend's templates through its scaffolder's dry-run (`POST /api/scaffolder/v2/dry-run`), in the
/// form the wizard shows local runs.
class BackstageDryRun {
    Q_DECLARE_TR_FUNCTIONS(Atrium::BackstageDryRun)
public:
    /// The dry-run's answer `{log, directoryContents, output, steps}` as a ScaffoldResult: the files decoded, the log
    /// with each step's messages, each step's fate from the statuses its log events carry, the output's links and
    /// text. A failed call gives a result whose error says why.
    static ScaffoldResult toResult(const BackstageReply<QJsonObject>& reply);

    /// The files of the template's folder when its catalog location is a `file:` URL this machine can read (a
    /// backend on this machine), else none: Backstage's dry-run runs a template over the files it is given.
    static QList<BackstageFile> localTemplateFiles(const QJsonObject& templateEntity);

    /// Runs the dry-run of @p templateEntity for @p request on @p client; the future finishes on the client's thread.
    static QFuture<ScaffoldResult> run(BackstageClient* client, const QJsonObject& templateEntity,
                                       const ScaffoldRequest& request);
};

} // namespace Atrium
