#pragma once

#include "dashboard.h"
#include "health.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Atrium {

/// A component's health or version changing in one environment. The first sighting is a change from nothing
/// (hadPrevious false).
struct StatusChange {
    QDateTime at;
    QString entity;
    QString environment;
    Health health = Health::Unknown;
    QString version;
    bool hadPrevious = false;
    Health previousHealth = Health::Unknown;
    QString previousVersion;
    QString message;

    /// A change for the worse that deserves a notification: to degraded or missing, from a known other state.
    bool turnedBad() const;

    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

/// The status changes of a workspace's components over the last seven days, kept in a file of JSON lines (one
/// change per line, appended as they happen), so that a timeline survives restarts. Only current data counts:
/// stale cells are not changes.
class StatusHistory {
    Q_DECLARE_TR_FUNCTIONS(Atrium::StatusHistory)
public:
    static constexpr int keepDays = 7;

    /// Reads @p file (a missing file is an empty history) and drops what is older than seven days before @p now,
    /// rewriting the file when it dropped something. Lines that do not read are skipped and counted in
    /// @p unreadable. False, with why in @p error, when the file exists but cannot be read or rewritten.
    bool load(const QString& file, const QDateTime& now, QString* error = nullptr, int* unreadable = nullptr);

    /// Compares @p dashboard with the last known state of each cell, records what changed, appends it to the file
    /// (when load() was given one) and returns it. When the file cannot be written, @p error says why; the changes
    /// are kept in memory all the same.
    QList<StatusChange> record(const Dashboard& dashboard, QString* error = nullptr);

    /// Every change kept, oldest first.
    const QList<StatusChange>& changes() const { return m_changes; }
    /// The changes of one component (all environments), oldest first.
    QList<StatusChange> timeline(const QString& entity) const;

    static QByteArray toJsonLine(const StatusChange& change);
    static std::optional<StatusChange> fromJsonLine(const QByteArray& line);

private:
    struct Known {
        Health health = Health::Unknown;
        QString version;
    };
    void remember(const StatusChange& change);

    QString m_file;
    QList<StatusChange> m_changes;
    QHash<QString, Known> m_last; ///< by "entity\nenvironment"
};

} // namespace Atrium
