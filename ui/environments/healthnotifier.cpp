#include "healthnotifier.h"

#include "environmentspage.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace Atrium {

HealthNotifier::HealthNotifier(QObject* parent)
    : QObject(parent)
{
}

void HealthNotifier::setWatched(const QSet<QString>& refs)
{
    m_watched = refs;
}

QSystemTrayIcon* HealthNotifier::tray()
{
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Atrium"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastRef.isEmpty())
                Q_EMIT activated(m_lastRef);
        });
        m_tray->show();
    }
    return m_tray;
}

void HealthNotifier::onStatusChanged(const QList<StatusChange>& changes)
{
    const QSet<QString> watched = m_watched.value_or(EnvironmentsPage::watchedComponents());
    for (const StatusChange& change : changes) {
        if (!change.turnedBad() || !watched.contains(change.entity))
            continue;
        const QString name = change.entity.mid(change.entity.indexOf(u'/') + 1);
        const QString title = change.health == Health::Degraded
            ? tr("%1 is degraded in %2").arg(name, change.environment)
            : tr("%1 is missing in %2").arg(name, change.environment);
        const QString message = change.message.isEmpty()
            ? tr("It was %1 before.").arg(healthWord(change.previousHealth))
            : change.message;
        m_lastRef = change.entity;
        if (QSystemTrayIcon* icon = tray())
            icon->showMessage(title, message, QSystemTrayIcon::Warning);
        Q_EMIT notified(title, message, change.entity);
    }
}

} // namespace Atrium
