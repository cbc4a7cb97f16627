#pragma once

#include "workspace/backendsconfig.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Atrium {

class BackstageClient;
class Workspace;

/// Keeps the catalogs of a workspace's Backstage backends merged into its catalog: every entity through the
/// backend's catalog API when the workspace opens, on refresh() and every `refreshMinutes`. A backend that cannot be
/// reached keeps the entities it gave last (offline, the workspace still shows them) and says why in its status.
class BackstageCatalogSync : public QObject {
    Q_OBJECT
public:
    struct Status {
        QString backend;
        QUrl url;
        bool loading = false;
        int entities = -1; ///< -1 before the first successful load
        QDateTime refreshedAt; ///< of the last successful load
        QString error; ///< of the last attempt; empty when it worked
    };

    explicit BackstageCatalogSync(Workspace* workspace, QObject* parent = nullptr);
    ~BackstageCatalogSync() override;

    /// Loads every backend's catalog again now.
    void refresh();
    QList<Status> statuses() const;
    bool isLoading() const;
    /// One line for a status bar: "corp: 42 entities at 14:05", or the error.
    static QString describe(const Status& status);

Q_SIGNALS:
    void statusChanged();

private:
    struct Backend {
        BackstageBackend config;
        Status status;
        QTimer* timer = nullptr;
        QPointer<BackstageClient> client;
    };

    void onConfigChanged();
    void load(const QString& name);
    void fetch(const QString& name, const QByteArray& token);
    void fail(const QString& name, const QString& error);

    Workspace* m_workspace;
    QHash<QString, Backend> m_backends; ///< by name
    QStringList m_order; ///< as atrium.yaml lists them
};

} // namespace Atrium
