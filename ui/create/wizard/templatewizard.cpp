#include "templatewizard.h"

#include "finishwizardpage.h"
#include "formpagewidget.h"
#include "formwizardpage.h"
#include "previewwizardpage.h"
#include "reviewwizardpage.h"
#include "scaffolder/wizarddraftstore.h"
#include "templates/formlayout.h"
#include "wizardstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPushButton>

namespace Atrium {

TemplateWizard::TemplateWizard(TemplateDefinition definition, CatalogSnapshotPtr catalog, WizardDraftStore* drafts,
                               QWidget* parent)
    : QWizard(parent)
    , m_state(new WizardState(std::move(definition), std::move(catalog), this))
    , m_drafts(drafts)
{
    const TemplateDefinition& templateDefinition = m_state->definition();
    setWindowTitle(tr("%1 — Create").arg(templateDefinition.title));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setMinimumSize(760, 560);
    resize(980, 700);

    for (int i = 0; i < int(templateDefinition.pages.size()); ++i) {
        auto* page = new FormWizardPage(m_state, i, this);
        m_formPages.append(page);
        addPage(page);
    }
    m_review = new ReviewWizardPage(m_state, this);
    m_preview = new PreviewWizardPage(m_state, this);
    m_finish = new FinishWizardPage(m_state, this);
    addPage(m_review);
    addPage(m_preview);
    addPage(m_finish);

    // Backstage's spec.presentation.buttonLabels: the template names its own buttons.
    const QJsonObject labels = templateDefinition.presentation.value(QLatin1String("buttonLabels")).toObject();
    if (const QString back = labels.value(QLatin1String("backButtonText")).toString(); !back.isEmpty())
        setButtonText(QWizard::BackButton, back);
    if (const QString review = labels.value(QLatin1String("reviewButtonText")).toString();
        !review.isEmpty() && !m_formPages.isEmpty())
        m_formPages.last()->setButtonText(QWizard::NextButton, review);
    if (const QString create = labels.value(QLatin1String("createButtonText")).toString(); !create.isEmpty())
        m_finish->createButton()->setText(create);

    connect(m_review, &ReviewWizardPage::editRequested, this, &TemplateWizard::editAnswer);
    connect(m_finish, &FinishWizardPage::entityActivated, this, &TemplateWizard::entityActivated);
    const auto done = [this] {
        // The files exist now, or the run is safe in the outbox: the draft has done its job.
        m_finished = true;
        m_draftTimer.stop();
        if (m_drafts)
            m_drafts->remove(m_state->definition().ref);
    };
    connect(m_finish, &FinishWizardPage::created, this, done);
    connect(m_finish, &FinishWizardPage::submitted, this, done);
    connect(m_finish, &FinishWizardPage::activityRequested, this, &TemplateWizard::activityRequested);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &TemplateWizard::saveDraftNow);
    const auto edited = [this] {
        m_edited = true;
        scheduleDraftSave();
    };
    connect(m_state, &WizardState::answersChanged, this, edited);
    connect(m_state, &WizardState::targetDirectoryChanged, this, edited);
    connect(this, &QWizard::currentIdChanged, this, &TemplateWizard::scheduleDraftSave);
}

TemplateWizard::~TemplateWizard()
{
    if (m_draftTimer.isActive())
        saveDraftNow();
}

void TemplateWizard::restoreDraft(const WizardDraft& draft)
{
    m_edited = true; // the draft stays a draft until the files are created
    m_state->setAnswers(draft.answers);
    m_state->setTargetDirectory(draft.targetDirectory);
    // Only form pages are restored as pages: review and preview are recomputed from the answers.
    const int page = std::clamp(draft.page, 0, std::max(0, formPageCount() - 1));
    if (formPageCount() > 0) {
        m_formPages.first()->initializePage();
        while (currentId() < page && currentPage() && currentPage()->isComplete())
            next();
    }
}

void TemplateWizard::scheduleDraftSave()
{
    if (m_drafts && !m_finished)
        m_draftTimer.start();
}

QStringList TemplateWizard::secretPaths() const
{
    QStringList paths;
    for (const TemplateParameterPage& page : m_state->definition().pages) {
        for (const FormField& field : FormLayout::flattened(FormLayout::fields(page.schema, m_state->answers()))) {
            if (field.widget == FormField::Widget::Secret || field.widget == FormField::Widget::Password)
                paths.append(field.path);
        }
    }
    return paths;
}

void TemplateWizard::saveDraftNow()
{
    m_draftTimer.stop();
    if (!m_drafts || m_finished || !m_edited)
        return;
    WizardDraft draft;
    draft.templateRef = m_state->definition().ref;
    draft.answers = m_state->answers();
    draft.page = std::max(0, std::min(currentId(), formPageCount() - 1));
    draft.targetDirectory = m_state->targetDirectory();
    draft.savedAt = QDateTime::currentDateTimeUtc();
    m_drafts->save(draft, secretPaths());
}

void TemplateWizard::editAnswer(int pageIndex, const QString& path)
{
    while (currentId() > pageIndex && currentId() > 0)
        back();
    if (FormWizardPage* page = formPage(pageIndex)) {
        if (QWidget* editor = page->form()->editorFor(path))
            editor->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace Atrium
