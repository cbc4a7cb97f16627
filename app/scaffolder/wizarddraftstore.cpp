#include "wizarddraftstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Atrium {

namespace {

constexpr int formatVersion = 1;

const QString keyVersion = QStringLiteral("version");
const QString keyTemplateRef = QStringLiteral("templateRef");
const QString keyAnswers = QStringLiteral("answers");
const QString keyPage = QStringLiteral("page");
const QString keyTargetDirectory = QStringLiteral("targetDirectory");
const QString keySavedAt = QStringLiteral("savedAt");

QJsonObject withoutPath(QJsonObject object, QStringView path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.remove(path.toString());
        return object;
    }
    const QString head = path.left(dot).toString();
    const auto it = object.find(head);
    if (it != object.end() && it->isObject())
        *it = withoutPath(it->toObject(), path.mid(dot + 1));
    return object;
}

} // namespace

QString WizardDraftStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drafts");
}

WizardDraftStore::WizardDraftStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString WizardDraftStore::fileName(const QString& templateRef)
{
    const QByteArray hash = QCryptographicHash::hash(templateRef.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(32)) + QStringLiteral(".json");
}

QJsonObject WizardDraftStore::withoutFields(QJsonObject answers, const QStringList& paths)
{
    for (const QString& path : paths) {
        // A property whose name holds dots is reachable only whole; both readings are removed.
        answers.remove(path);
        answers = withoutPath(std::move(answers), path);
    }
    return answers;
}

bool WizardDraftStore::save(const WizardDraft& draft, const QStringList& secretFields, QString* error) const
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (draft.templateRef.isEmpty())
        return fail(tr("A draft needs the template it belongs to"));
    if (!QDir().mkpath(m_directory))
        return fail(tr("The folder %1 cannot be created").arg(QDir::toNativeSeparators(m_directory)));

    const QJsonObject json {
        { keyVersion, formatVersion },
        { keyTemplateRef, draft.templateRef },
        { keyAnswers, withoutFields(draft.answers, secretFields) },
        { keyPage, draft.page },
        { keyTargetDirectory, draft.targetDirectory },
        { keySavedAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
    };
    QSaveFile file(QDir(m_directory).filePath(fileName(draft.templateRef)));
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The draft cannot be written to %1: %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("The draft cannot be written to %1: %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    return true;
}

std::optional<WizardDraft> WizardDraftStore::read(const QString& filePath, QString* error) const
{
    const auto fail = [error, &filePath](const QString& why) -> std::optional<WizardDraft> {
        if (error)
            *error = tr("The draft %1 is ignored: %2").arg(QDir::toNativeSeparators(filePath), why);
        return std::nullopt;
    };
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("it is not valid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject json = document.object();
    if (!document.isObject() || json.value(keyVersion).toInt() != formatVersion)
        return fail(tr("expected a draft of format version %1").arg(formatVersion));
    WizardDraft draft;
    draft.templateRef = json.value(keyTemplateRef).toString();
    draft.answers = json.value(keyAnswers).toObject();
    draft.page = json.value(keyPage).toInt();
    draft.targetDirectory = json.value(keyTargetDirectory).toString();
    draft.savedAt = QDateTime::fromString(json.value(keySavedAt).toString(), Qt::ISODateWithMs);
    if (draft.templateRef.isEmpty() || !json.value(keyAnswers).isObject() || !draft.savedAt.isValid())
        return fail(tr("expected templateRef, answers and savedAt"));
    return draft;
}

std::optional<WizardDraft> WizardDraftStore::load(const QString& templateRef, QString* error) const
{
    const QString path = QDir(m_directory).filePath(fileName(templateRef));
    if (!QFile::exists(path))
        return std::nullopt;
    std::optional<WizardDraft> draft = read(path, error);
    if (draft && draft->templateRef != templateRef) {
        if (error)
            *error = tr("The draft %1 is ignored: it belongs to %2, not %3")
                         .arg(QDir::toNativeSeparators(path), draft->templateRef, templateRef);
        return std::nullopt;
    }
    return draft;
}

QList<WizardDraft> WizardDraftStore::all(QStringList* errors) const
{
    QList<WizardDraft> drafts;
    // Only finished files: QSaveFile's temporary files never end in ".json".
    const QDir directory(m_directory);
    const QStringList names = directory.entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString& name : names) {
        QString error;
        if (std::optional<WizardDraft> draft = read(directory.filePath(name), &error))
            drafts.append(std::move(*draft));
        else if (errors)
            errors->append(error);
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const WizardDraft& a, const WizardDraft& b) { return a.savedAt > b.savedAt; });
    return drafts;
}

bool WizardDraftStore::remove(const QString& templateRef, QString* error) const
{
    QFile file(QDir(m_directory).filePath(fileName(templateRef)));
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = tr("The draft %1 cannot be deleted: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return false;
}

} // namespace Atrium
