#pragma once

#include "catalog/catalogsnapshot.h"
#include "scaffolder/scaffoldrun.h"
#include "templates/templatedefinition.h"

#include <QJsonObject>
#include <QObject>

namespace Atrium {

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
};

} // namespace Atrium
