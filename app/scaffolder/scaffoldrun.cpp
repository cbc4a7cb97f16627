#include "scaffoldrun.h"

#include "globpattern.h"
#include "templates/formlayout.h"
#include "templates/templatedvalue.h"
#include "templates/templaterenderer.h"
#include "yamlstringify.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

/// A step that cannot go on, with the reason in the words the log and the result show.
struct StepFailure {
    QString message;
};

/// Backstage's resolveSafeChildPath on the workspace's relative paths: @p relative joined to @p base and
/// normalised, or a failure when it leaves the folder. "" is the folder itself.
QString childPath(const QString& base, const QString& relative)
{
    if (relative.startsWith(u'/') || QDir::isAbsolutePath(relative))
        throw StepFailure {
            ScaffoldRun::tr("%1 is an absolute path; only paths inside the workspace are allowed").arg(relative)
        };
    QStringList segments = base.isEmpty() ? QStringList() : base.split(u'/', Qt::SkipEmptyParts);
    for (const QString& segment : relative.split(u'/')) {
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            if (segments.isEmpty())
                throw StepFailure { ScaffoldRun::tr(
                                        "Relative path is not allowed to refer to a directory outside its parent: %1")
                                        .arg(relative) };
            segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    return segments.join(u'/');
}

QString joined(const QString& folder, const QString& name)
{
    if (folder.isEmpty())
        return name;
    if (name.isEmpty())
        return folder;
    return folder + u'/' + name;
}

/// isbinaryfile's verdict, close enough for skeletons: a NUL byte early on, or bytes that are not UTF-8.
bool looksBinary(const QByteArray& bytes)
{
    if (bytes.left(512).contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes);
    return decoder.hasError();
}

class Runner {
public:
    Runner(const TemplateDefinition& definition, const ScaffoldRequest& request)
        : m_definition(definition)
        , m_request(request)
    {
        collectSecrets(request.secrets);
        m_context.insert(u"parameters"_s, inFormOrder(request.values, definition));
        m_context.insert(u"steps"_s, TemplateValue::object({}));
        m_context.insert(u"secrets"_s, TemplateValue::fromJson(request.secrets));
        if (!request.user.isEmpty())
            m_context.insert(u"user"_s, TemplateValue::fromJson(request.user));
    }

    ScaffoldResult run()
    {
        for (const TemplateStep& step : m_definition.steps)
            m_result.steps.append({ step.id, step.name, step.action, ScaffoldStepResult::Status::NotRun });

        for (qsizetype index = 0; index < m_definition.steps.size(); ++index) {
            const TemplateStep& step = m_definition.steps.at(index);
            if (isCancelled()) {
                m_result.cancelled = true;
                m_result.error = ScaffoldRun::tr("The run was cancelled.");
                break;
            }
            if (step.needsBackend || !TemplateDefinitionReader::runsLocally(step.action)) {
                m_result.steps[index].status = ScaffoldStepResult::Status::NeedsBackend;
                m_result.stoppedForBackend = true;
                m_result.error = ScaffoldRun::tr("Step \"%1\" runs %2, which only a Backstage backend can run; the "
                                                 "local run stops here with every file up to it. Run the template "
                                                 "on a backend to go on.")
                                     .arg(stepTitle(step), step.action);
                log(step.id, ScaffoldLogEntry::Level::Warning, m_result.error);
                break;
            }
            try {
                if (!shouldRun(step)) {
                    m_result.steps[index].status = ScaffoldStepResult::Status::Skipped;
                    log(step.id, ScaffoldLogEntry::Level::Info,
                        ScaffoldRun::tr("Skipping step %1 because its if condition was false").arg(step.id));
                    continue;
                }
                log(step.id, ScaffoldLogEntry::Level::Info, ScaffoldRun::tr("Beginning step %1").arg(stepTitle(step)));
                runStep(step);
                m_result.steps[index].status = ScaffoldStepResult::Status::Completed;
                log(step.id, ScaffoldLogEntry::Level::Info, ScaffoldRun::tr("Finished step %1").arg(stepTitle(step)));
            } catch (const StepFailure& failure) {
                m_result.steps[index].status = ScaffoldStepResult::Status::Failed;
                m_result.error = ScaffoldRun::tr("Step \"%1\" (%2) failed: %3")
                                     .arg(stepTitle(step), step.action, redacted(failure.message));
                log(step.id, ScaffoldLogEntry::Level::Error, failure.message);
                break;
            }
        }
        if (m_result.ok())
            renderOutput();

        m_result.files = m_files.values();
        return std::move(m_result);
    }

private:
    static QString stepTitle(const TemplateStep& step) { return step.name.isEmpty() ? step.id : step.name; }

    /// The answers in the order of the form's fields, as Backstage's frontend sends them; answers that no page asks
    /// for follow.
    static TemplateValue inFormOrder(const QJsonObject& answers, const TemplateDefinition& definition)
    {
        TemplateValue::Object ordered;
        for (const TemplateParameterPage& page : definition.pages) {
            for (const QString& key : FormLayout::propertyOrder(page.schema)) {
                if (answers.contains(key) && !ordered.contains(key))
                    ordered.insert(key, TemplateValue::fromJson(answers.value(key)));
            }
        }
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            if (!ordered.contains(it.key()))
                ordered.insert(it.key(), TemplateValue::fromJson(it.value()));
        }
        return TemplateValue::object(std::move(ordered));
    }

    bool isCancelled() const { return m_request.cancelled && m_request.cancelled->load(); }

    void collectSecrets(const QJsonValue& value)
    {
        if (value.isString() && !value.toString().isEmpty())
            m_secretValues.append(value.toString());
        else if (value.isObject())
            for (const QJsonValue& member : value.toObject())
                collectSecrets(member);
        else if (value.isArray())
            for (const QJsonValue& item : value.toArray())
                collectSecrets(item);
    }

    QString redacted(QString message) const
    {
        for (const QString& secret : m_secretValues)
            message.replace(secret, u"***"_s);
        return message;
    }

    void log(const QString& stepId, ScaffoldLogEntry::Level level, const QString& message)
    {
        m_result.log.append({ stepId, level, redacted(message) });
    }

    /// NunjucksWorkflowRunner's render: failures are logged and the string is kept as written.
    TemplateValue render(const TemplateValue& templated, const TemplateValue& context, const QString& stepId)
    {
        OrderedTemplatedValueResult rendered = TemplatedValue::renderOrdered(templated, context);
        for (const TemplateError& error : std::as_const(rendered.errors))
            log(stepId, ScaffoldLogEntry::Level::Warning, error.describe());
        return rendered.value;
    }

    /// Backstage skips a step whose `if` is literally false or a string that renders falsy.
    bool shouldRun(const TemplateStep& step)
    {
        if (step.condition.isBool())
            return step.condition.toBool();
        if (step.condition.isString())
            return render(TemplateValue::fromJson(step.condition), TemplateValue::object(m_context), step.id)
                .isTruthy();
        return true;
    }

    void runStep(const TemplateStep& step)
    {
        QList<std::pair<QString, TemplateValue>> iterations;
        if (!step.each.isUndefined()) {
            const TemplateValue each = render(step.each, TemplateValue::object(m_context), step.id);
            if (each.isArray()) {
                const TemplateValue::Array& items = each.arrayItems();
                for (qsizetype i = 0; i < items.size(); ++i)
                    iterations.append({ QString::number(i), items.at(i) });
            } else if (each.isObject()) {
                const TemplateValue::Object& members = each.objectMembers();
                for (qsizetype i = 0; i < members.keys.size(); ++i)
                    iterations.append({ members.keys.at(i), members.values.at(i) });
            } else {
                throw StepFailure { ScaffoldRun::tr("each must be a list or an object") };
            }
        }

        QJsonObject outputs;
        const auto runOnce = [&](const TemplateValue::Object& context) {
            const TemplateValue input = render(step.input, TemplateValue::object(context), step.id);
            const QJsonObject produced = runAction(step, input.isObject() ? input : TemplateValue::object({}));
            for (auto it = produced.begin(); it != produced.end(); ++it) {
                if (step.each.isUndefined()) {
                    outputs.insert(it.key(), it.value());
                } else {
                    QJsonArray collected = outputs.value(it.key()).toArray();
                    collected.append(it.value());
                    outputs.insert(it.key(), collected);
                }
            }
        };
        if (step.each.isUndefined()) {
            runOnce(m_context);
        } else {
            for (const auto& [key, value] : std::as_const(iterations)) {
                TemplateValue::Object each;
                each.insert(u"key"_s, TemplateValue::string(key));
                each.insert(u"value"_s, value);
                TemplateValue::Object context = m_context;
                context.insert(u"each"_s, TemplateValue::object(std::move(each)));
                runOnce(context);
            }
        }
        TemplateValue::Object steps = m_context.value(u"steps").objectMembers();
        TemplateValue::Object output;
        output.insert(u"output"_s, TemplateValue::fromJson(outputs));
        steps.insert(step.id, TemplateValue::object(std::move(output)));
        m_context.insert(u"steps"_s, TemplateValue::object(std::move(steps)));
    }

    /// Runs @p step's action with its rendered @p orderedInput (an object). The actions read their inputs from JSON;
    /// the values they pass on (fetch:template's `values`, catalog:write's `entity`) keep their key order.
    QJsonObject runAction(const TemplateStep& step, const TemplateValue& orderedInput)
    {
        const QString& action = step.action;
        const QJsonObject input = orderedInput.toJson().toObject();
        if (action == u"fetch:template")
            fetchTemplate(step.id, input, orderedInput.objectMembers().value(u"values"));
        else if (action == u"fetch:template:file")
            fetchTemplateFile(step.id, input, orderedInput.objectMembers().value(u"values"));
        else if (action == u"fetch:plain")
            fetchPlain(step.id, input, false);
        else if (action == u"fetch:plain:file")
            fetchPlain(step.id, input, true);
        else if (action == u"fs:rename")
            rename(step.id, input);
        else if (action == u"fs:delete")
            remove(step.id, input);
        else if (action == u"catalog:write")
            catalogWrite(step.id, input, orderedInput.objectMembers().value(u"entity"));
        else if (action == u"debug:log")
            debugLog(step.id, input);
        else if (action == u"debug:wait")
            debugWait(step.id, input);
        return {};
    }

    // Inputs ---------------------------------------------------------------------------------------------------

    static QString requiredString(const QJsonObject& input, const QString& name)
    {
        const QJsonValue value = input.value(name);
        if (!value.isString() || value.toString().isEmpty())
            throw StepFailure { ScaffoldRun::tr("input.%1 is required and must be a string").arg(name) };
        return value.toString();
    }

    static QString optionalString(const QJsonObject& input, const QString& name, const QString& fallback = {})
    {
        const QJsonValue value = input.value(name);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString())
            throw StepFailure { ScaffoldRun::tr("input.%1 must be a string").arg(name) };
        return value.toString();
    }

    static bool optionalBool(const QJsonObject& input, const QString& name)
    {
        const QJsonValue value = input.value(name);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            throw StepFailure { ScaffoldRun::tr("input.%1 must be true or false").arg(name) };
        return value.toBool();
    }

    static QStringList optionalStrings(const QJsonObject& input, const QString& name)
    {
        const QJsonValue value = input.value(name);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray())
            throw StepFailure { ScaffoldRun::tr("input.%1 must be a list of strings").arg(name) };
        QStringList strings;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                throw StepFailure { ScaffoldRun::tr("input.%1 must be a list of strings").arg(name) };
            strings.append(item.toString());
        }
        return strings;
    }

    // The template's own files ------------------------------------------------------------------------------------

    /// fetchContents for a template read from a file: a relative url inside the template's folder.
    QString templatePath(const QString& url) const
    {
        static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
        if (scheme.match(url).hasMatch())
            throw StepFailure { ScaffoldRun::tr("%1 is fetched from the network, which only a Backstage backend does; "
                                                "a local run reads the template's own folder")
                                    .arg(url) };
        if (m_request.templateDirectory.isEmpty())
            throw StepFailure { ScaffoldRun::tr("this template has no local files to fetch %1 from").arg(url) };
        const QString relative = childPath(QString(), url);
        return relative.isEmpty() ? m_request.templateDirectory : m_request.templateDirectory + u'/' + relative;
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw StepFailure {
                ScaffoldRun::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())
            };
        return file.readAll();
    }

    static bool isExecutable(const QString& path) { return QFileInfo(path).permissions() & QFileDevice::ExeOwner; }

    /// Every file and folder under @p root as globby lists them (dot files too, folders ending in "/", links not
    /// followed), in a stable order.
    static QStringList entriesUnder(const QString& root)
    {
        QStringList entries;
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        const QDir base(root);
        while (it.hasNext()) {
            it.next();
            const QFileInfo info = it.fileInfo();
            QString relative = base.relativeFilePath(info.filePath());
            if (info.isDir() && !info.isSymLink())
                relative += u'/';
            entries.append(relative);
        }
        std::sort(entries.begin(), entries.end());
        return entries;
    }

    // The workspace -----------------------------------------------------------------------------------------------

    bool existsInWorkspace(const QString& path) const
    {
        if (path.isEmpty())
            return true;
        if (m_files.contains(path))
            return true;
        if (m_directories.contains(path))
            return true;
        const QString prefix = path + u'/';
        const auto next = m_files.lowerBound(prefix);
        return next != m_files.end() && next.key().startsWith(prefix);
    }

    void writeFile(const QString& path, QByteArray content, bool executable)
    {
        if (path.isEmpty() || m_directories.contains(path))
            throw StepFailure { ScaffoldRun::tr("%1 is a folder and cannot be written as a file").arg(path) };
        // A file in the way of a folder is an error on disk too (EEXIST/ENOTDIR).
        for (qsizetype slash = path.indexOf(u'/'); slash >= 0; slash = path.indexOf(u'/', slash + 1)) {
            if (m_files.contains(path.left(slash)))
                throw StepFailure { ScaffoldRun::tr("%1 cannot be written: %2 is a file").arg(path, path.left(slash)) };
        }
        m_files.insert(path, ScaffoldFile { path, std::move(content), executable });
    }

    void makeDirectory(const QString& path)
    {
        if (path.isEmpty())
            return;
        if (m_files.contains(path))
            throw StepFailure { ScaffoldRun::tr("%1 cannot be a folder: it is a file").arg(path) };
        m_directories.insert(path);
    }

    TemplateResult renderText(const QString& source, const TemplateValue& context, const TemplateOptions& options,
                              const QString& file) const
    {
        TemplateResult result = TemplateRenderer::render(source, context, options);
        if (result.error)
            throw StepFailure { result.error->describe(file) };
        return result;
    }

    // Actions -----------------------------------------------------------------------------------------------------

    static TemplateOptions templateOptions(const QJsonObject& input)
    {
        TemplateOptions options;
        options.cookiecutterCompat = optionalBool(input, u"cookiecutterCompat"_s);
        options.trimBlocks = optionalBool(input, u"trimBlocks"_s);
        options.lstripBlocks = optionalBool(input, u"lstripBlocks"_s);
        return options;
    }

    /// The skeleton's context: fetch:template's @p values (in their key order) as `values`, or `cookiecutter`.
    static TemplateValue skeletonContext(const TemplateValue& values, const TemplateOptions& options)
    {
        if (!values.isNullish() && !values.isObject())
            throw StepFailure { ScaffoldRun::tr("input.values must be an object") };
        TemplateValue::Object context;
        context.insert(options.cookiecutterCompat ? u"cookiecutter"_s : u"values"_s,
                       values.isObject() ? values : TemplateValue::object({}));
        return TemplateValue::object(std::move(context));
    }

    void fetchTemplate(const QString& stepId, const QJsonObject& input, const TemplateValue& values)
    {
        const QString url = requiredString(input, u"url"_s);
        const QString outputDirectory = childPath(QString(), optionalString(input, u"targetPath"_s, u"./"_s));
        const QStringList copyWithoutRender = optionalStrings(input, u"copyWithoutRender"_s);
        const QStringList copyWithoutTemplating = optionalStrings(input, u"copyWithoutTemplating"_s);
        const bool replace = optionalBool(input, u"replace"_s);
        if (!copyWithoutRender.isEmpty() && !copyWithoutTemplating.isEmpty())
            throw StepFailure { ScaffoldRun::tr("copyWithoutRender and copyWithoutTemplating cannot be used at the "
                                                "same time") };
        QString extension;
        const QJsonValue extensionInput = input.value(u"templateFileExtension"_s);
        if (extensionInput.isString())
            extension = extensionInput.toString();
        else if (extensionInput.isBool() && extensionInput.toBool())
            extension = u".njk"_s;
        else if (!extensionInput.isUndefined() && !extensionInput.isNull() && !extensionInput.isBool())
            throw StepFailure { ScaffoldRun::tr("input.templateFileExtension must be true, false or a string") };
        if (!extension.isEmpty() && !extension.startsWith(u'.'))
            extension.prepend(u'.');
        if (!extension.isEmpty() && (!copyWithoutRender.isEmpty() || !copyWithoutTemplating.isEmpty()))
            throw StepFailure { ScaffoldRun::tr("templateFileExtension cannot be used together with "
                                                "copyWithoutRender or copyWithoutTemplating") };

        const TemplateOptions options = templateOptions(input);
        const TemplateValue context = skeletonContext(values, options);
        const QString sourceRoot = templatePath(url);
        if (!QFileInfo(sourceRoot).isDir())
            throw StepFailure { ScaffoldRun::tr("%1 is not a folder of the template").arg(url) };
        log(stepId, ScaffoldLogEntry::Level::Info, ScaffoldRun::tr("Fetching template content from %1").arg(url));

        const bool renderFilename = copyWithoutRender.isEmpty();
        QList<GlobPattern> verbatim;
        for (const QString& pattern : copyWithoutRender.isEmpty() ? copyWithoutTemplating : copyWithoutRender)
            verbatim.append(GlobPattern(pattern));

        const QStringList entries = entriesUnder(sourceRoot);
        const QString urlRelative = childPath(QString(), url);
        for (const QString& location : entries) {
            if (isCancelled())
                throw StepFailure { ScaffoldRun::tr("The run was cancelled.") };
            const QString sourceFile = joined(urlRelative, location);
            bool renderContents = true;
            QString localOutputPath = location;
            if (!extension.isEmpty()) {
                renderContents = !location.endsWith(u'/') && location.endsWith(extension)
                    && QFileInfo(location).fileName().size() > extension.size();
                if (renderContents)
                    localOutputPath.chop(extension.size());
                localOutputPath = renderText(localOutputPath, context, options, sourceFile).output;
            } else {
                renderContents = std::none_of(verbatim.begin(), verbatim.end(),
                                              [&](const GlobPattern& glob) { return glob.matches(location); });
                if (renderFilename || renderContents)
                    localOutputPath = renderText(localOutputPath, context, options, sourceFile).output;
            }
            // A part that rendered empty drops the file: "" at the top, a leading "/" or a "//" inside.
            if (localOutputPath.isEmpty() || localOutputPath.startsWith(u'/') || localOutputPath.contains(u"//"))
                continue;

            const bool isDirectory = localOutputPath.endsWith(u'/');
            const QString outputPath = childPath(outputDirectory, localOutputPath);
            if (existsInWorkspace(outputPath) && !replace)
                continue;
            if (!renderContents && extension.isEmpty())
                log(stepId, ScaffoldLogEntry::Level::Info,
                    ScaffoldRun::tr("Copying file/directory %1 without processing.").arg(location));
            if (isDirectory) {
                makeDirectory(outputPath);
                continue;
            }
            const QString inputPath = sourceRoot + u'/' + location;
            const QFileInfo info(inputPath);
            if (info.isSymLink()) {
                log(stepId, ScaffoldLogEntry::Level::Warning,
                    ScaffoldRun::tr("%1 is a symbolic link; a local run does not copy links").arg(location));
                continue;
            }
            QByteArray bytes = readFile(inputPath);
            const bool executable = isExecutable(inputPath);
            if (looksBinary(bytes)) {
                log(stepId, ScaffoldLogEntry::Level::Info,
                    ScaffoldRun::tr("Copying file binary or symbolic link at %1, to template output path.")
                        .arg(location));
                writeFile(outputPath, std::move(bytes), executable);
                continue;
            }
            log(stepId, ScaffoldLogEntry::Level::Info,
                ScaffoldRun::tr("Writing file %1 to template output path.").arg(location));
            if (renderContents) {
                const QString text = QString::fromUtf8(bytes);
                writeFile(outputPath, renderText(text, context, options, sourceFile).output.toUtf8(), executable);
            } else {
                writeFile(outputPath, std::move(bytes), executable);
            }
        }
        log(stepId, ScaffoldLogEntry::Level::Info,
            ScaffoldRun::tr("Template result written to %1")
                .arg(outputDirectory.isEmpty() ? u"./"_s : outputDirectory));
    }

    void fetchTemplateFile(const QString& stepId, const QJsonObject& input, const TemplateValue& values)
    {
        const QString url = requiredString(input, u"url"_s);
        const QString targetPath = requiredString(input, u"targetPath"_s);
        const QString outputPath = childPath(QString(), targetPath);
        const TemplateOptions options = templateOptions(input);
        const TemplateValue context = skeletonContext(values, options);
        if (existsInWorkspace(outputPath) && !optionalBool(input, u"replace"_s)) {
            log(stepId, ScaffoldLogEntry::Level::Info,
                ScaffoldRun::tr("File %1 already exists in workspace, not replacing.").arg(targetPath));
            return;
        }
        const QString sourcePath = templatePath(url);
        if (!QFileInfo(sourcePath).isFile())
            throw StepFailure { ScaffoldRun::tr("%1 is not a file of the template").arg(url) };
        const QByteArray bytes = readFile(sourcePath);
        const QString rendered
            = renderText(QString::fromUtf8(bytes), context, options, childPath(QString(), url)).output;
        writeFile(outputPath, rendered.toUtf8(), isExecutable(sourcePath));
        log(stepId, ScaffoldLogEntry::Level::Info, ScaffoldRun::tr("Template result written to %1").arg(targetPath));
    }

    void fetchPlain(const QString& stepId, const QJsonObject& input, bool singleFile)
    {
        const QString url = requiredString(input, u"url"_s);
        const QString targetPath
            = singleFile ? requiredString(input, u"targetPath"_s) : optionalString(input, u"targetPath"_s, u"./"_s);
        const QString outputPath = childPath(QString(), targetPath);
        const QString sourcePath = templatePath(url);
        log(stepId, ScaffoldLogEntry::Level::Info, ScaffoldRun::tr("Fetching plain content from %1").arg(url));
        const QFileInfo source(sourcePath);
        if (source.isFile()) {
            writeFile(outputPath, readFile(sourcePath), isExecutable(sourcePath));
            return;
        }
        if (singleFile || !source.isDir())
            throw StepFailure { singleFile ? ScaffoldRun::tr("%1 is not a file of the template").arg(url)
                                           : ScaffoldRun::tr("%1 is not a folder of the template").arg(url) };
        makeDirectory(outputPath);
        for (const QString& location : entriesUnder(sourcePath)) {
            if (location.endsWith(u'/')) {
                makeDirectory(childPath(outputPath, location));
                continue;
            }
            const QString inputPath = sourcePath + u'/' + location;
            if (QFileInfo(inputPath).isSymLink())
                continue;
            // fs-extra's copy overwrites what is there.
            writeFile(childPath(outputPath, location), readFile(inputPath), isExecutable(inputPath));
        }
    }

    void rename(const QString& stepId, const QJsonObject& input)
    {
        const QJsonValue files = input.value(u"files"_s);
        if (!files.isArray())
            throw StepFailure { ScaffoldRun::tr("input.files must be a list of {from, to}") };
        for (const QJsonValue& entry : files.toArray()) {
            const QJsonObject file = entry.toObject();
            const QString from = file.value(u"from"_s).toString();
            const QString to = file.value(u"to"_s).toString();
            if (from.isEmpty() || to.isEmpty())
                throw StepFailure { ScaffoldRun::tr("each file must have a from and to property") };
            const QString source = childPath(QString(), from);
            const QString destination = childPath(QString(), to);
            const bool overwrite = file.value(u"overwrite"_s).toBool(false);
            if (!existsInWorkspace(source) || source.isEmpty())
                throw StepFailure { ScaffoldRun::tr("%1 does not exist in the workspace").arg(from) };
            if (existsInWorkspace(destination) && !overwrite)
                throw StepFailure { ScaffoldRun::tr("dest already exists.") + u' ' + to };
            if (m_files.contains(source)) {
                ScaffoldFile moved = m_files.take(source);
                removeTree(destination);
                writeFile(destination, std::move(moved.content), moved.executable);
            } else {
                // A folder moves with everything inside it.
                const QString prefix = source + u'/';
                QList<ScaffoldFile> moved;
                for (auto it = m_files.lowerBound(prefix); it != m_files.end() && it.key().startsWith(prefix);)
                    moved.append(std::move(*it)), it = m_files.erase(it);
                QSet<QString> movedDirectories;
                for (auto it = m_directories.begin(); it != m_directories.end();) {
                    if (*it == source || it->startsWith(prefix)) {
                        movedDirectories.insert(destination + it->mid(source.size()));
                        it = m_directories.erase(it);
                    } else {
                        ++it;
                    }
                }
                removeTree(destination);
                for (const QString& directory : std::as_const(movedDirectories))
                    makeDirectory(directory);
                for (ScaffoldFile& file : moved)
                    writeFile(destination + file.path.mid(source.size()), std::move(file.content), file.executable);
            }
            log(stepId, ScaffoldLogEntry::Level::Info,
                ScaffoldRun::tr("File %1 renamed to %2 successfully").arg(source, destination));
        }
    }

    void removeTree(const QString& path)
    {
        m_files.remove(path);
        m_directories.remove(path);
        const QString prefix = path + u'/';
        for (auto it = m_files.lowerBound(prefix); it != m_files.end() && it.key().startsWith(prefix);)
            it = m_files.erase(it);
        for (auto it = m_directories.begin(); it != m_directories.end();)
            it = it->startsWith(prefix) ? m_directories.erase(it) : std::next(it);
    }

    void remove(const QString& stepId, const QJsonObject& input)
    {
        const QStringList patterns = optionalStrings(input, u"files"_s);
        if (!input.value(u"files"_s).isArray())
            throw StepFailure { ScaffoldRun::tr("input.files must be a list of paths or globs") };
        for (const QString& pattern : patterns) {
            const QString safe = childPath(QString(), pattern);
            const GlobPattern glob(safe);
            // globby lists files only, and a plain folder name stands for everything under it.
            const QString folderPrefix = safe + u'/';
            QStringList doomed;
            for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
                if (glob.matches(it.key()) || (!glob.hasMagic() && it.key().startsWith(folderPrefix)))
                    doomed.append(it.key());
            }
            for (const QString& path : std::as_const(doomed)) {
                m_files.remove(path);
                log(stepId, ScaffoldLogEntry::Level::Info, ScaffoldRun::tr("File %1 deleted successfully").arg(path));
            }
        }
    }

    void catalogWrite(const QString& stepId, const QJsonObject& input, const TemplateValue& entity)
    {
        const QString path = childPath(QString(), optionalString(input, u"filePath"_s, u"catalog-info.yaml"_s));
        if (!entity.isObject())
            throw StepFailure { ScaffoldRun::tr("input.entity is required and must be an object") };
        log(stepId, ScaffoldLogEntry::Level::Info, ScaffoldRun::tr("Writing %1").arg(path));
        writeFile(path, YamlStringify::stringify(withSourceTemplate(entity, m_definition.ref)).toUtf8(), false);
    }

    /// What catalog:write writes: `{...entity, metadata: {...entity.metadata, annotations: {...annotations,
    /// 'backstage.io/source-template': templateRef}}}`, keys in JavaScript's order (a key that is there keeps its
    /// place, a new one goes last). Without a template ref, only `metadata` is made sure of.
    static TemplateValue withSourceTemplate(const TemplateValue& entity, const QString& templateRef)
    {
        const TemplateValue metadata = entity.objectMembers().value(u"metadata");
        if (!templateRef.isEmpty() && metadata.isNullish())
            throw StepFailure { ScaffoldRun::tr("Cannot read properties of %1 (reading 'annotations')")
                                    .arg(metadata.isUndefined() ? u"undefined"_s : u"null"_s) };
        TemplateValue::Object metadataMembers = spread(metadata);
        if (!templateRef.isEmpty()) {
            TemplateValue::Object annotations = spread(metadata.member(TemplateValue::string(u"annotations"_s)));
            annotations.insert(u"backstage.io/source-template"_s, TemplateValue::string(templateRef));
            metadataMembers.insert(u"annotations"_s, TemplateValue::object(std::move(annotations)));
        }
        TemplateValue::Object members = entity.objectMembers();
        members.insert(u"metadata"_s, TemplateValue::object(std::move(metadataMembers)));
        return TemplateValue::object(std::move(members));
    }

    /// JavaScript's `{...value}`: an object's members, an array's or a string's items under their indices, nothing
    /// for the rest.
    static TemplateValue::Object spread(const TemplateValue& value)
    {
        if (value.isObject())
            return value.objectMembers();
        TemplateValue::Object members;
        if (value.isArray()) {
            for (qsizetype i = 0; i < value.arrayItems().size(); ++i)
                members.insert(QString::number(i), value.arrayItems().at(i));
        } else if (value.isString() && !value.isSafe()) {
            for (qsizetype i = 0; i < value.stringValue().size(); ++i)
                members.insert(QString::number(i), TemplateValue::string(value.stringValue().at(i)));
        }
        return members;
    }

    void debugLog(const QString& stepId, const QJsonObject& input)
    {
        const QJsonValue message = input.value(u"message"_s);
        if (!message.isUndefined() && !message.isNull())
            log(stepId, ScaffoldLogEntry::Level::Info,
                message.isString() ? message.toString()
                                   : QString::fromUtf8(QJsonDocument::fromVariant(message.toVariant()).toJson()));
        const QJsonValue listWorkspace = input.value(u"listWorkspace"_s);
        if (listWorkspace.toBool() || listWorkspace.isString()) {
            const bool withContents = listWorkspace.toString() == u"with-contents";
            QStringList lines;
            for (const ScaffoldFile& file : std::as_const(m_files)) {
                lines.append(u"  "_s + file.path);
                if (withContents && !looksBinary(file.content))
                    lines.append(QString::fromUtf8(file.content));
            }
            log(stepId, ScaffoldLogEntry::Level::Info, ScaffoldRun::tr("Workspace:") + u'\n' + lines.join(u'\n'));
        }
    }

    void debugWait(const QString& stepId, const QJsonObject& input)
    {
        const double milliseconds = input.value(u"minutes"_s).toDouble() * 60000
            + input.value(u"seconds"_s).toDouble() * 1000 + input.value(u"milliseconds"_s).toDouble();
        if (milliseconds > 10 * 60000)
            throw StepFailure { ScaffoldRun::tr(
                "Waiting duration is longer than the maximum threshold of 10 minutes") };
        // A local run is a preview: it says how long a backend would wait instead of holding the preview back.
        log(stepId, ScaffoldLogEntry::Level::Info,
            ScaffoldRun::tr("A backend waits %1 ms here; a local run goes straight on").arg(milliseconds));
    }

    void renderOutput()
    {
        const QJsonObject object
            = render(m_definition.output, TemplateValue::object(m_context), QString()).toJson().toObject();
        m_result.outputLinks = object.value(u"links"_s).toArray();
        m_result.outputText = object.value(u"text"_s).toArray();
    }

    const TemplateDefinition& m_definition;
    const ScaffoldRequest& m_request;
    TemplateValue::Object m_context;
    QMap<QString, ScaffoldFile> m_files;
    QSet<QString> m_directories;
    QStringList m_secretValues;
    ScaffoldResult m_result;
};

} // namespace

ScaffoldResult ScaffoldRun::dryRun(const TemplateDefinition& definition, const ScaffoldRequest& request)
{
    return Runner(definition, request).run();
}

} // namespace Atrium
