#pragma once

#include "scaffoldwriter.h"
#include "templates/templatedefinition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>

namespace Atrium {

/// What a template is run with.
struct ScaffoldRequest {
    /// The answers to the form (`parameters` in template.yaml expressions).
    QJsonObject values;
    /// `secrets` in expressions; never written to the log.
    QJsonObject secrets;
    /// `user` in expressions: `{entity: {...}, ref: "user:default/jane"}` when known.
    QJsonObject user;
    /// Where the template's relative `url:`s point (the folder that holds template.yaml); empty for a template that
    /// has no local files (then every fetch fails with a clear message).
    QString templateDirectory;
    /// Set from another thread to stop the run between files; the result then says it was cancelled.
    const std::atomic_bool* cancelled = nullptr;
};

/// One line of a run's log.
struct ScaffoldLogEntry {
    enum class Level { Info, Warning, Error };
    QString stepId; ///< empty for lines about the whole run
    Level level = Level::Info;
    QString message;

    friend bool operator==(const ScaffoldLogEntry&, const ScaffoldLogEntry&) = default;
};

/// How a step of the run ended.
struct ScaffoldStepResult {
    enum class Status {
        Completed,
        Skipped, ///< its `if` was false
        Failed,
        NeedsBackend, ///< the run stopped before it: the action only runs on a Backstage backend
        NotRun, ///< an earlier step failed or needs a backend
    };
    QString id;
    QString name;
    QString action;
    Status status = Status::NotRun;
};

/// What a run produced, entirely in memory: the files of the workspace in path order, the log, every step's fate and
/// the template's rendered `spec.output`.
struct ScaffoldResult {
    QList<ScaffoldFile> files; ///< sorted by path
    QList<ScaffoldLogEntry> log;
    QList<ScaffoldStepResult> steps;
    QJsonArray outputLinks; ///< spec.output.links, rendered: objects with title, url, entityRef, icon
    QJsonArray outputText; ///< spec.output.text, rendered: objects with title, content, default
    /// Why the run stopped early: a template error (in Backstage's words, naming the file), a failed action, or a
    /// step that needs a backend. Empty when every step ran.
    QString error;
    /// The run stopped at a step that needs a backend; the files are complete up to that step.
    bool stoppedForBackend = false;
    bool cancelled = false;

    bool ok() const { return error.isEmpty(); }
};

/// Runs a Backstage template's steps locally, the way Backstage's NunjucksWorkflowRunner and its built-in actions do
/// (fetch:template, fetch:template:file, fetch:plain, fetch:plain:file, fs:rename, fs:delete, catalog:write,
/// debug:log, debug:wait), on an in-memory workspace. Nothing touches the disk except reading the template's own
/// files; ScaffoldWriter writes the result. Pure and thread-safe: run it with QtConcurrent.
class ScaffoldRun {
    Q_DECLARE_TR_FUNCTIONS(Atrium::ScaffoldRun)
public:
    static ScaffoldResult dryRun(const TemplateDefinition& definition, const ScaffoldRequest& request);
};

} // namespace Atrium
