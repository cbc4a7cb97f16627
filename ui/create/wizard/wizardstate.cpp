#include "wizardstate.h"

#include "templates/templateanswers.h"

#include <QFileInfo>

namespace Atrium {

WizardState::WizardState(TemplateDefinition definition, CatalogSnapshotPtr catalog, QObject* parent)
    : QObject(parent)
    , m_definition(std::move(definition))
    , m_catalog(std::move(catalog))
    , m_answers(TemplateAnswers::withDefaults(m_definition, {}))
{
}

void WizardState::setAnswers(const QJsonObject& answers)
{
    if (answers == m_answers)
        return;
    m_answers = answers;
    Q_EMIT answersChanged();
}

void WizardState::setTargetDirectory(const QString& directory)
{
    if (directory == m_targetDirectory)
        return;
    m_targetDirectory = directory;
    Q_EMIT targetDirectoryChanged();
}

void WizardState::setResult(const ScaffoldResult& result, const QJsonObject& forAnswers)
{
    m_result = result;
    m_resultAnswers = forAnswers;
    m_hasResult = true;
}

void WizardState::setSubmission(QList<SubmitTarget> targets, Submitter submitter)
{
    m_submitTargets = std::move(targets);
    m_submitter = std::move(submitter);
}

QUuid WizardState::submit(const QString& target, QString* error) const
{
    if (!m_submitter) {
        *error = tr("There is nowhere to submit to.");
        return {};
    }
    return m_submitter(target, *this, error);
}

ScaffoldRequest WizardState::request() const
{
    ScaffoldRequest request;
    request.values = m_answers;
    request.secrets = m_secrets;
    if (!m_definition.file.isEmpty())
        request.templateDirectory = QFileInfo(m_definition.file).absolutePath();
    return request;
}

} // namespace Atrium
