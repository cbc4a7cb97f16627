#include "backends/endpointrequest.h"

#include "templates/templaterenderer.h"
#include "templates/templatevalue.h"
#include "workspace/backendsconfig.h"

#include <QJsonDocument>
#include <QStringDecoder>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

TemplateValue fileValue(const SubmissionInput::File& file)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(file.content);
    // JSON carries text only: bytes that are not UTF-8 travel as base64, flagged so the receiver can tell.
    const bool binary = decoder.hasError();
    TemplateValue::Object object;
    object.insert(u"path"_s, TemplateValue::string(file.path));
    object.insert(u"content"_s, TemplateValue::string(binary ? QString::fromLatin1(file.content.toBase64()) : text));
    object.insert(u"binary"_s, TemplateValue::boolean(binary));
    return TemplateValue::object(object);
}

/// Line and column (one-based) of the UTF-8 byte @p offset in @p text.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset)
{
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return { int(before.count('\n')) + 1, int(QString::fromUtf8(before.mid(lineStart)).size()) + 1 };
}

QString lineOf(const QByteArray& text, int line)
{
    const QList<QByteArray> lines = text.split('\n');
    const QString found = QString::fromUtf8(lines.value(line - 1)).trimmed();
    return found.size() > 200 ? found.left(200) + u'…' : found;
}

} // namespace

TemplateValue EndpointRequest::context(const HttpEndpoint& endpoint, const SubmissionInput& input)
{
    TemplateValue::Object templateInfo;
    templateInfo.insert(u"ref"_s, TemplateValue::string(input.templateRef));
    templateInfo.insert(u"title"_s, TemplateValue::string(input.templateTitle));
    templateInfo.insert(u"name"_s, TemplateValue::string(input.templateName));
    TemplateValue::Array files;
    for (const SubmissionInput::File& file : input.files)
        files.append(fileValue(file));
    TemplateValue::Object endpointInfo;
    endpointInfo.insert(u"name"_s, TemplateValue::string(endpoint.name));
    endpointInfo.insert(u"title"_s, TemplateValue::string(endpoint.title));

    TemplateValue::Object context;
    context.insert(u"parameters"_s, TemplateValue::fromJson(input.parameters));
    context.insert(u"template"_s, TemplateValue::object(templateInfo));
    context.insert(u"files"_s, TemplateValue::array(files));
    context.insert(u"endpoint"_s, TemplateValue::object(endpointInfo));
    return TemplateValue::object(context);
}

std::optional<QByteArray> EndpointRequest::renderBody(const HttpEndpoint& endpoint, const SubmissionInput& input,
                                                      QString* error, const QString& configFile)
{
    const QString where = endpoint.position.line > 0
        ? tr("The body of endpoint %1 (%2, line %3)").arg(endpoint.name, configFile).arg(endpoint.position.line)
        : tr("The body of endpoint %1").arg(endpoint.name);
    const auto fail = [error](const QString& message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Bodies are plain Nunjucks ({{ }}), as people write them outside Backstage's templates: cookiecutterCompat.
    TemplateOptions options;
    options.cookiecutterCompat = true;
    options.maxOutputSize = qsizetype(8) * 1024 * 1024;
    const TemplateResult result = TemplateRenderer::render(endpoint.body, context(endpoint, input), options);
    if (result.error)
        return fail(tr("%1: %2").arg(where, result.error->describe()));

    const QByteArray body = result.output.trimmed().toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(body, parseError.offset);
        return fail(tr("%1 is not valid JSON once rendered: %2 at line %3, column %4 of the rendered text: %5")
                        .arg(where, parseError.errorString())
                        .arg(line)
                        .arg(column)
                        .arg(lineOf(body, line)));
    }
    if (!endpoint.tokenField.isEmpty() && !document.isObject())
        return fail(
            tr("%1 must render to a JSON object: the token goes into its field %2").arg(where, endpoint.tokenField));
    return body;
}

std::optional<OutboxEntry> EndpointRequest::forEndpoint(const HttpEndpoint& endpoint, const SubmissionInput& input,
                                                        QString* error, const QString& configFile)
{
    std::optional<QByteArray> body = renderBody(endpoint, input, error, configFile);
    if (!body)
        return std::nullopt;
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::HttpRequest;
    entry.targetName = endpoint.name;
    entry.url = endpoint.url;
    entry.method = endpoint.method;
    entry.payload = *body;
    entry.title
        = input.templateTitle.isEmpty() ? endpoint.title : tr("%1: %2").arg(endpoint.title, input.templateTitle);
    if (!endpoint.idempotencyKeyHeader.isEmpty())
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (endpoint.token.isSet())
        entry.secretNames = QStringList { u"token"_s };
    return entry;
}

QUrl EndpointRequest::scaffolderTasksUrl(const QUrl& baseUrl)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/scaffolder/v2/tasks"_s);
    return url;
}

OutboxEntry EndpointRequest::forScaffolderTask(const BackstageBackend& backend, const QString& templateRef,
                                               const QJsonObject& values, const QStringList& secretNames,
                                               const QString& title)
{
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::ScaffolderTask;
    entry.targetName = backend.name;
    entry.url = scaffolderTasksUrl(backend.url);
    entry.method = QByteArrayLiteral("POST");
    entry.payload = QJsonDocument(QJsonObject { { u"templateRef"_s, templateRef }, { u"values"_s, values } })
                        .toJson(QJsonDocument::Compact);
    entry.secretNames = secretNames;
    entry.title = title.isEmpty() ? templateRef : title;
    return entry;
}

} // namespace Atrium
