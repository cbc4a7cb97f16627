#include "statushistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <tuple>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {
QString key(const QString& entity, const QString& environment)
{
    return entity + u'\n' + environment;
}
} // namespace

bool StatusChange::turnedBad() const
{
    const auto bad = [](Health h) { return h == Health::Degraded || h == Health::Missing; };
    return hadPrevious && bad(health) && !bad(previousHealth);
}

QByteArray StatusHistory::toJsonLine(const StatusChange& change)
{
    QJsonObject object {
        { u"at"_s, change.at.toUTC().toString(Qt::ISODateWithMs) },
        { u"entity"_s, change.entity },
        { u"environment"_s, change.environment },
        { u"health"_s, healthWord(change.health) },
    };
    if (!change.version.isEmpty())
        object.insert(u"version"_s, change.version);
    if (change.hadPrevious) {
        object.insert(u"previousHealth"_s, healthWord(change.previousHealth));
        if (!change.previousVersion.isEmpty())
            object.insert(u"previousVersion"_s, change.previousVersion);
    }
    if (!change.message.isEmpty())
        object.insert(u"message"_s, change.message);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<StatusChange> StatusHistory::fromJsonLine(const QByteArray& line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    StatusChange change;
    change.at = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODateWithMs);
    change.entity = object.value(u"entity"_s).toString();
    change.environment = object.value(u"environment"_s).toString();
    if (!change.at.isValid() || change.entity.isEmpty() || change.environment.isEmpty())
        return std::nullopt;
    change.health = healthFromWord(object.value(u"health"_s).toString());
    change.version = object.value(u"version"_s).toString();
    change.hadPrevious = object.contains(u"previousHealth"_s);
    change.previousHealth = healthFromWord(object.value(u"previousHealth"_s).toString());
    change.previousVersion = object.value(u"previousVersion"_s).toString();
    change.message = object.value(u"message"_s).toString();
    return change;
}

bool StatusHistory::load(const QString& file, const QDateTime& now, QString* error, int* unreadable)
{
    m_file = file;
    m_changes.clear();
    m_last.clear();
    int skipped = 0;
    if (unreadable)
        *unreadable = 0;
    QFile in(file);
    if (!in.exists())
        return true;
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), in.errorString());
        return false;
    }
    const QDateTime oldest = now.addDays(-keepDays);
    bool dropped = false;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        std::optional<StatusChange> change = fromJsonLine(line);
        if (!change) {
            ++skipped;
            continue;
        }
        // The last state is known from every line, old or not: a change a week ago still is the current state.
        m_last.insert(key(change->entity, change->environment), { change->health, change->version });
        if (change->at < oldest) {
            dropped = true;
            continue;
        }
        m_changes.append(*change);
    }
    in.close();
    if (unreadable)
        *unreadable = skipped;
    if (!dropped && skipped == 0)
        return true;
    // Rewrite without what is gone, atomically: a crash midway leaves the old file. The last known states of
    // components whose changes were all dropped are kept as one line each, so they are not "new" on next start.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    QSet<QString> kept;
    for (const StatusChange& change : std::as_const(m_changes))
        kept.insert(key(change.entity, change.environment));
    QList<StatusChange> carried;
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it) {
        if (kept.contains(it.key()))
            continue;
        const qsizetype newline = it.key().indexOf(u'\n');
        StatusChange state;
        state.at = oldest;
        state.entity = it.key().left(newline);
        state.environment = it.key().mid(newline + 1);
        state.health = it->health;
        state.version = it->version;
        carried.append(state);
    }
    std::sort(carried.begin(), carried.end(), [](const StatusChange& a, const StatusChange& b) {
        return std::tie(a.entity, a.environment) < std::tie(b.entity, b.environment);
    });
    m_changes = carried + m_changes;
    for (const StatusChange& change : std::as_const(m_changes))
        out.write(toJsonLine(change));
    if (!out.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
        return false;
    }
    return true;
}

void StatusHistory::remember(const StatusChange& change)
{
    m_last.insert(key(change.entity, change.environment), { change.health, change.version });
    m_changes.append(change);
}

QList<StatusChange> StatusHistory::record(const Dashboard& dashboard, QString* error)
{
    QList<StatusChange> changes;
    for (const DashboardRow& row : dashboard.rows) {
        for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it) {
            const EnvironmentCell& cell = it.value();
            if (cell.stale)
                continue; // not current: it says nothing about now
            const auto last = m_last.constFind(key(row.ref, it.key()));
            if (last != m_last.cend() && last->health == cell.health && last->version == cell.version)
                continue;
            StatusChange change;
            change.at = dashboard.builtAt;
            change.entity = row.ref;
            change.environment = it.key();
            change.health = cell.health;
            change.version = cell.version;
            change.message = cell.message;
            if (last != m_last.cend()) {
                change.hadPrevious = true;
                change.previousHealth = last->health;
                change.previousVersion = last->version;
            }
            remember(change);
            changes.append(change);
        }
    }
    if (changes.isEmpty() || m_file.isEmpty())
        return changes;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QFile out(m_file);
    if (!out.open(QIODevice::Append)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file), out.errorString());
        return changes;
    }
    QByteArray lines;
    for (const StatusChange& change : std::as_const(changes))
        lines += toJsonLine(change);
    if (out.write(lines) != lines.size() && error)
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file), out.errorString());
    return changes;
}

QList<StatusChange> StatusHistory::timeline(const QString& entity) const
{
    QList<StatusChange> result;
    for (const StatusChange& change : m_changes) {
        if (change.entity == entity)
            result.append(change);
    }
    return result;
}

} // namespace Atrium
