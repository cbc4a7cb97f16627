// The Environments section of the real main window on the real demo workspace: cards, the matrix, filters, drift,
// the details and timeline of a cell, promotions, and the notification when a watched component turns bad.

#include "environments/environmentmatrixmodel.h"
#include "environments/environmentmonitor.h"
#include "environments/environmentspage.h"
#include "environments/healthnotifier.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Atrium;
using namespace Qt::StringLiterals;

class TestEnvironmentsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AtriumTest"_s);
        QCoreApplication::setApplicationName(u"tst_environmentspage"_s);
    }

    void demoEnvironments()
    {
        MainWindow window;
        window.workspace()->setCacheDirectory(QString());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openWorkspace(QStringLiteral(ATRIUM_DEMO_DIR));
        window.showSection(MainWindow::EnvironmentsSection);
        EnvironmentsPage* page = window.environmentsPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page->proxyModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 15 && !page->isShowingEmptyState(), 20000);
        QCOMPARE(page->model()->columnCount(), 4);
        QTRY_VERIFY(window.environmentMonitor()->isSettled());
        QVERIFY2(page->refreshAction()->isEnabled(), qPrintable(page->refreshedLabel()->text()));
        QVERIFY(page->refreshedLabel()->text().startsWith(u"Updated"_s));
        // File ▸ Refresh Environments reads every source again.
        QSignalSpy finished(window.environmentMonitor(), &EnvironmentMonitor::sourceFinished);
        QAction* refresh = window.findChild<QAction*>(u"refreshEnvironments"_s);
        QVERIFY(refresh);
        refresh->trigger();
        QTRY_COMPARE(finished.size(), 5); // dev 1, staging 2, prod 2
        QTRY_VERIFY(window.environmentMonitor()->isSettled());
        QCOMPARE(page->model()->headerData(3, Qt::Horizontal).toString(), u"Production"_s);

        // A card per environment, with its counts and its sources.
        const QList<QFrame*> cards
            = page->cardsArea()->findChildren<QFrame*>(QRegularExpression(u"^environmentCard-"_s));
        QCOMPARE(cards.size(), 3);
        QFrame* prod = page->cardsArea()->findChild<QFrame*>(u"environmentCard-prod"_s);
        QVERIFY(prod);
        QStringList texts;
        for (const QLabel* label : prod->findChildren<QLabel*>())
            texts.append(label->text());
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"1 degraded"_s), qPrintable(all));
        QVERIFY2(all.contains(u"11 healthy"_s), qPrintable(all));
        QVERIFY2(all.contains(u"serial 342"_s), qPrintable(all));

        // Filters.
        const int owner = page->ownerFilter()->findData(u"payments-team"_s);
        QVERIFY(owner > 0);
        page->ownerFilter()->setCurrentIndex(owner);
        QCOMPARE(page->proxyModel()->rowCount(), 4);
        page->ownerFilter()->setCurrentIndex(0);
        page->driftOnlyBox()->setChecked(true);
        QCOMPARE(page->proxyModel()->rowCount(), 8);
        page->driftOnlyBox()->setChecked(false);
        QTest::keyClicks(page->searchField(), u"billing"_s);
        QCOMPARE(page->proxyModel()->rowCount(), 1);
        page->searchField()->clear();

        // A cell's details, with its drift and link.
        QVERIFY(page->selectCell(u"component:default/payments-gateway"_s, u"prod"_s));
        const QString details = page->detailsView()->toPlainText();
        QVERIFY2(details.contains(u"2.7.3"_s), qPrintable(details));
        QVERIFY2(details.contains(u"prod runs 2.7.3, staging 2.8.0"_s), qPrintable(details));
        QVERIFY(page->detailsView()->toHtml().contains(
            u"https://deploys.brightwater.example/prod/payments-gateway/2.7.3"_s));
        // Its timeline: the first sightings, one per environment.
        QTRY_COMPARE(page->timelineView()->topLevelItemCount(), 3);

        // Promotions: staging → prod by default.
        QCOMPARE(page->promotionPairBox()->currentData().toStringList(), (QStringList { u"staging"_s, u"prod"_s }));
        QStringList promoted;
        for (int i = 0; i < page->promotionsView()->topLevelItemCount(); ++i)
            promoted.append(page->promotionsView()->topLevelItem(i)->text(0));
        QCOMPARE(promoted,
                 (QStringList { u"Fleet Tracker"_s, u"Payments Gateway"_s, u"Rider BFF"_s, u"Subscription Service"_s,
                                u"Workshop Portal"_s }));

        // Watching a component persists.
        page->watchBox()->setChecked(true);
        QVERIFY(EnvironmentsPage::watchedComponents().contains(u"component:default/payments-gateway"_s));
        WidgetTest::saveScreenshot(window, u"environments"_s);
        page->watchBox()->setChecked(false);
        QVERIFY(!EnvironmentsPage::watchedComponents().contains(u"component:default/payments-gateway"_s));
    }

    void notifiesWatchedComponentsThatTurnBad()
    {
        HealthNotifier notifier;
        notifier.setWatched({ u"component:default/payments"_s });
        QSignalSpy notified(&notifier, &HealthNotifier::notified);
        StatusChange bad;
        bad.entity = u"component:default/payments"_s;
        bad.environment = u"prod"_s;
        bad.hadPrevious = true;
        bad.previousHealth = Health::Healthy;
        bad.health = Health::Degraded;
        bad.message = u"CrashLoopBackOff"_s;
        StatusChange unwatched = bad;
        unwatched.entity = u"component:default/other"_s;
        StatusChange better = bad;
        better.previousHealth = Health::Degraded;
        better.health = Health::Healthy;
        notifier.onStatusChanged({ bad, unwatched, better });
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), u"payments is degraded in prod"_s);
        QCOMPARE(notified.first().at(1).toString(), u"CrashLoopBackOff"_s);
    }

    void emptyStateWithoutEnvironments()
    {
        EnvironmentMonitor monitor;
        EnvironmentsPage page(&monitor);
        QVERIFY(page.isShowingEmptyState());
        monitor.setConfig({});
        QTRY_VERIFY(monitor.dashboard() != nullptr);
        QVERIFY(page.isShowingEmptyState());
    }
};

QTEST_MAIN(TestEnvironmentsPage)
#include "tst_environmentspage.moc"
