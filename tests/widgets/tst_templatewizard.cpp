// The template wizard as a user goes through it: the bundled templates filled in through the real widgets, live
// validation holding Next back, review with edit links, the preview of the files, writing them, and drafts that
// survive the wizard being killed.

#include "catalog/catalogloader.h"
#include "create/wizard/fields/repourleditor.h"
#include "create/wizard/finishwizardpage.h"
#include "create/wizard/formpagewidget.h"
#include "create/wizard/formwizardpage.h"
#include "create/wizard/previewwizardpage.h"
#include "create/wizard/reviewwizardpage.h"
#include "create/wizard/templatewizard.h"
#include "create/wizard/wizardstate.h"
#include "scaffolder/wizarddraftstore.h"
#include "screenshot.h"
#include "templates/formlayout.h"
#include "templates/templatedefinition.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrlQuery>
#include <QUuid>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

CatalogSnapshotPtr demoCatalog()
{
    static const CatalogSnapshotPtr snapshot = [] {
        CatalogLoadOptions options;
        options.addRoot(QStringLiteral(ATRIUM_DEMO_DIR));
        return std::make_shared<const CatalogSnapshot>(loadCatalog(options));
    }();
    return snapshot;
}

TemplateDefinition demoTemplate(const QString& name)
{
    const Entity entity = demoCatalog()->find(QString(u"template:default/"_s + name));
    return entity ? TemplateDefinitionReader::read(entity) : TemplateDefinition();
}

/// The answers of the "defaults" case of each bundled template (tests/data/templates/bundled/cases.json).
QJsonObject defaultAnswers(const QString& templateName)
{
    QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/bundled/cases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray()) {
        const QJsonObject testCase = value.toObject();
        if (testCase.value(u"template"_s).toString() == templateName
            && testCase.value(u"case"_s).toString() == u"defaults")
            return testCase.value(u"answers"_s).toObject();
    }
    return {};
}

void typeInto(QWidget* input, const QString& text)
{
    auto* line = qobject_cast<QLineEdit*>(input);
    if (auto* combo = qobject_cast<QComboBox*>(input); combo && !combo->isEditable()) {
        // A closed list: choose the entry, as a click in the popup would.
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
        return;
    } else if (combo) {
        line = combo->lineEdit();
    }
    if (!line)
        line = input->findChild<QLineEdit*>();
    QVERIFY2(line, input->metaObject()->className());
    line->setFocus(Qt::MouseFocusReason);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

/// Gives @p answers to the fields of the wizard's current form page through their widgets, as a user would.
void fillPage(FormPageWidget* form, const QJsonObject& answers)
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        QWidget* input = form->editorFor(it.key());
        if (!input)
            continue; // another page's field
        if (auto* repo = qobject_cast<RepoUrlEditor*>(input)) {
            const QString url = it.value().toString();
            const QUrlQuery query(url.mid(url.indexOf(u'?') + 1));
            typeInto(repo->ownerInput(), query.queryItemValue(u"owner"_s));
            typeInto(repo->repoInput(), query.queryItemValue(u"repo"_s));
        } else if (auto* check = qobject_cast<QCheckBox*>(input)) {
            if (check->isChecked() != it.value().toBool()) {
                check->setFocus(Qt::TabFocusReason);
                QTest::keyClick(check, Qt::Key_Space);
            }
        } else if (it.value().isString() || it.value().isDouble()) {
            typeInto(input, it.value().isString() ? it.value().toString() : QString::number(it.value().toDouble()));
        }
    }
}

/// A template of tests/data/templates/wizard, read as the catalog would give it.
TemplateDefinition wizardTemplate(const QString& name)
{
    QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/wizard/") + name + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return TemplateDefinitionReader::read(QJsonDocument::fromJson(file.readAll()).object(), file.fileName());
}

QAbstractButton* nextButton(QWizard& wizard)
{
    return wizard.button(QWizard::NextButton);
}

} // namespace

class TestTemplateWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(demoCatalog()->entities.size() > 0); }

    void wizardEveryBundledTemplate_data()
    {
        QTest::addColumn<QString>("templateName");
        for (const char* name : { "kubernetes-service", "terraform-aws-service", "helm-chart", "github-actions-cicd",
                                  "new-service", "kafka-topic", "go-service-kubernetes" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void wizardEveryBundledTemplate()
    {
        QFETCH(QString, templateName);
        TemplateDefinition definition = demoTemplate(templateName);
        QVERIFY2(!definition.ref.isEmpty(), qPrintable(templateName));
        QJsonObject answers = defaultAnswers(templateName);
        if (answers.isEmpty()) {
            answers = { { u"name"_s, u"ride-pricing"_s },
                        { u"description"_s, u"Prices rides."_s },
                        { u"owner"_s, u"group:default/platform-team"_s },
                        { u"repoUrl"_s, u"github.com?owner=brightwater-cycles&repo=ride-pricing"_s } };
        }

        TemplateWizard wizard(definition, demoCatalog(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int page = 0; page < wizard.formPageCount(); ++page) {
            QCOMPARE(wizard.currentPage(), wizard.formPage(page));
            fillPage(wizard.formPage(page)->form(), answers);
            QVERIFY2(wizard.formPage(page)->isComplete(),
                     qPrintable(templateName + u": page "_s + QString::number(page + 1) + u": "_s
                                + (wizard.formPage(page)->form()->errors().isEmpty()
                                       ? QString()
                                       : wizard.formPage(page)->form()->errors().first().path + u" "_s
                                           + wizard.formPage(page)->form()->errors().first().message)));
            WidgetTest::saveScreenshot(wizard, u"wizard-%1-page%2"_s.arg(templateName).arg(page + 1));
            QVERIFY(nextButton(wizard)->isEnabled());
            QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        }
        QCOMPARE(wizard.currentPage(), wizard.reviewPage());
        WidgetTest::saveScreenshot(wizard, u"wizard-%1-review"_s.arg(templateName));

        QSignalSpy ready(wizard.previewPage(), &PreviewWizardPage::previewReady);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), wizard.previewPage());
        QVERIFY(ready.wait(30000) || !ready.isEmpty());
        const ScaffoldResult& result = wizard.state()->result();
        QVERIFY2(result.ok() || result.stoppedForBackend, qPrintable(result.error));
        QVERIFY(!result.files.isEmpty());
        QCOMPARE(result.stoppedForBackend, definition.needsBackend());
        WidgetTest::saveScreenshot(wizard, u"wizard-%1-preview"_s.arg(templateName));

        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), wizard.finishPage());
        QTemporaryDir target;
        typeInto(wizard.finishPage()->targetField(), target.path() + u"/out"_s);
        QSignalSpy written(wizard.finishPage(), &FinishWizardPage::writeFinished);
        QVERIFY(wizard.finishPage()->createButton()->isEnabled());
        QTest::mouseClick(wizard.finishPage()->createButton(), Qt::LeftButton);
        QVERIFY(written.wait(30000) || !written.isEmpty());
        QVERIFY2(wizard.finishPage()->report().ok(), qPrintable(wizard.finishPage()->report().error));
        for (const ScaffoldFile& file : result.files) {
            QFile written(target.path() + u"/out/"_s + file.path);
            QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(file.path));
            QCOMPARE(written.readAll(), file.content);
        }
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        WidgetTest::saveScreenshot(wizard, u"wizard-%1-created"_s.arg(templateName));
    }

    void wizardLiveValidationHoldsNextBack()
    {
        TemplateWizard wizard(demoTemplate(u"go-service-kubernetes"_s), demoCatalog(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        FormPageWidget* form = wizard.formPage(0)->form();
        QVERIFY(!nextButton(wizard)->isEnabled()); // required fields are empty
        typeInto(form->editorFor(u"name"_s), u"Bad Name"_s);
        QVERIFY(!form->shownError(u"name"_s).isEmpty());
        QVERIFY(!nextButton(wizard)->isEnabled());
        typeInto(form->editorFor(u"name"_s), u"orders"_s);
        QVERIFY(form->shownError(u"name"_s).isEmpty());
        typeInto(form->editorFor(u"description"_s), u"Takes orders."_s);
        typeInto(form->editorFor(u"owner"_s), u"group:default/platform-team"_s);
        QVERIFY(nextButton(wizard)->isEnabled());
        WidgetTest::saveScreenshot(wizard, u"wizard-validation"_s);
    }

    void wizardEnterOnAnInvalidPageFocusesTheFirstInvalidField()
    {
        TemplateWizard wizard(demoTemplate(u"go-service-kubernetes"_s), demoCatalog(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        FormPageWidget* form = wizard.formPage(0)->form();
        typeInto(form->editorFor(u"name"_s), u"orders"_s);
        QVERIFY(form->shownError(u"description"_s).isEmpty()); // untouched: no message yet
        // Enter where Next would be: it is disabled, so the page says what is missing and goes there.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentPage(), wizard.formPage(0));
        QVERIFY(!form->shownError(u"description"_s).isEmpty());
        QWidget* description = form->editorFor(u"description"_s);
        QTRY_VERIFY(description->hasFocus() || description->isAncestorOf(QApplication::focusWidget()));
    }

    void wizardReviewMasksHidesAndFinishReports()
    {
        TemplateWizard wizard(wizardTemplate(u"review-and-output"_s), demoCatalog(), nullptr);
        QVERIFY(wizard.formPageCount() == 1);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        FormPageWidget* form = wizard.formPage(0)->form();
        typeInto(form->editorFor(u"name"_s), u"orders"_s);
        typeInto(form->editorFor(u"apiKey"_s), u"k-123-secret"_s);
        // spec.presentation.buttonLabels name the buttons, as in Backstage.
        QCOMPARE(nextButton(wizard)->text(), u"Check answers"_s);
        QCOMPARE(wizard.finishPage()->createButton()->text(), u"Scaffold"_s);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), wizard.reviewPage());
        QCOMPARE(wizard.button(QWizard::BackButton)->text(), u"Return"_s);

        // ui:backstage.review.mask shows the mask, review.show: false leaves the answer out.
        QStringList shown;
        for (QLabel* label : wizard.reviewPage()->findChildren<QLabel*>())
            shown.append(label->text());
        const QString review = shown.join(u'\n');
        QVERIFY2(review.contains(u"•••• set ••••"_s), qPrintable(review));
        QVERIFY(!review.contains(u"k-123-secret"_s));
        QVERIFY(review.contains(u"orders"_s));
        QVERIFY(!review.contains(u"svc-0042"_s));
        QVERIFY(!review.contains(u"Internal id"_s));
        QCOMPARE(wizard.state()->answers().value(u"internalId"_s), QJsonValue(u"svc-0042"_s)); // kept, not shown

        QSignalSpy ready(wizard.previewPage(), &PreviewWizardPage::previewReady);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QVERIFY(ready.wait(30000) || !ready.isEmpty());
        QVERIFY(!wizard.previewPage()->submissionToggle()->isVisible()); // runs here: nothing to submit
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), wizard.finishPage());

        // A file that exists stops the write by default; the user chooses to overwrite it, and it is.
        QTemporaryDir target;
        QFile existing(target.filePath(u"catalog-info.yaml"_s));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old\n");
        existing.close();
        FinishWizardPage* finish = wizard.finishPage();
        typeInto(finish->targetField(), target.path());
        QSignalSpy written(finish, &FinishWizardPage::writeFinished);
        QTest::mouseClick(finish->createButton(), Qt::LeftButton);
        QVERIFY(written.wait(30000) || !written.isEmpty());
        QVERIFY(!finish->report().ok());
        QCOMPARE(finish->report().conflicts, QStringList { u"catalog-info.yaml"_s });
        QVERIFY2(finish->statusLabel()->text().contains(u"catalog-info.yaml"_s),
                 qPrintable(finish->statusLabel()->text()));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("old\n"));
        existing.close();

        QRadioButton* overwrite = nullptr;
        for (QRadioButton* button : finish->findChildren<QRadioButton*>()) {
            if (button->text().startsWith(u"Overwrite"_s))
                overwrite = button;
        }
        QVERIFY(overwrite);
        QVERIFY(overwrite->isEnabled() && overwrite->isVisible());
        overwrite->click();
        QCOMPARE(finish->conflictPolicy(), ConflictPolicy::Overwrite);
        QVERIFY(finish->createButton()->isEnabled());
        QTest::mouseClick(finish->createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 30000);
        QVERIFY2(finish->report().ok(), qPrintable(finish->report().error));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QVERIFY(existing.readAll().contains("name: orders"));

        // The output, rendered: the link and the Markdown text with the answers in them.
        QVERIFY(finish->outputLinks()->isVisible());
        QVERIFY(finish->outputLinks()->text().contains(u"https://git.example.com/orders"_s));
        QVERIFY(finish->outputText()->isVisible());
        QVERIFY(finish->outputText()->toPlainText().contains(u"Run make orders in the new folder."_s));
        QVERIFY(finish->outputText()->toHtml().contains(u"font-weight"_s)); // **bold** became bold
    }

    void wizardPreviewShowsWhatABackendWouldGet()
    {
        TemplateWizard wizard(wizardTemplate(u"needs-backend"_s), demoCatalog(), nullptr);
        QVERIFY(wizard.state()->definition().needsBackend());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        FormPageWidget* form = wizard.formPage(0)->form();
        typeInto(form->editorFor(u"name"_s), u"orders"_s);
        typeInto(form->editorFor(u"token"_s), u"tok-456"_s);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QSignalSpy ready(wizard.previewPage(), &PreviewWizardPage::previewReady);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QVERIFY(ready.wait(30000) || !ready.isEmpty());
        QVERIFY(wizard.state()->result().stoppedForBackend);
        PreviewWizardPage* preview = wizard.previewPage();
        QVERIFY(preview->submissionToggle()->isVisible());
        QVERIFY(!preview->submissionView()->isVisible());
        QTest::mouseClick(preview->submissionToggle(), Qt::LeftButton);
        QVERIFY(preview->submissionView()->isVisible());
        const QJsonObject body = QJsonDocument::fromJson(preview->submissionView()->toPlainText().toUtf8()).object();
        QCOMPARE(body.value(u"templateRef"_s).toString(), u"template:default/needs-backend"_s);
        QCOMPARE(body.value(u"values"_s).toObject().value(u"name"_s).toString(), u"orders"_s);
        QVERIFY(!preview->submissionView()->toPlainText().contains(u"tok-456"_s)); // secrets are never shown
    }

    void wizardReviewEditsKeepEveryValue()
    {
        TemplateWizard wizard(demoTemplate(u"kafka-topic"_s), demoCatalog(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        FormPageWidget* form = wizard.formPage(0)->form();
        const QJsonObject answers = defaultAnswers(u"kafka-topic"_s).isEmpty()
            ? QJsonObject { { u"name"_s, u"orders-created"_s }, { u"owner"_s, u"group:default/platform-team"_s } }
            : defaultAnswers(u"kafka-topic"_s);
        fillPage(form, answers);
        // Whatever else is required gets a value too.
        for (const FieldError& error : form->errors())
            typeInto(form->editorFor(error.path), u"x"_s);
        QVERIFY(nextButton(wizard)->isEnabled());
        const QJsonObject before = wizard.state()->answers();
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), wizard.reviewPage());

        // Each answer has an edit button that leads back to its page, with the focus on the field.
        QList<QToolButton*> edits = wizard.reviewPage()->findChildren<QToolButton*>();
        QVERIFY(!edits.isEmpty());
        QToolButton* editName = nullptr;
        for (QToolButton* button : edits) {
            if (button->accessibleName().contains(u"name"_s, Qt::CaseInsensitive))
                editName = button;
        }
        QVERIFY(editName);
        QTest::mouseClick(editName, Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), wizard.formPage(0));
        QCOMPARE(wizard.state()->answers(), before);
        QTRY_VERIFY(form->editorFor(u"name"_s)->hasFocus()
                    || form->editorFor(u"name"_s)->isAncestorOf(QApplication::focusWidget()));
        typeInto(form->editorFor(u"name"_s), u"orders-paid"_s);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.state()->answers().value(u"name"_s), QJsonValue(u"orders-paid"_s));
        bool shown = false;
        for (QLabel* label : wizard.reviewPage()->findChildren<QLabel*>())
            shown |= label->text() == u"orders-paid";
        QVERIFY(shown);
        // Back and forth keeps the other answers.
        wizard.back();
        wizard.next();
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (it.key() != u"name")
                QCOMPARE(wizard.state()->answers().value(it.key()), it.value());
        }
    }

    void wizardDraftSurvivesAKill()
    {
        QTemporaryDir drafts;
        WizardDraftStore store(drafts.path());
        const TemplateDefinition definition = demoTemplate(u"go-service-kubernetes"_s);
        {
            auto* wizard = new TemplateWizard(definition, demoCatalog(), &store);
            wizard->show();
            QVERIFY(QTest::qWaitForWindowExposed(wizard));
            FormPageWidget* form = wizard->formPage(0)->form();
            typeInto(form->editorFor(u"name"_s), u"draft-service"_s);
            typeInto(form->editorFor(u"description"_s), u"Kept across a crash."_s);
            // Saved while typing, before anyone presses Next: wait for the pause that batches keystrokes.
            QTRY_VERIFY_WITH_TIMEOUT(store.load(definition.ref).has_value(), 5000);
            QTRY_COMPARE_WITH_TIMEOUT(store.load(definition.ref)->answers.value(u"description"_s),
                                      QJsonValue(u"Kept across a crash."_s), 5000);
            // A crash: the wizard disappears without finishing or cancelling.
            delete wizard;
        }
        const std::optional<WizardDraft> draft = store.load(definition.ref);
        QVERIFY(draft);
        TemplateWizard restored(definition, demoCatalog(), &store);
        restored.restoreDraft(*draft);
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.state()->answers().value(u"name"_s), QJsonValue(u"draft-service"_s));
        auto* name = qobject_cast<QLineEdit*>(restored.formPage(0)->form()->editorFor(u"name"_s));
        QVERIFY(name);
        QCOMPARE(name->text(), u"draft-service"_s);
    }

    void wizardSubmitsToATarget()
    {
        QTemporaryDir drafts;
        WizardDraftStore store(drafts.path());
        const QString templateName = u"kafka-topic"_s;
        TemplateWizard wizard(demoTemplate(templateName), demoCatalog(), &store);
        QStringList calls;
        wizard.state()->setSubmission({ { u"corp"_s, u"Backstage (corp)"_s, u"http://localhost:7007"_s },
                                        { u"hook"_s, u"Provisioning webhook"_s, u"https://hooks.example.com"_s } },
                                      [&calls](const QString& target, const WizardState& state, QString* error) {
                                          calls.append(target + u' ' + state.answers().value(u"name"_s).toString());
                                          if (target == u"hook"_s) {
                                              *error = u"hook: the body template is not valid JSON"_s;
                                              return QUuid();
                                          }
                                          return QUuid::createUuid();
                                      });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QJsonObject answers = defaultAnswers(templateName).isEmpty()
            ? QJsonObject { { u"name"_s, u"orders-created"_s }, { u"owner"_s, u"group:default/platform-team"_s } }
            : defaultAnswers(templateName);
        for (int page = 0; page < wizard.formPageCount(); ++page) {
            FormPageWidget* form = wizard.formPage(page)->form();
            fillPage(form, answers);
            for (const FieldError& error : form->errors())
                typeInto(form->editorFor(error.path), u"x"_s);
            QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        }
        QCOMPARE(wizard.currentPage(), wizard.reviewPage());
        QSignalSpy ready(wizard.previewPage(), &PreviewWizardPage::previewReady);
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QVERIFY(ready.wait(30000) || !ready.isEmpty());
        QTest::mouseClick(nextButton(wizard), Qt::LeftButton);
        QCOMPARE(wizard.currentPage(), wizard.finishPage());
        wizard.saveDraftNow();

        QPushButton* submit = wizard.finishPage()->submitButton();
        QVERIFY(submit->isEnabled());
        QVERIFY(submit->menu());
        QCOMPARE(submit->menu()->actions().size(), 2);
        QSignalSpy submitted(wizard.finishPage(), &FinishWizardPage::submitted);
        // A failing submission says why and leaves everything as it was.
        submit->menu()->actions().at(1)->trigger();
        QCOMPARE(submitted.size(), 0);
        QVERIFY(wizard.finishPage()->findChild<QLabel*>() != nullptr);
        QVERIFY(submit->isEnabled());
        submit->menu()->actions().at(0)->trigger();
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(calls.size(), 2);
        QVERIFY(calls.at(0).startsWith(u"hook "_s));
        QVERIFY(calls.at(1).startsWith(u"corp "_s));
        QVERIFY(!submit->isEnabled());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        // Submitted is as good as created: the draft is gone.
        QVERIFY(!store.load(wizard.state()->definition().ref));
        WidgetTest::saveScreenshot(wizard, u"wizard-submitted"_s);
    }

    void wizardWithoutTargetsSaysWhy()
    {
        TemplateWizard wizard(demoTemplate(u"kafka-topic"_s), demoCatalog(), nullptr);
        wizard.state()->setNoSubmitReason(u"Add a backend to atrium.yaml"_s);
        wizard.finishPage()->initializePage();
        QVERIFY(!wizard.finishPage()->submitButton()->isEnabled());
        QCOMPARE(wizard.finishPage()->submitButton()->toolTip(), u"Add a backend to atrium.yaml"_s);
    }

    void wizardSecretsNeverReachTheDraft()
    {
        QTemporaryDir drafts;
        WizardDraftStore store(drafts.path());
        TemplateDefinition definition;
        {
            const QString path = QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/form-page.yaml");
            CatalogLoadOptions options;
            options.addRoot(path);
            const CatalogSnapshot snapshot = loadCatalog(options);
            for (const Entity entity : snapshot.entities) {
                if (entity.kind() == u"Template")
                    definition = TemplateDefinitionReader::read(entity);
            }
        }
        QVERIFY(!definition.ref.isEmpty());
        TemplateWizard wizard(definition, demoCatalog(), &store);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QString secretPath;
        for (int page = 0; page < wizard.formPageCount() && secretPath.isEmpty(); ++page) {
            for (const FormField& field : FormLayout::flattened(
                     FormLayout::fields(definition.pages.at(page).schema, wizard.state()->answers()))) {
                if (field.widget == FormField::Widget::Secret && page == 0)
                    secretPath = field.path;
            }
        }
        if (secretPath.isEmpty())
            QSKIP("the fixture's first page has no Secret field");
        typeInto(wizard.formPage(0)->form()->editorFor(secretPath), u"hunter2-very-secret"_s);
        wizard.saveDraftNow();
        for (const QString& file : QDir(drafts.path()).entryList(QDir::Files)) {
            QFile draftFile(drafts.path() + u'/' + file);
            QVERIFY(draftFile.open(QIODevice::ReadOnly));
            QVERIFY(!draftFile.readAll().contains("hunter2"));
        }
        QCOMPARE(wizard.state()->secrets().value(secretPath.section(u'.', -1)), QJsonValue(u"hunter2-very-secret"_s));
    }
};

QTEST_MAIN(TestTemplateWizard)
#include "tst_templatewizard.moc"
