#pragma once

#include "environments/statushistory.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace Atrium {

/// Tells the user, with a desktop notification from the system tray, when a watched component turns degraded or
/// missing in an environment. Without a system tray it says nothing but still emits notified(), which the window
/// also shows in its status bar.
class HealthNotifier : public QObject {
    Q_OBJECT
public:
    explicit HealthNotifier(QObject* parent = nullptr);

    /// The components to notify about; by default EnvironmentsPage::watchedComponents() at each change.
    void setWatched(const QSet<QString>& refs);

    /// Notifies the watched components among @p changes that turned degraded or missing.
    void onStatusChanged(const QList<StatusChange>& changes);

Q_SIGNALS:
    void notified(const QString& title, const QString& message, const QString& ref);
    /// The notification about @p ref was clicked.
    void activated(const QString& ref);

private:
    QSystemTrayIcon* tray();

    std::optional<QSet<QString>> m_watched;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastRef;
};

} // namespace Atrium
