#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atrium {

/// Where a user left a template's wizard.
struct WizardDraft {
    QString templateRef; ///< canonical, "template:default/kafka-topic"
    QJsonObject answers; ///< the form's answers; Secret fields hold only '*' masks (see WizardDraftStore::save)
    int page = 0;
    QString targetDirectory;
    QDateTime savedAt; ///< set by save(), in UTC

    friend bool operator==(const WizardDraft&, const WizardDraft&) = default;
};

/// Keeps one draft per template as a JSON file in a folder, so that a wizard closed half-way (or a crash) does not
/// lose the answers.
///
/// Every file is written with QSaveFile: the old draft stays whole until the new one is complete, and the temporary
/// file of a writer that died is never read as a draft (only `<hash>.json` files are). File names are a hash of the
/// template ref, so any ref is a safe name; the ref inside the file is what counts. A file that cannot be read as a
/// draft is skipped and named in the error, never fatal.
///
/// Secrets: a draft must never hold one. The wizard passes answers in which every Secret field holds only its '*'
/// mask; as a second line of defence save() drops the answers at the `secretFields` paths (dotted, as FormField::path
/// writes them) before anything reaches the disk, so a caller that forgot to mask still writes no secret.
class WizardDraftStore {
    Q_DECLARE_TR_FUNCTIONS(Atrium::WizardDraftStore)
public:
    /// The folder of the application's drafts: QStandardPaths::AppDataLocation + "/drafts".
    static QString defaultDirectory();

    /// Keeps drafts in @p directory (created on the first save).
    explicit WizardDraftStore(QString directory = defaultDirectory());

    QString directory() const { return m_directory; }

    /// Writes @p draft (replacing the template's earlier draft) with savedAt set to now, after removing the answers
    /// at @p secretFields. False with @p error set when it could not be written; the earlier draft is then intact.
    bool save(const WizardDraft& draft, const QStringList& secretFields = {}, QString* error = nullptr) const;
    /// The draft for @p templateRef; nothing when there is none, or when its file is unreadable (then @p error says
    /// why).
    std::optional<WizardDraft> load(const QString& templateRef, QString* error = nullptr) const;
    /// Every readable draft, newest first; @p errors names the files that could not be read.
    QList<WizardDraft> all(QStringList* errors = nullptr) const;
    /// Deletes the draft for @p templateRef; true when none is left (also when there was none).
    bool remove(const QString& templateRef, QString* error = nullptr) const;

    /// The file name for @p templateRef inside the folder: a SHA-256 prefix of the ref, ".json".
    static QString fileName(const QString& templateRef);
    /// @p answers without the values at the dotted @p paths.
    static QJsonObject withoutFields(QJsonObject answers, const QStringList& paths);

private:
    std::optional<WizardDraft> read(const QString& filePath, QString* error) const;

    QString m_directory;
};

} // namespace Atrium
