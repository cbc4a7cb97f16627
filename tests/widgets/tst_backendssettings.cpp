// The Backends page of the Settings dialog: what is entered through its widgets is written to atrium.yaml, reads back
// as the same backends, and nothing else of the file changes; plain tokens and bad URLs never reach the file.

#include "screenshot.h"
#include "settings/backendssettingspage.h"
#include "settings/settingsdialog.h"
#include "workspace/backendsconfig.h"
#include "workspace/workspace.h"
#include "workspace/workspaceconfig.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {

const QString kOriginal = u"# The payments team's workspace\n"
                          "name: Payments   # shown in the title bar\n"
                          "catalog:\n"
                          "  locations:\n"
                          "    - type: file\n"
                          "      target: catalog/*.yaml\n"
                          "\n"
                          "# Environments: see docs/environments.md\n"
                          "environments: []\n"_s;

template <typename T> T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no child named %s", qPrintable(name));
    return widget;
}

/// Types as a person does, so the page sees the edit (textEdited), replacing what was there.
void type(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestBackendsSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_file = m_dir->filePath(u"atrium.yaml"_s);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kOriginal.toUtf8());
        file.close();
        m_dialog = std::make_unique<SettingsDialog>(loadWorkspaceConfig(m_file));
        child<QTabWidget>(m_dialog.get(), u"settingsPages"_s)->setCurrentIndex(1);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        m_page = m_dialog->backendsPage();
        QVERIFY(m_page);
    }

    void cleanup()
    {
        m_dialog.reset();
        m_dir.reset();
    }

    void addAndSave()
    {
        auto* save = child<QPushButton>(m_page, u"saveBackends"_s);
        QVERIFY(!save->isEnabled()); // nothing changed yet

        QTest::mouseClick(child<QPushButton>(m_page, u"addBackstage"_s), Qt::LeftButton);
        type(m_page, u"name"_s, u"corp"_s);
        type(m_page, u"url"_s, u"https://backstage.example.com"_s);
        child<QComboBox>(m_page, u"tokenSource"_s)->setCurrentIndex(1); // environment variable
        type(m_page, u"tokenName"_s, u"BACKSTAGE_TOKEN"_s);
        child<QSpinBox>(m_page, u"refreshMinutes"_s)->setValue(0);
        child<QCheckBox>(m_page, u"templates"_s)->setChecked(false);

        child<QAction>(m_page, u"addGitHubDispatch"_s)->trigger();
        QCOMPARE(child<QComboBox>(m_page, u"preset"_s)->currentData().toString(), u"github-repository-dispatch"_s);
        QVERIFY(!save->isEnabled()); // the preset needs a repository
        type(m_page, u"name"_s, u"provision"_s);
        type(m_page, u"repository"_s, u"acme/infrastructure"_s);
        type(m_page, u"eventType"_s, u"provision"_s);
        QCOMPARE(child<QComboBox>(m_page, u"tokenSource"_s)->currentIndex(), 2); // keychain, pre-filled
        type(m_page, u"tokenName"_s, u"github-acme"_s);

        auto* list = child<QTreeWidget>(m_page, u"backendList"_s);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), u"corp"_s);
        QCOMPARE(list->topLevelItem(1)->text(2), u"acme/infrastructure"_s);
        QTRY_VERIFY(save->isEnabled());
        QTest::qWait(20); // the layouts' pending requests, so that the screenshot shows what a person would see
        WidgetTest::saveScreenshot(*m_dialog, u"settings-backends"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled());
        QVERIFY(!m_page->hasUnsavedChanges());

        const QString written = readFile(m_file);
        QVERIFY2(written.startsWith(kOriginal), qPrintable(written));
        const WorkspaceConfig workspace = parseWorkspaceConfig(m_file, written.toUtf8());
        QVERIFY(workspace.problems.isEmpty());
        QCOMPARE(workspace.name, u"Payments"_s);
        const BackendsConfig config
            = BackendsConfigReader::read(workspace.backends, workspace.configFile, workspace.rootDirectory);
        QVERIFY(config.problems.isEmpty());
        QCOMPARE(config.backstage.size(), 1);
        const BackstageBackend& corp = config.backstage.first();
        QCOMPARE(corp.name, u"corp"_s);
        QCOMPARE(corp.url, QUrl(u"https://backstage.example.com"_s));
        QCOMPARE(corp.token.environmentVariable, u"BACKSTAGE_TOKEN"_s);
        QCOMPARE(corp.refreshMinutes, 0);
        QVERIFY(corp.catalog);
        QVERIFY(!corp.templates);
        QCOMPARE(config.endpoints.size(), 1);
        const HttpEndpoint& provision = config.endpoints.first();
        QCOMPARE(provision.name, u"provision"_s);
        QCOMPARE(provision.preset, HttpEndpoint::Preset::GitHubRepositoryDispatch);
        QCOMPARE(provision.url, QUrl(u"https://api.github.com/repos/acme/infrastructure/dispatches"_s));
        QCOMPARE(provision.token.keychainKey, u"github-acme"_s);
        QVERIFY(provision.body.contains(u"\"provision\""_s));
        QVERIFY(written.endsWith(u"    token: {keychain: github-acme}\n"_s));

        // Reordered and saved again: only the backends block changes.
        list->setCurrentItem(list->topLevelItem(1));
        QTest::mouseClick(child<QPushButton>(m_page, u"moveUp"_s), Qt::LeftButton);
        QTest::mouseClick(save, Qt::LeftButton);
        const WorkspaceConfig reordered = loadWorkspaceConfig(m_file);
        QCOMPARE(reordered.backends.at(0).toObject().value(u"name"_s).toString(), u"provision"_s);
        QVERIFY(readFile(m_file).startsWith(kOriginal));
    }

    void plainTokenCannotBeEntered()
    {
        child<QAction>(m_page, u"addPlainRequest"_s)->trigger();
        type(m_page, u"url"_s, u"https://hooks.example.com/provision"_s);
        auto* save = child<QPushButton>(m_page, u"saveBackends"_s);
        QTRY_VERIFY(save->isEnabled());

        // The only token fields name where it comes from; a token pasted as the variable's name is refused.
        child<QComboBox>(m_page, u"tokenSource"_s)->setCurrentIndex(1);
        type(m_page, u"tokenName"_s, u"ghp_16C7e42F292c6912E7710c838347Ae178B4a secret"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(m_page, u"problems"_s)->text().contains(u"never the token itself"_s));

        // Nor can it go in through an Authorization header.
        type(m_page, u"tokenName"_s, u"HOOK_TOKEN"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(child<QPushButton>(m_page, u"addHeader"_s), Qt::LeftButton);
        auto* headers = child<QTableWidget>(m_page, u"headers"_s);
        headers->item(0, 1)->setText(u"Bearer ghp_secret"_s);
        headers->item(0, 0)->setText(u"Authorization"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(m_page, u"problems"_s)->text().contains(u"Tokens are never written"_s));
        QVERIFY(!m_page->save());
        QCOMPARE(readFile(m_file), kOriginal);
    }

    void invalidUrlBlocksSaving()
    {
        QTest::mouseClick(child<QPushButton>(m_page, u"addBackstage"_s), Qt::LeftButton);
        type(m_page, u"url"_s, u"backstage.example.com:7007"_s);
        auto* save = child<QPushButton>(m_page, u"saveBackends"_s);
        QVERIFY(!save->isEnabled());
        const QString problems = child<QLabel>(m_page, u"problems"_s)->text();
        QVERIFY2(problems.contains(u"is not an http or https URL"_s), qPrintable(problems));
        QVERIFY(problems.contains(u"backstage"_s));
        QTest::qWait(20);
        WidgetTest::saveScreenshot(*m_dialog, u"settings-backends-invalid"_s);
        QVERIFY(!m_page->save());
        QCOMPARE(readFile(m_file), kOriginal);

        type(m_page, u"url"_s, u"http://localhost:7007"_s);
        QVERIFY(save->isEnabled());
        QVERIFY(child<QLabel>(m_page, u"problems"_s)->isHidden());
    }

    void editingKeepsWhatTheFormDoesNotShow()
    {
        const QString before = u"name: Payments\n"
                               "# Backends: see docs/backends.md\n"_s;
        const QString after = u"# Environments come last\n"
                              "environments: []\n"_s;
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((before
                    + u"backends:\n"
                      "  - name: local\n"
                      "    url: http://localhost:7007\n"
                      "    futureKey: kept\n"_s
                    + after)
                       .toUtf8());
        file.close();
        SettingsDialog dialog(loadWorkspaceConfig(m_file));
        BackendsSettingsPage* page = dialog.backendsPage();
        QCOMPARE(child<QLineEdit>(page, u"name"_s)->text(), u"local"_s); // the first entry is selected
        QVERIFY(child<QLabel>(page, u"problems"_s)->text().contains(u"futureKey"_s)); // a warning, not an error
        child<QSpinBox>(page, u"timeoutSeconds"_s)->setValue(45);
        QVERIFY(page->hasUnsavedChanges());
        QVERIFY(page->save());

        const QString written = readFile(m_file);
        QVERIFY(written.startsWith(before));
        QVERIFY(written.endsWith(after));
        const QJsonObject local = loadWorkspaceConfig(m_file).backends.at(0).toObject();
        QCOMPARE(local.value(u"futureKey"_s).toString(), u"kept"_s);
        QCOMPARE(local.value(u"timeoutSeconds"_s).toInt(), 45);
    }

    void workspaceReloadsWhatWasSaved()
    {
        Workspace workspace;
        workspace.setCacheDirectory(QString());
        workspace.setReloadDelay(10);
        workspace.open(m_file);
        QVERIFY(workspace.config().backends.isEmpty());
        QTRY_VERIFY(!workspace.isLoading() && workspace.watchedPaths().contains(m_file));
        QSignalSpy configChanged(&workspace, &Workspace::configChanged);
        BackendsSettingsPage page(workspace.config());
        page.add(BackendsSettingsPage::NewEntry::Backstage);
        QVERIFY(page.save());
        // QSaveFile replaces the file by renaming: the watcher must still see it.
        QTRY_COMPARE_WITH_TIMEOUT(workspace.config().backends.size(), 1, 10000);
        QVERIFY(!configChanged.isEmpty());
    }

    void appConfigIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"app-config.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("app:\n  title: Backstage\ncatalog:\n  locations: []\n");
        file.close();
        BackendsSettingsPage page(loadWorkspaceConfig(path));
        QVERIFY(!child<QPushButton>(&page, u"addBackstage"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&page, u"saveBackends"_s)->isEnabled());
        QVERIFY(!page.save());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    std::unique_ptr<SettingsDialog> m_dialog;
    BackendsSettingsPage* m_page = nullptr;
};

QTEST_MAIN(TestBackendsSettings)
#include "tst_backendssettings.moc"
