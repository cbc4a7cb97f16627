// The wizard's form page: editors built from the parameter schema, answers filled in through the real widgets,
// live validation at the fields, conditional fields, and Backstage's field extensions (entity pickers, RepoUrlPicker,
// Secret, tags, entity names).

#include "catalog/catalogloader.h"
#include "create/wizard/fields/choiceseditor.h"
#include "create/wizard/fields/listeditor.h"
#include "create/wizard/fields/repourleditor.h"
#include "create/wizard/formpagewidget.h"
#include "screenshot.h"
#include "templates/entitychoicemodel.h"
#include "templates/templatedefinition.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

TemplateDefinition fixture()
{
    CatalogLoadOptions options;
    options.addRoot(QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/form-page.yaml"));
    const CatalogSnapshot snapshot = loadCatalog(options);
    return TemplateDefinitionReader::read(snapshot.find(u"template:default/form-page"));
}

CatalogSnapshotPtr catalog()
{
    CatalogLoadOptions options;
    options.addRoot(QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/form-page-catalog.yaml"));
    return std::make_shared<CatalogSnapshot>(loadCatalog(options));
}

enum Page { ServicePage, DetailsPage, ConditionsPage };

std::unique_ptr<FormPageWidget> page(Page index)
{
    auto widget = std::make_unique<FormPageWidget>(fixture().pages.value(index), catalog());
    widget->resize(600, 1400);
    widget->show();
    // Focus (ui:autofocus, focusFirstInvalidField) needs the window active.
    widget->activateWindow();
    if (!QTest::qWaitForWindowActive(widget.get()))
        qWarning("the form page's window did not become active");
    return widget;
}

template <typename T> T* editor(const FormPageWidget& page, const QString& path)
{
    return qobject_cast<T*>(page.editorFor(path));
}

/// Types @p text into the input of @p path, as a user does after clicking into it.
void type(FormPageWidget& page, const QString& path, const QString& text)
{
    QWidget* input = page.editorFor(path);
    QVERIFY2(input, qPrintable(path));
    input->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(input, text);
}

/// Checks or unchecks @p button from the keyboard.
void press(QWidget* button)
{
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
}

void clear(FormPageWidget& page, const QString& path)
{
    auto* line = qobject_cast<QLineEdit*>(page.editorFor(path));
    if (!line)
        line = page.editorFor(path)->findChild<QLineEdit*>();
    QVERIFY(line);
    line->setFocus(Qt::MouseFocusReason);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
}

QStringList errorPaths(const FieldErrors& errors)
{
    QStringList paths;
    for (const FieldError& error : errors)
        paths.append(error.path);
    return paths;
}

QStringList labels(const QAbstractItemModel& model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data().toString());
    return list;
}

} // namespace

class TestFormPageWidget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wizardFieldsFromSchema_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("className");
        QTest::newRow("entity name") << int(ServicePage) << u"name"_s << u"QLineEdit"_s;
        QTest::newRow("owner picker") << int(ServicePage) << u"owner"_s << u"QComboBox"_s;
        QTest::newRow("multi entity picker") << int(ServicePage) << u"consumers"_s << u"Atrium::ListEditor"_s;
        QTest::newRow("tags") << int(ServicePage) << u"tags"_s << u"QLineEdit"_s;
        QTest::newRow("repo url") << int(ServicePage) << u"repoUrl"_s << u"Atrium::RepoUrlEditor"_s;
        QTest::newRow("secret") << int(ServicePage) << u"token"_s << u"QLineEdit"_s;
        QTest::newRow("unknown extension") << int(ServicePage) << u"color"_s << u"QLineEdit"_s;
        QTest::newRow("enum") << int(DetailsPage) << u"language"_s << u"QComboBox"_s;
        QTest::newRow("integer") << int(DetailsPage) << u"replicas"_s << u"QLineEdit"_s;
        QTest::newRow("boolean") << int(DetailsPage) << u"public"_s << u"QCheckBox"_s;
        QTest::newRow("radio") << int(DetailsPage) << u"size"_s << u"Atrium::ChoicesEditor"_s;
        QTest::newRow("textarea") << int(DetailsPage) << u"notes"_s << u"QPlainTextEdit"_s;
        QTest::newRow("list of strings") << int(DetailsPage) << u"aliases"_s << u"Atrium::ListEditor"_s;
        QTest::newRow("checkboxes") << int(DetailsPage) << u"regions"_s << u"Atrium::ChoicesEditor"_s;
        QTest::newRow("json") << int(DetailsPage) << u"ports"_s << u"Atrium::JsonEditor"_s;
        QTest::newRow("nested") << int(DetailsPage) << u"database.size"_s << u"QComboBox"_s;
        QTest::newRow("password") << int(DetailsPage) << u"password"_s << u"QLineEdit"_s;
    }

    void wizardFieldsFromSchema()
    {
        QFETCH(int, page);
        QFETCH(QString, path);
        QFETCH(QString, className);
        const auto form = ::page(Page(page));
        QWidget* input = form->editorFor(path);
        QVERIFY(input);
        // The JSON editor's input is its text area; the class asked for is the editor around it.
        QWidget* named = className == u"Atrium::JsonEditor" ? input->parentWidget() : input;
        QCOMPARE(QString::fromLatin1(named->metaObject()->className()), className);
        QVERIFY(!input->accessibleName().isEmpty());
    }

    void wizardHintsShown()
    {
        const auto service = page(ServicePage);
        QVERIFY(QTest::qWaitForWindowExposed(service.get()));
        // ui:autofocus
        QTRY_COMPARE(QApplication::focusWidget(), service->editorFor(u"name"_s));
        QCOMPARE(service->editorFor(u"name"_s)->accessibleName(), u"Name"_s);
        QStringList texts;
        for (const QLabel* label : service->findChildren<QLabel*>()) {
            if (label->isVisibleTo(service.get()))
                texts.append(label->text());
        }
        QVERIFY(texts.contains(u"Name *"_s)); // required
        QVERIFY(texts.contains(u"Letters, digits and hyphens"_s)); // ui:help
        QVERIFY(texts.contains(u"The field ColorPicker is not available in Atrium; enter the value directly."_s));
        // An extension without a title in the schema gets Backstage's.
        QCOMPARE(service->editorFor(u"reviewer"_s)->accessibleName(), u"Owner"_s);
        QVERIFY(texts.contains(u"The owner of the component"_s));

        const auto details = page(DetailsPage);
        QCOMPARE(editor<QPlainTextEdit>(*details, u"notes"_s)->placeholderText(), u"Write here"_s);
        QVERIFY(!details->editorFor(u"readonlyNote"_s)->isEnabled());
        QVERIFY(!details->editorFor(u"internal"_s)); // hidden: no editor, but its default is answered
        QCOMPARE(details->answers().value(u"internal"_s), QJsonValue(u"kept"_s));
        QCOMPARE(details->answers().value(u"language"_s), QJsonValue(u"go"_s));
        QCOMPARE(editor<QComboBox>(*details, u"language"_s)->currentText(), u"Go"_s);
        QVERIFY(details->findChild<QGroupBox*>()->title() == u"Database"_s);
    }

    void wizardPlainFieldsFillAnswers()
    {
        const auto form = page(DetailsPage);
        QSignalSpy changed(form.get(), &FormPageWidget::answersChanged);
        type(*form, u"replicas"_s, u"3"_s);
        type(*form, u"ratio"_s, u"0.5"_s);
        QComboBox* language = editor<QComboBox>(*form, u"language"_s);
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        press(editor<QCheckBox>(*form, u"public"_s));
        auto* size = editor<ChoicesEditor>(*form, u"size"_s);
        press(size->buttons().at(1));
        type(*form, u"notes"_s, u"two"_s);
        QTest::keyClick(form->editorFor(u"notes"_s), Qt::Key_Return);
        QTest::keyClicks(form->editorFor(u"notes"_s), u"lines"_s);
        auto* aliases = editor<ListEditor>(*form, u"aliases"_s);
        QTest::mouseClick(aliases->addButton(), Qt::LeftButton);
        QTest::keyClicks(QApplication::focusWidget(), u"orders-api"_s);
        QTest::mouseClick(aliases->addButton(), Qt::LeftButton);
        QTest::keyClicks(QApplication::focusWidget(), u"orders"_s);
        auto* regions = editor<ChoicesEditor>(*form, u"regions"_s);
        press(regions->buttons().at(1));
        press(regions->buttons().at(0));
        QComboBox* databaseSize = editor<QComboBox>(*form, u"database.size"_s);
        databaseSize->setFocus();
        QTest::keyClick(databaseSize, Qt::Key_Down);
        type(*form, u"database.engine"_s, u"postgres"_s);
        type(*form, u"ports"_s, u"[{\"port\": 80}]"_s);
        QVERIFY(changed.count() > 10);

        const QJsonObject answers = form->answers();
        QCOMPARE(answers.value(u"replicas"_s), QJsonValue(3));
        QCOMPARE(answers.value(u"ratio"_s), QJsonValue(0.5));
        QCOMPARE(answers.value(u"language"_s), QJsonValue(u"java"_s));
        QCOMPARE(answers.value(u"public"_s), QJsonValue(true));
        QCOMPARE(answers.value(u"size"_s), QJsonValue(u"m"_s));
        QCOMPARE(answers.value(u"notes"_s), QJsonValue(u"two\nlines"_s));
        QCOMPARE(answers.value(u"aliases"_s), (QJsonArray { u"orders-api"_s, u"orders"_s }));
        QCOMPARE(answers.value(u"regions"_s), (QJsonArray { u"eu"_s, u"us"_s })); // in the enum's order
        QCOMPARE(answers.value(u"database"_s),
                 (QJsonObject { { u"size"_s, u"small"_s }, { u"engine"_s, u"postgres"_s } }));
        QCOMPARE(answers.value(u"ports"_s), (QJsonArray { QJsonObject { { u"port"_s, 80 } } }));
        QCOMPARE(answers.value(u"internal"_s), QJsonValue(u"kept"_s));
        QVERIFY2(form->isValid(), qPrintable(errorPaths(form->errors()).join(u", ")));

        // Up and Down step within the schema's bounds.
        QTest::keyClick(form->editorFor(u"replicas"_s), Qt::Key_Up);
        QCOMPARE(form->answers().value(u"replicas"_s), QJsonValue(4));
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(form->editorFor(u"replicas"_s), Qt::Key_Up);
        QCOMPARE(form->answers().value(u"replicas"_s), QJsonValue(10));

        // Emptied optional fields drop their answers.
        clear(*form, u"replicas"_s);
        QVERIFY(!form->answers().contains(u"replicas"_s));
        QVERIFY(form->isValid());
    }

    void wizardLiveValidation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("above maximum") << u"replicas"_s << u"11"_s << u"Must be at most 10."_s;
        QTest::newRow("below minimum") << u"replicas"_s << u"0"_s << u"Must be at least 1."_s;
        QTest::newRow("not a number") << u"ratio"_s << u"half"_s << u"Must be a number."_s;
        QTest::newRow("broken json") << u"ports"_s << u"[{\"port\": }]"_s << u"Not valid JSON"_s;
        QTest::newRow("json of the wrong type") << u"ports"_s << u"{\"port\": 80}"_s << u"Must be a list."_s;
    }

    void wizardLiveValidation()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto form = page(DetailsPage);
        QVERIFY(form->isValid());
        QSignalSpy validity(form.get(), &FormPageWidget::validityChanged);
        type(*form, path, text);
        QVERIFY(!form->isValid());
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity.at(0).at(0).toBool(), false);
        QVERIFY2(form->shownError(path).startsWith(message), qPrintable(form->shownError(path)));
        QCOMPARE(errorPaths(form->errors()), QStringList { path });
    }

    void wizardRequiredErrorsWaitForTouch()
    {
        const auto form = page(ServicePage);
        QVERIFY(QTest::qWaitForWindowExposed(form.get()));
        // Counted from the start (Next stays disabled) but not shown on fields the user has not been to.
        QCOMPARE(errorPaths(form->errors()), (QStringList { u"name"_s, u"owner"_s }));
        QVERIFY(!form->isValid());
        QVERIFY(form->shownError(u"name"_s).isEmpty());

        type(*form, u"name"_s, u"-orders"_s);
        QVERIFY(form->shownError(u"name"_s).startsWith(u"Must start and end with a letter or digit"_s));
        clear(*form, u"name"_s);
        QCOMPARE(form->shownError(u"name"_s), u"This field is required."_s); // touched now
        type(*form, u"name"_s, u"orders"_s);
        QVERIFY(form->shownError(u"name"_s).isEmpty());
        QVERIFY(form->shownError(u"owner"_s).isEmpty());

        QSignalSpy validity(form.get(), &FormPageWidget::validityChanged);
        form->focusFirstInvalidField();
        QCOMPARE(form->shownError(u"owner"_s), u"This field is required."_s);
        QCOMPARE(QApplication::focusWidget(), form->editorFor(u"owner"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"team-a"_s);
        QVERIFY(form->isValid());
        QCOMPARE(validity.count(), 1);
        QVERIFY(form->shownError(u"owner"_s).isEmpty());
    }

    void wizardEntityNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << u"orders"_s << true;
        QTest::newRow("separators") << u"Orders_v2.api-1"_s << true;
        QTest::newRow("doubled separators, as Kubernetes allows") << u"a--b"_s << true;
        QTest::newRow("leading hyphen") << u"-orders"_s << false;
        QTest::newRow("trailing period") << u"orders."_s << false;
        QTest::newRow("space") << u"my orders"_s << false;
        QTest::newRow("63 characters") << QString(63, u'a') << true;
        QTest::newRow("64 characters") << QString(64, u'a') << false;
    }

    void wizardEntityNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const auto form = page(ServicePage);
        type(*form, u"name"_s, name);
        QCOMPARE(form->shownError(u"name"_s).isEmpty(), valid);
        QCOMPARE(form->answers().value(u"name"_s), QJsonValue(name));
    }

    void wizardEntityPickerRefs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("answer");
        QTest::addColumn<bool>("valid");
        // OwnerPicker: kind Group implied, namespace default.
        QTest::newRow("owner by name") << u"owner"_s << u"team-a"_s << QJsonValue(u"group:default/team-a"_s) << true;
        QTest::newRow("owner, a user") << u"owner"_s << u"user:jane"_s << QJsonValue(u"user:default/jane"_s) << true;
        QTest::newRow("owner in a namespace")
            << u"owner"_s << u"ops/Platform"_s << QJsonValue(u"group:ops/platform"_s) << true;
        QTest::newRow("owner not in the catalog")
            << u"owner"_s << u"nobody"_s << QJsonValue(u"group:default/nobody"_s) << true;
        // defaultKind Component, defaultNamespace ops, only catalog entries.
        QTest::newRow("default namespace")
            << u"dependsOn"_s << u"billing"_s << QJsonValue(u"component:ops/billing"_s) << true;
        QTest::newRow("other namespace") << u"dependsOn"_s << u"default/orders"_s
                                         << QJsonValue(u"component:default/orders"_s) << true;
        QTest::newRow("not offered") << u"dependsOn"_s << u"orders"_s << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("filtered out by type")
            << u"dependsOn"_s << u"default/web-shop"_s << QJsonValue(QJsonValue::Undefined) << false;
    }

    void wizardEntityPickerRefs()
    {
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(QJsonValue, answer);
        QFETCH(bool, valid);
        const auto form = page(ServicePage);
        type(*form, path, text);
        QCOMPARE(form->answers().value(path), answer);
        QCOMPARE(form->shownError(path).isEmpty(), valid);
    }

    void wizardEntityPickerChoices()
    {
        const auto form = page(ServicePage);
        // Labels leave out the picker's default kind and namespace, as Backstage's humanizeEntityRef.
        QComboBox* owner = editor<QComboBox>(*form, u"owner"_s);
        QCOMPARE(labels(*owner->model()), (QStringList { u"ops/platform"_s, u"team-a"_s, u"user:jane"_s }));
        QComboBox* dependsOn = editor<QComboBox>(*form, u"dependsOn"_s);
        QCOMPARE(labels(*dependsOn->model()), (QStringList { u"billing"_s, u"default/orders"_s }));
        // The only system is chosen and the picker locked, as Backstage does.
        QCOMPARE(form->answers().value(u"system"_s), QJsonValue(u"system:default/pets"_s));
        QVERIFY(!editor<QComboBox>(*form, u"system"_s)->isEnabled());

        // Choosing from the drop-down by keyboard.
        owner->setFocus();
        QTest::keyClick(owner, Qt::Key_Down);
        QCOMPARE(form->answers().value(u"owner"_s), QJsonValue(u"group:ops/platform"_s));

        // An answer set from outside shows as its label.
        QJsonObject answers = form->answers();
        answers.insert(u"owner"_s, u"user:default/jane"_s);
        form->setAnswers(answers);
        QCOMPARE(owner->currentText(), u"user:jane"_s);
    }

    void wizardMultiEntityPickerAndTags()
    {
        const auto form = page(ServicePage);
        auto* consumers = editor<ListEditor>(*form, u"consumers"_s);
        QTest::mouseClick(consumers->addButton(), Qt::LeftButton);
        QTest::keyClicks(QApplication::focusWidget(), u"component:orders"_s);
        QTest::mouseClick(consumers->addButton(), Qt::LeftButton);
        QTest::keyClicks(QApplication::focusWidget(), u"system:pets"_s);
        QCOMPARE(form->answers().value(u"consumers"_s),
                 (QJsonArray { u"component:default/orders"_s, u"system:default/pets"_s }));
        QTest::mouseClick(consumers->findChildren<QToolButton*>().at(0), Qt::LeftButton);
        QCOMPARE(form->answers().value(u"consumers"_s), (QJsonArray { u"system:default/pets"_s }));

        type(*form, u"tags"_s, u"Java, data  kafka"_s);
        QCOMPARE(form->answers().value(u"tags"_s), (QJsonArray { u"java"_s, u"data"_s, u"kafka"_s }));
        QVERIFY(form->shownError(u"tags"_s).isEmpty());
        type(*form, u"tags"_s, u" bad_tag"_s);
        QVERIFY(form->shownError(u"tags"_s).startsWith(u"Not a valid tag: bad_tag."_s));
    }

    void wizardRepoUrlPicker()
    {
        const auto form = page(ServicePage);
        auto* picker = editor<RepoUrlEditor>(*form, u"repoUrl"_s);
        QCOMPARE(picker->hostInput()->currentText(), u"github.com"_s);
        QVERIFY(!form->answers().contains(u"repoUrl"_s));
        picker->hostInput()->setFocus();
        QTest::keyClick(picker->hostInput(), Qt::Key_Down);
        QCOMPARE(form->answers().value(u"repoUrl"_s), QJsonValue(u"gitlab.example.com?"_s));
        QCOMPARE(form->shownError(u"repoUrl"_s), u"Choose a host and enter the repository's name."_s);
        picker->ownerInput()->setFocus();
        QTest::keyClick(picker->ownerInput(), Qt::Key_Down);
        QTest::keyClick(picker->ownerInput(), Qt::Key_Down);
        picker->repoInput()->setFocus();
        QTest::keyClicks(picker->repoInput(), u"my orders"_s);
        QCOMPARE(form->answers().value(u"repoUrl"_s),
                 QJsonValue(u"gitlab.example.com?owner=acme-labs&repo=my+orders"_s));
        QVERIFY(form->shownError(u"repoUrl"_s).isEmpty());

        // An answer read back (a draft) fills the parts.
        QJsonObject answers = form->answers();
        answers.insert(u"repoUrl"_s, u"github.com?owner=acme&repo=billing"_s);
        form->setAnswers(answers);
        QCOMPARE(picker->hostInput()->currentText(), u"github.com"_s);
        QCOMPARE(picker->ownerInput()->currentText(), u"acme"_s);
        QCOMPARE(picker->repoInput()->currentText(), u"billing"_s);
    }

    void wizardSecretStaysOutOfAnswers()
    {
        const auto form = page(ServicePage);
        type(*form, u"token"_s, u"hunter2"_s);
        QCOMPARE(editor<QLineEdit>(*form, u"token"_s)->echoMode(), QLineEdit::Password);
        QCOMPARE(form->answers().value(u"token"_s), QJsonValue(u"*******"_s));
        QCOMPARE(form->secrets(), (QJsonObject { { u"token"_s, u"hunter2"_s } }));
        clear(*form, u"token"_s);
        QVERIFY(!form->answers().contains(u"token"_s));
        QVERIFY(form->secrets().isEmpty());
    }

    void wizardConditionalFields()
    {
        const auto form = page(ConditionsPage);
        QVERIFY(QTest::qWaitForWindowExposed(form.get()));
        QVERIFY(!form->editorFor(u"hostname"_s));
        QComboBox* kind = editor<QComboBox>(*form, u"kind"_s);
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down); // web
        QWidget* hostname = form->editorFor(u"hostname"_s);
        QVERIFY(hostname);
        QVERIFY(hostname->isVisible());
        QVERIFY(!form->editorFor(u"queue"_s));
        // Required by the branch the answers chose; not shown until touched.
        QCOMPARE(errorPaths(form->errors()), QStringList { u"hostname"_s });
        QVERIFY(form->shownError(u"hostname"_s).isEmpty());

        type(*form, u"hostname"_s, u"orders.example.com"_s);
        QCOMPARE(form->editorFor(u"hostname"_s), hostname); // the same editor throughout
        QCOMPARE(QApplication::focusWidget(), hostname);
        QVERIFY(form->isValid());

        press(editor<QCheckBox>(*form, u"hasDatabase"_s));
        QVERIFY(form->editorFor(u"dbName"_s));
        QCOMPARE(errorPaths(form->errors()), QStringList { u"dbName"_s });
        QCOMPARE(form->editorFor(u"hostname"_s), hostname);
        // The field added last sits before the host name on the page, and so in the tab order.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form->editorFor(u"dbName"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), hostname);

        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down); // worker
        QVERIFY(!form->editorFor(u"hostname"_s));
        QVERIFY(form->editorFor(u"queue"_s));
        QVERIFY(!form->answers().contains(u"hostname"_s));
        QTest::keyClick(kind, Qt::Key_Up); // web again: the answer comes back
        QCOMPARE(form->answers().value(u"hostname"_s), QJsonValue(u"orders.example.com"_s));
        QCOMPARE(editor<QLineEdit>(*form, u"hostname"_s)->text(), u"orders.example.com"_s);
    }

    void wizardSetAnswers()
    {
        const auto form = page(DetailsPage);
        QSignalSpy changed(form.get(), &FormPageWidget::answersChanged);
        const QJsonObject given { { u"language"_s, u"java"_s },
                                  { u"replicas"_s, 4 },
                                  { u"aliases"_s, QJsonArray { u"a"_s, u"b"_s } },
                                  { u"regions"_s, QJsonArray { u"us"_s } },
                                  { u"database"_s, QJsonObject { { u"size"_s, u"large"_s } } },
                                  { u"otherPage"_s, u"untouched"_s } };
        form->setAnswers(given);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(editor<QComboBox>(*form, u"language"_s)->currentText(), u"Java"_s);
        QCOMPARE(editor<QLineEdit>(*form, u"replicas"_s)->text(), u"4"_s);
        QCOMPARE(editor<ListEditor>(*form, u"aliases"_s)->lines().size(), 2);
        QVERIFY(editor<ChoicesEditor>(*form, u"regions"_s)->buttons().at(1)->isChecked());
        QCOMPARE(editor<QComboBox>(*form, u"database.size"_s)->currentText(), u"large"_s);
        QJsonObject expected = given;
        expected.insert(u"internal"_s, u"kept"_s);
        expected.insert(u"readonlyNote"_s, u"fixed"_s);
        QCOMPARE(form->answers(), expected);
    }

    void wizardScreenshot()
    {
        const auto form = page(ServicePage);
        form->resize(640, 900);
        QVERIFY(QTest::qWaitForWindowExposed(form.get()));
        type(*form, u"name"_s, u"orders"_s);
        type(*form, u"owner"_s, u"team-a"_s);
        type(*form, u"tags"_s, u"java, bad_tag"_s);
        type(*form, u"token"_s, u"secret"_s);
        form->focusFirstInvalidField();
        WidgetTest::saveScreenshot(*form, u"wizard-form-page"_s);

        const auto details = page(DetailsPage);
        details->resize(640, 1250);
        type(*details, u"replicas"_s, u"12"_s);
        press(editor<QCheckBox>(*details, u"public"_s));
        press(editor<ChoicesEditor>(*details, u"size"_s)->buttons().at(0));
        auto* aliases = editor<ListEditor>(*details, u"aliases"_s);
        QTest::mouseClick(aliases->addButton(), Qt::LeftButton);
        QTest::keyClicks(QApplication::focusWidget(), u"orders-api"_s);
        type(*details, u"ports"_s, u"[{\"port\": 80}"_s);
        WidgetTest::saveScreenshot(*details, u"wizard-form-page-details"_s);
    }
};

QTEST_MAIN(TestFormPageWidget)
#include "tst_formpagewidget.moc"
