#pragma once

#include "health.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Atrium {

/// What the environment dashboard shows of one Argo CD Application.
struct ArgoApplicationFacts {
    QString name;
    QString project;
    QMap<QString, QString> labels; ///< for `argocd/app-selector`
    QString destinationServer;
    QString destinationNamespace;
    HealthStatus health; ///< status.health
    QString syncStatus; ///< status.sync.status: Synced, OutOfSync, Unknown
    QString revision; ///< status.sync.revision
    QStringList images; ///< status.summary.images
    /// When it last deployed: the end of the last operation, else the newest history entry's deployedAt.
    QDateTime lastDeployed;
    struct Condition {
        QString type;
        QString message;
    };
    QList<Condition> conditions; ///< status.conditions, e.g. ComparisonError, SyncError
};

struct ArgoApplicationList {
    QList<ArgoApplicationFacts> applications;
    QString error; ///< why the body could not be read (Argo CD's `{error, code, message}` shape included)
};

class ArgoCdApplications {
    Q_DECLARE_TR_FUNCTIONS(Atrium::ArgoCdApplications)
public:
    /// The body of `GET /api/v1/applications` (an ApplicationList), or of a single Application.
    static ArgoApplicationList parse(const QByteArray& body);
};

} // namespace Atrium
