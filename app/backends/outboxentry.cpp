#include "outboxentry.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <utility>

namespace Atrium {

namespace {

// Marks the file as ours, so that a stray JSON file in the folder is reported rather than read as an entry.
const QString formatTag = QStringLiteral("atrium-outbox-entry");

const QString keyFormat = QStringLiteral("format");
const QString keyVersion = QStringLiteral("version");
const QString keyId = QStringLiteral("id");
const QString keyKind = QStringLiteral("kind");
const QString keyTarget = QStringLiteral("target");
const QString keyUrl = QStringLiteral("url");
const QString keyMethod = QStringLiteral("method");
const QString keyPayload = QStringLiteral("payload");
const QString keySecretNames = QStringLiteral("secretNames");
const QString keyIdempotencyKey = QStringLiteral("idempotencyKey");
const QString keyState = QStringLiteral("state");
const QString keyAttempts = QStringLiteral("attempts");
const QString keyNextAttemptAt = QStringLiteral("nextAttemptAt");
const QString keyLastError = QStringLiteral("lastError");
const QString keyLog = QStringLiteral("log");
const QString keyCreatedAt = QStringLiteral("createdAt");
const QString keyUpdatedAt = QStringLiteral("updatedAt");
const QString keyRemoteId = QStringLiteral("remoteId");
const QString keyTitle = QStringLiteral("title");
const QString keySteps = QStringLiteral("steps");
const QString keyLastEventId = QStringLiteral("lastEventId");
const QString keyOutput = QStringLiteral("output");
const QString keyResponseStatus = QStringLiteral("responseStatus");
const QString keyResponseBody = QStringLiteral("responseBody");
const QString keyStepId = QStringLiteral("id");
const QString keyStepName = QStringLiteral("name");
const QString keyStepStatus = QStringLiteral("status");

constexpr std::array kindNames {
    std::pair { OutboxEntry::Kind::ScaffolderTask, QStringView(u"scaffolderTask") },
    std::pair { OutboxEntry::Kind::HttpRequest, QStringView(u"httpRequest") },
};

constexpr std::array stateNames {
    std::pair { OutboxEntry::State::Queued, QStringView(u"queued") },
    std::pair { OutboxEntry::State::Sending, QStringView(u"sending") },
    std::pair { OutboxEntry::State::Sent, QStringView(u"sent") },
    std::pair { OutboxEntry::State::Running, QStringView(u"running") },
    std::pair { OutboxEntry::State::Completed, QStringView(u"completed") },
    std::pair { OutboxEntry::State::Failed, QStringView(u"failed") },
    std::pair { OutboxEntry::State::Unknown, QStringView(u"unknown") },
};

template <typename Table, typename Value> QString nameIn(const Table& table, Value value)
{
    const auto it = std::find_if(table.begin(), table.end(), [value](const auto& row) { return row.first == value; });
    return it == table.end() ? QString() : it->second.toString();
}

template <typename Table>
auto valueIn(const Table& table, QStringView name) -> std::optional<typename Table::value_type::first_type>
{
    const auto it = std::find_if(table.begin(), table.end(), [name](const auto& row) { return row.second == name; });
    return it == table.end() ? std::nullopt : std::optional(it->first);
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QStringList stringsFrom(const QJsonValue& value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (const auto& item : array)
        strings.append(item.toString());
    return strings;
}

QJsonArray stepsToJson(const QList<OutboxTaskStep>& steps)
{
    QJsonArray array;
    for (const OutboxTaskStep& step : steps)
        array.append(QJsonObject { { keyStepId, step.id },
                                   { keyStepName, step.name },
                                   { keyStepStatus, step.status },
                                   { keyLog, QJsonArray::fromStringList(step.log) } });
    return array;
}

QList<OutboxTaskStep> stepsFrom(const QJsonValue& value)
{
    QList<OutboxTaskStep> steps;
    const QJsonArray array = value.toArray();
    for (const auto& item : array) {
        const QJsonObject object = item.toObject();
        steps.append({ object.value(keyStepId).toString(), object.value(keyStepName).toString(),
                       object.value(keyStepStatus).toString(), stringsFrom(object.value(keyLog)) });
    }
    return steps;
}

} // namespace

bool OutboxEntry::isSafeToResend() const
{
    if (!idempotencyKey.isEmpty())
        return true;
    // RFC 9110, section 9.2.2.
    static const QList<QByteArray> idempotentMethods { "GET", "HEAD", "OPTIONS", "PUT", "DELETE" };
    return idempotentMethods.contains(method.toUpper());
}

void OutboxEntry::appendLog(const QString& line, const QDateTime& at)
{
    log.append(timeText(at.isValid() ? at : QDateTime::currentDateTimeUtc()) + u' ' + line);
}

OutboxTaskStep& OutboxEntry::step(const QString& stepId)
{
    for (OutboxTaskStep& step : steps) {
        if (step.id == stepId)
            return step;
    }
    steps.append(OutboxTaskStep { stepId, QString(), QString(), {} });
    return steps.last();
}

QString OutboxEntry::kindName(Kind kind)
{
    return nameIn(kindNames, kind);
}

std::optional<OutboxEntry::Kind> OutboxEntry::kindFromName(QStringView name)
{
    return valueIn(kindNames, name);
}

QString OutboxEntry::stateName(State state)
{
    return nameIn(stateNames, state);
}

std::optional<OutboxEntry::State> OutboxEntry::stateFromName(QStringView name)
{
    return valueIn(stateNames, name);
}

QString OutboxEntry::stateLabel(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Sending:
        return tr("Sending");
    case State::Sent:
        return tr("Sent");
    case State::Running:
        return tr("Running");
    case State::Completed:
        return tr("Completed");
    case State::Failed:
        return tr("Failed");
    case State::Unknown:
        return tr("Unknown outcome");
    }
    return {};
}

QJsonObject OutboxEntry::toJson() const
{
    return QJsonObject {
        { keyFormat, formatTag },
        { keyVersion, formatVersion },
        { keyId, id.toString(QUuid::WithoutBraces) },
        { keyKind, kindName(kind) },
        { keyTarget, targetName },
        { keyUrl, url.toString(QUrl::FullyEncoded) },
        { keyMethod, QString::fromLatin1(method) },
        // Kept as text rather than base64 so that the file stays readable; bodies are JSON, hence UTF-8.
        { keyPayload, QString::fromUtf8(payload) },
        { keySecretNames, QJsonArray::fromStringList(secretNames) },
        { keyIdempotencyKey, idempotencyKey },
        { keyState, stateName(state) },
        { keyAttempts, attempts },
        { keyNextAttemptAt, timeText(nextAttemptAt) },
        { keyLastError, lastError },
        { keyLog, QJsonArray::fromStringList(log) },
        { keyCreatedAt, timeText(createdAt) },
        { keyUpdatedAt, timeText(updatedAt) },
        { keyRemoteId, remoteId },
        { keyTitle, title },
        { keySteps, stepsToJson(steps) },
        { keyLastEventId, lastEventId },
        { keyOutput, output },
        { keyResponseStatus, responseStatus },
        { keyResponseBody, QString::fromUtf8(responseBody) },
    };
}

QByteArray OutboxEntry::toFileContents() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<OutboxEntry> OutboxEntry::fromJson(const QJsonObject& json, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<OutboxEntry> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.value(keyFormat).toString() != formatTag)
        return fail(
            tr("expected an Atrium outbox entry (\"format\": \"%1\"), found %2")
                .arg(formatTag,
                     json.contains(keyFormat) ? json.value(keyFormat).toVariant().toString() : tr("no format")));
    const int version = json.value(keyVersion).toInt(-1);
    if (version != formatVersion)
        return fail(tr("expected format version %1, found %2").arg(formatVersion).arg(version));

    OutboxEntry entry;
    entry.id = QUuid::fromString(json.value(keyId).toString());
    if (entry.id.isNull())
        return fail(tr("expected an id (a UUID), found \"%1\"").arg(json.value(keyId).toString()));
    const std::optional<Kind> kind = kindFromName(json.value(keyKind).toString());
    if (!kind)
        return fail(
            tr("expected the kind scaffolderTask or httpRequest, found \"%1\"").arg(json.value(keyKind).toString()));
    entry.kind = *kind;
    const std::optional<State> state = stateFromName(json.value(keyState).toString());
    if (!state)
        return fail(tr("expected a state (queued, sending, sent, running, completed, failed or unknown), found "
                       "\"%1\"")
                        .arg(json.value(keyState).toString()));
    entry.state = *state;
    entry.targetName = json.value(keyTarget).toString();
    entry.url = QUrl(json.value(keyUrl).toString(), QUrl::StrictMode);
    entry.method = json.value(keyMethod).toString().toLatin1();
    entry.payload = json.value(keyPayload).toString().toUtf8();
    entry.secretNames = stringsFrom(json.value(keySecretNames));
    entry.idempotencyKey = json.value(keyIdempotencyKey).toString();
    entry.attempts = json.value(keyAttempts).toInt();
    entry.nextAttemptAt = timeFrom(json.value(keyNextAttemptAt));
    entry.lastError = json.value(keyLastError).toString();
    entry.log = stringsFrom(json.value(keyLog));
    entry.createdAt = timeFrom(json.value(keyCreatedAt));
    entry.updatedAt = timeFrom(json.value(keyUpdatedAt));
    entry.remoteId = json.value(keyRemoteId).toString();
    // Added within version 1; older files simply lack them.
    entry.title = json.value(keyTitle).toString();
    entry.steps = stepsFrom(json.value(keySteps));
    entry.lastEventId = json.value(keyLastEventId).toString();
    entry.output = json.value(keyOutput).toObject();
    entry.responseStatus = json.value(keyResponseStatus).toInt();
    entry.responseBody = json.value(keyResponseBody).toString().toUtf8();
    if (!entry.createdAt.isValid())
        return fail(tr("expected createdAt, a UTC time"));
    if (entry.method.isEmpty())
        return fail(tr("expected an HTTP method"));
    return entry;
}

std::optional<OutboxEntry> OutboxEntry::fromFileContents(const QByteArray& contents, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(contents, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("it is not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = tr("expected a JSON object");
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

} // namespace Atrium
