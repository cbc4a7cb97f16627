#pragma once

#include "catalog/catalogsnapshot.h"
#include "scaffolder/scaffoldrun.h"
#include "templates/templatedefinition.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>

namespace Atrium {

/// Where the wizard can send a run instead of (or besides) writing the files itself: the scaffolder of the
/// Backstage backend a template comes from, or a request endpoint of the workspace.
struct SubmitTarget {
    QString name; ///< as named in atrium.yaml
    QString title; ///< for the button: "Backstage (corp)", "Provisioning webhook"
    QString description; ///< for its tooltip: the URL it goes to
};

/// What the wizard's pages share: the template, the answers as they are being given, the secrets (kept in memory
/// only), where the files go, and the latest dry run.
class WizardState : public QObject {
    Q_OBJECT
public:
    WizardState(TemplateDefinition definition, CatalogSnapshotPtr catalog, QObject* parent = nullptr);

    const TemplateDefinition& definition() const { return m_definition; }
    const CatalogSnapshotPtr& catalog() const { return m_catalog; }

    const QJsonObject& answers() const { return m_answers; }
    void setAnswers(const QJsonObject& answers);
    /// Values of Secret fields; never saved, logged or shown.
    const QJsonObject& secrets() const { return m_secrets; }
    void setSecrets(const QJsonObject& secrets) { m_secrets = secrets; }

    const QString& targetDirectory() const { return m_targetDirectory; }
    void setTargetDirectory(const QString& directory);

    /// The request a run of the template gets for the current answers.
    ScaffoldRequest request() const;

    /// The latest dry run, and the answers it was made for.
    const ScaffoldResult& result() const { return m_result; }
    bool resultIsCurrent() const { return m_hasResult && m_resultAnswers == m_answers; }
    void setResult(const ScaffoldResult& result, const QJsonObject& forAnswers);

    /// Runs the preview somewhere else than in this process (a backend's dry-run for its own templates). Unset:
    /// ScaffoldRun::dryRun on a worker thread.
    using PreviewRunner = std::function<QFuture<ScaffoldResult>(const TemplateDefinition&, const ScaffoldRequest&)>;
    const PreviewRunner& previewRunner() const { return m_previewRunner; }
    void setPreviewRunner(PreviewRunner runner) { m_previewRunner = std::move(runner); }

    /// Puts a submission into the outbox for @p target; its id, or a null one with @p error set.
    using Submitter = std::function<QUuid(const QString& target, const WizardState& state, QString* error)>;
    const QList<SubmitTarget>& submitTargets() const { return m_submitTargets; }
    void setSubmission(QList<SubmitTarget> targets, Submitter submitter);
    QUuid submit(const QString& target, QString* error) const;
    /// Why there is nowhere to submit to, for the disabled button's tooltip.
    QString noSubmitReason() const { return m_noSubmitReason; }
    void setNoSubmitReason(const QString& reason) { m_noSubmitReason = reason; }

Q_SIGNALS:
    void answersChanged();
    void targetDirectoryChanged();

private:
    TemplateDefinition m_definition;
    CatalogSnapshotPtr m_catalog;
    QJsonObject m_answers;
    QJsonObject m_secrets;
    QString m_targetDirectory;
    ScaffoldResult m_result;
    QJsonObject m_resultAnswers;
    bool m_hasResult = false;
    PreviewRunner m_previewRunner;
    QList<SubmitTarget> m_submitTargets;
    Submitter m_submitter;
    QString m_noSubmitReason;
};

} // namespace Atrium
