#pragma once

#include "catalog/catalogsnapshot.h"
#include "templates/templatedefinition.h"

#include <QTimer>
#include <QUuid>
#include <QWizard>

#include <optional>

namespace Atrium {

class FinishWizardPage;
class FormWizardPage;
class PreviewWizardPage;
class ReviewWizardPage;
class WizardDraftStore;
class WizardState;
struct WizardDraft;

/// Turns a template into files: one page per parameter page of its form, a review of every answer, a preview of
/// the generated files, and the step that writes them. The state is saved as a draft while the user types, so a
/// crash or a restart loses nothing; secrets never are.
class TemplateWizard : public QWizard {
    Q_OBJECT
public:
    /// @p drafts may be null (no drafts). The wizard does not own it.
    TemplateWizard(TemplateDefinition definition, CatalogSnapshotPtr catalog, WizardDraftStore* drafts,
                   QWidget* parent = nullptr);
    ~TemplateWizard() override;

    WizardState* state() const { return m_state; }
    int formPageCount() const { return int(m_formPages.size()); }
    FormWizardPage* formPage(int index) const { return m_formPages.value(index); }
    ReviewWizardPage* reviewPage() const { return m_review; }
    PreviewWizardPage* previewPage() const { return m_preview; }
    FinishWizardPage* finishPage() const { return m_finish; }

    /// Puts a saved draft back: its answers, target folder and page.
    void restoreDraft(const WizardDraft& draft);
    /// Saves the draft now instead of after the short pause that batches keystrokes.
    void saveDraftNow();

    /// Goes back to form page @p pageIndex and puts the focus on the field at @p path.
    void editAnswer(int pageIndex, const QString& path);

Q_SIGNALS:
    void entityActivated(const QString& ref);
    /// The user asked to follow a submission in the Activity page.
    void activityRequested(const QUuid& entryId);

private:
    void scheduleDraftSave();
    QStringList secretPaths() const;

    WizardState* m_state;
    WizardDraftStore* m_drafts;
    QList<FormWizardPage*> m_formPages;
    ReviewWizardPage* m_review;
    PreviewWizardPage* m_preview;
    FinishWizardPage* m_finish;
    QTimer m_draftTimer;
    bool m_finished = false;
    /// The user changed something: only then is there a draft worth keeping.
    bool m_edited = false;
};

} // namespace Atrium
