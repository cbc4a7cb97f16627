#include "backends/backstagedryrun.h"

#include "common/ansiescapes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPromise>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

ScaffoldStepResult::Status statusFrom(const QString& status)
{
    if (status == u"completed"_s)
        return ScaffoldStepResult::Status::Completed;
    if (status == u"skipped"_s)
        return ScaffoldStepResult::Status::Skipped;
    if (status == u"failed"_s || status == u"cancelled"_s)
        return ScaffoldStepResult::Status::Failed;
    return ScaffoldStepResult::Status::NotRun;
}

} // namespace

ScaffoldResult BackstageDryRun::toResult(const BackstageReply<QJsonObject>& reply)
{
    ScaffoldResult result;
    if (!reply.ok()) {
        result.error = reply.error;
        return result;
    }
    const QJsonObject& body = reply.value;
    for (const QJsonValue& value : body.value(u"steps"_s).toArray()) {
        const QJsonObject step = value.toObject();
        result.steps.append(ScaffoldStepResult { step.value(u"id"_s).toString(), step.value(u"name"_s).toString(),
                                                 step.value(u"action"_s).toString(),
                                                 ScaffoldStepResult::Status::NotRun });
    }
    for (const QJsonValue& value : body.value(u"log"_s).toArray()) {
        const QJsonObject event = value.toObject().value(u"body"_s).toObject();
        const QString stepId = event.value(u"stepId"_s).toString();
        const QString status = event.value(u"status"_s).toString();
        const QString message = withoutAnsiEscapes(event.value(u"message"_s).toString());
        const bool failed = status == u"failed"_s;
        result.log.append(ScaffoldLogEntry {
            stepId, failed ? ScaffoldLogEntry::Level::Error : ScaffoldLogEntry::Level::Info, message });
        if (failed && result.error.isEmpty())
            result.error = message;
        if (status.isEmpty())
            continue;
        for (ScaffoldStepResult& step : result.steps) {
            if (step.id == stepId)
                step.status = statusFrom(status);
        }
    }
    for (const QJsonValue& value : body.value(u"directoryContents"_s).toArray()) {
        const QJsonObject file = value.toObject();
        ScaffoldFile scaffoldFile;
        scaffoldFile.path = file.value(u"path"_s).toString();
        scaffoldFile.content = QByteArray::fromBase64(file.value(u"base64Content"_s).toString().toLatin1());
        scaffoldFile.executable = file.value(u"executable"_s).toBool();
        result.files.append(scaffoldFile);
    }
    std::sort(result.files.begin(), result.files.end(),
              [](const ScaffoldFile& a, const ScaffoldFile& b) { return a.path < b.path; });
    const QJsonObject output = body.value(u"output"_s).toObject();
    result.outputLinks = output.value(u"links"_s).toArray();
    result.outputText = output.value(u"text"_s).toArray();
    return result;
}

QList<BackstageFile> BackstageDryRun::localTemplateFiles(const QJsonObject& templateEntity)
{
    // Backstage records where an entity was read from: `url:https://…` or `file:/abs/path/template.yaml`.
    const QJsonObject annotations = templateEntity.value(u"metadata"_s).toObject().value(u"annotations"_s).toObject();
    QString location = annotations.value(u"backstage.io/managed-by-origin-location"_s).toString();
    if (!location.startsWith(u"file:"_s))
        location = annotations.value(u"backstage.io/managed-by-location"_s).toString();
    if (!location.startsWith(u"file:"_s))
        return {};
    const QFileInfo file(location.mid(5));
    if (!file.isFile())
        return {};
    QList<BackstageFile> files;
    const QDir root = file.absoluteDir();
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    qint64 total = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile content(path);
        // A template folder is small; a folder that is not one (a whole repository) is not sent.
        if (!content.open(QIODevice::ReadOnly) || (total += content.size()) > 16 * 1024 * 1024 || files.size() > 2000)
            return {};
        files.append(BackstageFile { root.relativeFilePath(path), content.readAll(), QFileInfo(path).isExecutable() });
    }
    return files;
}

QFuture<ScaffoldResult> BackstageDryRun::run(BackstageClient* client, const QJsonObject& templateEntity,
                                             const ScaffoldRequest& request)
{
    auto promise = std::make_shared<QPromise<ScaffoldResult>>();
    QFuture<ScaffoldResult> future = promise->future();
    promise->start();
    QJsonObject entity = templateEntity;
    entity.remove(u"relations"_s);
    client->dryRun(entity, request.values, request.secrets, localTemplateFiles(templateEntity),
                   [promise](const BackstageReply<QJsonObject>& reply) {
                       promise->addResult(toResult(reply));
                       promise->finish();
                   });
    return future;
}

} // namespace Atrium
