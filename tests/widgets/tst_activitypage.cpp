// The Activity page: the outbox as a live list, the details of an entry (steps and their logs, output, response,
// payload), and the actions on it (retry, cancel, remove, copy). Every outbox lives in a temporary folder.

#include "activity/activitypage.h"
#include "activity/activityrules.h"
#include "activity/ansilogview.h"
#include "activity/messagebar.h"
#include "activity/outboxentryview.h"
#include "activity/outboxfiltermodel.h"
#include "activity/outboxmodel.h"
#include "backends/outbox.h"
#include "mainwindow.h"
#include "screenshot.h"
#include "settings/thememanager.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>

using namespace Atrium;
using namespace Qt::StringLiterals;
using State = OutboxEntry::State;
using Kind = OutboxEntry::Kind;

namespace {

const QDateTime baseTime = QDateTime(QDate(2026, 11, 26), QTime(14, 0), Qt::UTC);

OutboxEntry makeEntry(Kind kind, State state, const QString& title, int minutesAfterBase = 0)
{
    OutboxEntry entry;
    entry.kind = kind;
    entry.state = state;
    entry.title = title;
    entry.targetName = kind == Kind::ScaffolderTask ? u"backstage"_s : u"github-dispatch"_s;
    entry.url = QUrl(kind == Kind::ScaffolderTask ? u"https://backstage.example.com/api/scaffolder/v2/tasks"_s
                                                  : u"https://api.github.com/repos/acme/infra/dispatches"_s);
    entry.payload = R"({"templateRef":"template:default/new-service","values":{"name":"payments"}})";
    entry.createdAt = baseTime.addSecs(60 * minutesAfterBase);
    if (state == State::Failed || state == State::Unknown)
        entry.lastError = u"HTTP 422: the template has no parameter \"owner\"\nsecond line of the error"_s;
    return entry;
}

/// A scaffolder task half-way: one step done, one running with a coloured log, one waiting.
OutboxEntry runningTask()
{
    OutboxEntry entry = makeEntry(Kind::ScaffolderTask, State::Running, u"New service: payments"_s, 5);
    entry.remoteId = u"b6c1c0c2-6f0e-4c3b-9d4e-2f6f5d8a1e10"_s;
    entry.attempts = 1;
    entry.steps = {
        { u"fetch"_s, u"Fetch skeleton"_s, u"completed"_s, { u"Fetching template content from remote URL"_s } },
        { u"publish"_s,
          u"Publish to GitHub"_s,
          u"processing"_s,
          { u"\x1b[32minfo\x1b[39m: Creating repository acme/payments"_s, u"Pushing 42 files"_s } },
        { u"register"_s, u"Register in the catalog"_s, u"open"_s, {} },
    };
    return entry;
}

OutboxEntry completedTask()
{
    OutboxEntry entry = makeEntry(Kind::ScaffolderTask, State::Completed, u"Kafka topic: orders"_s, 2);
    entry.steps = { { u"apply"_s, u"Apply Terraform"_s, u"completed"_s, { u"Apply complete!"_s } } };
    entry.output = QJsonObject {
        { u"links"_s,
          QJsonArray {
              QJsonObject { { u"title"_s, u"Repository"_s }, { u"url"_s, u"https://github.com/acme/orders"_s } },
              QJsonObject { { u"title"_s, u"Open in catalog"_s },
                            { u"entityRef"_s, u"component:default/orders"_s } } } },
        { u"text"_s,
          QJsonArray { QJsonObject { { u"title"_s, u"Next steps"_s },
                                     { u"content"_s, u"Run **terraform plan** in `infra/`."_s },
                                     { u"default"_s, true } } } },
    };
    return entry;
}

QStringList titles(const QAbstractItemModel* model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, OutboxModel::TitleColumn).data().toString());
    return result;
}

} // namespace

class TestActivityPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AtriumTest"_s);
        QCoreApplication::setApplicationName(u"tst_activitypage"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void modelFollowsTheOutbox()
    {
        Outbox outbox(m_dir->path());
        outbox.add(makeEntry(Kind::HttpRequest, State::Sent, u"old"_s, 0));
        OutboxModel model(&outbox);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutboxFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(OutboxModel::COLUMN_COUNT));

        // Newest first, wherever the new one belongs.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QUuid newest = outbox.add(makeEntry(Kind::ScaffolderTask, State::Queued, u"newest"_s, 10));
        outbox.add(makeEntry(Kind::HttpRequest, State::Queued, u"middle"_s, 5));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(titles(&model), (QStringList { u"newest"_s, u"middle"_s, u"old"_s }));
        QCOMPARE(titles(&proxy), titles(&model));
        QCOMPARE(model.activeCount(), 2);

        // A change repaints that row only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy active(&model, &OutboxModel::activeCountChanged);
        OutboxEntry entry = *outbox.entry(newest);
        entry.state = State::Failed;
        entry.lastError = u"HTTP 500"_s;
        entry.attempts = 8;
        QVERIFY(outbox.update(entry));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), OutboxModel::COLUMN_COUNT - 1);
        QCOMPARE(model.index(0, OutboxModel::StateColumn).data().toString(), OutboxEntry::stateLabel(State::Failed));
        QCOMPARE(model.index(0, OutboxModel::AttemptsColumn).data().toInt(), 8);
        QCOMPARE(model.index(0, OutboxModel::ErrorColumn).data().toString(), u"HTTP 500"_s);
        QCOMPARE(active.size(), 1);
        QCOMPARE(model.activeCount(), 1);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(outbox.remove(newest));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(titles(&model), (QStringList { u"middle"_s, u"old"_s }));

        // A model made later starts with what is there, in the same order.
        OutboxModel later(&outbox);
        QCOMPARE(titles(&later), titles(&model));
    }

    void modelShowsEachState_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<bool>("active");
        QTest::newRow("queued") << State::Queued << true;
        QTest::newRow("sending") << State::Sending << true;
        QTest::newRow("sent") << State::Sent << false;
        QTest::newRow("running") << State::Running << true;
        QTest::newRow("completed") << State::Completed << false;
        QTest::newRow("failed") << State::Failed << false;
        QTest::newRow("unknown") << State::Unknown << false;
    }
    void modelShowsEachState()
    {
        QFETCH(State, state);
        QFETCH(bool, active);
        Outbox outbox(m_dir->path());
        OutboxEntry entry = makeEntry(Kind::ScaffolderTask, state, u"task"_s);
        entry.lastError = u"first line\nsecond line"_s;
        const QUuid id = outbox.add(entry);
        OutboxModel model(&outbox);
        const QModelIndex stateIndex = model.index(0, OutboxModel::StateColumn);
        QCOMPARE(stateIndex.data().toString(), OutboxEntry::stateLabel(state));
        QVERIFY(!stateIndex.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(stateIndex.data(OutboxModel::StateRole).toInt(), int(state));
        QCOMPARE(stateIndex.data(OutboxModel::EntryIdRole).toUuid(), id);
        QCOMPARE(stateIndex.data(OutboxModel::ActiveRole).toBool(), active);
        QCOMPARE(model.activeCount(), active ? 1 : 0);
        // The table shows the error's first line; the tooltip all of it.
        const QModelIndex error = model.index(0, OutboxModel::ErrorColumn);
        QCOMPARE(error.data().toString(), u"first line…"_s);
        QCOMPARE(error.data(Qt::ToolTipRole).toString(), entry.lastError);
        QCOMPARE(model.index(0, OutboxModel::KindColumn).data().toString(), u"Scaffolder task"_s);
    }

    void filterByStateAndWords_data()
    {
        QTest::addColumn<OutboxFilterModel::StateFilter>("filter");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        using Filter = OutboxFilterModel::StateFilter;
        const QStringList all { u"running task"_s, u"unknown dispatch"_s, u"failed task"_s, u"done dispatch"_s };
        QTest::newRow("all") << Filter::All << QString() << all;
        QTest::newRow("in progress") << Filter::Active << QString() << QStringList { u"running task"_s };
        QTest::newRow("needs attention") << Filter::NeedsAttention << QString()
                                         << QStringList { u"unknown dispatch"_s, u"failed task"_s };
        QTest::newRow("finished") << Filter::Finished << QString() << QStringList { u"done dispatch"_s };
        QTest::newRow("words, any case") << Filter::All << u"DISPATCH github"_s
                                         << QStringList { u"unknown dispatch"_s, u"done dispatch"_s };
        QTest::newRow("error text") << Filter::All << u"422"_s
                                    << QStringList { u"unknown dispatch"_s, u"failed task"_s };
        QTest::newRow("both") << Filter::NeedsAttention << u"task"_s << QStringList { u"failed task"_s };
    }
    void filterByStateAndWords()
    {
        QFETCH(OutboxFilterModel::StateFilter, filter);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        Outbox outbox(m_dir->path());
        OutboxModel model(&outbox);
        OutboxFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        outbox.add(makeEntry(Kind::HttpRequest, State::Sent, u"done dispatch"_s, 1));
        outbox.add(makeEntry(Kind::ScaffolderTask, State::Failed, u"failed task"_s, 2));
        outbox.add(makeEntry(Kind::HttpRequest, State::Unknown, u"unknown dispatch"_s, 3));
        outbox.add(makeEntry(Kind::ScaffolderTask, State::Running, u"running task"_s, 4));
        proxy.setStateFilter(filter);
        proxy.setSearchText(search);
        QCOMPARE(titles(&proxy), expected);
    }

    void pageShowsStepsAndFollowsTheLog()
    {
        Outbox outbox(m_dir->path());
        outbox.add(makeEntry(Kind::HttpRequest, State::Sent, u"older request"_s, 0));
        const QUuid id = outbox.add(runningTask());
        ActivityPage page(&outbox);
        new QAbstractItemModelTester(page.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        page.resize(1200, 700);
        page.show();
        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.currentId(), id); // the newest is selected at first

        OutboxEntryView* details = page.details();
        QCOMPARE(details->titleLabel()->text(), u"New service: payments"_s);
        QCOMPARE(details->stateLabel()->text(), OutboxEntry::stateLabel(State::Running));
        QVERIFY(details->tabs()->isTabVisible(OutboxEntryView::StepsTab));
        QVERIFY(!details->tabs()->isTabVisible(OutboxEntryView::ResponseTab));
        QCOMPARE(details->tabs()->currentIndex(), int(OutboxEntryView::StepsTab));
        QListWidget* steps = details->stepList();
        QCOMPARE(steps->count(), 3);
        QCOMPARE(steps->item(1)->text(), u"Publish to GitHub"_s);
        // The running step is shown, its colour codes drawn rather than printed.
        QCOMPARE(steps->currentRow(), 1);
        QCOMPARE(details->stepLog()->toPlainText(), u"info: Creating repository acme/payments\nPushing 42 files"_s);
        QTextCursor green(details->stepLog()->document());
        green.setPosition(1);
        QVERIFY(green.charFormat().foreground().color() != details->stepLog()->palette().color(QPalette::Text));

        // New lines arrive: appended, and a log read at its bottom stays there.
        OutboxEntry entry = *outbox.entry(id);
        for (int i = 0; i < 200; ++i)
            entry.step(u"publish"_s).log.append(u"object %1 written"_s.arg(i));
        QVERIFY(outbox.update(entry));
        QScrollBar* bar = details->stepLog()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(details->stepLog()->toPlainText().endsWith(u"object 199 written"_s));

        // Scrolled up to read, the reader stays where they are.
        bar->setValue(10);
        entry.step(u"publish"_s).log.append(u"one more"_s);
        QVERIFY(outbox.update(entry));
        QCOMPARE(bar->value(), 10);
        QVERIFY(details->stepLog()->toPlainText().endsWith(u"one more"_s));

        // A step chosen by the user stays chosen when the task moves on.
        steps->setCurrentRow(0);
        QCOMPARE(details->stepLog()->toPlainText(), u"Fetching template content from remote URL"_s);
        entry.step(u"publish"_s).status = u"completed"_s;
        entry.step(u"register"_s).status = u"processing"_s;
        QVERIFY(outbox.update(entry));
        QCOMPARE(steps->currentRow(), 0);
        QCOMPARE(steps->item(2)->toolTip(), u"Running"_s);
    }

    void actionsFollowTheState_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<State>("state");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<bool>("remove");
        QTest::newRow("task queued") << Kind::ScaffolderTask << State::Queued << false << true << false;
        QTest::newRow("task sending") << Kind::ScaffolderTask << State::Sending << false << false << false;
        QTest::newRow("task sent") << Kind::ScaffolderTask << State::Sent << false << true << false;
        QTest::newRow("task running") << Kind::ScaffolderTask << State::Running << false << true << false;
        QTest::newRow("task completed") << Kind::ScaffolderTask << State::Completed << false << false << true;
        QTest::newRow("task failed") << Kind::ScaffolderTask << State::Failed << true << false << true;
        QTest::newRow("task unknown") << Kind::ScaffolderTask << State::Unknown << true << false << true;
        QTest::newRow("request queued") << Kind::HttpRequest << State::Queued << false << false << false;
        QTest::newRow("request sent") << Kind::HttpRequest << State::Sent << false << false << true;
        QTest::newRow("request failed") << Kind::HttpRequest << State::Failed << true << false << true;
        QTest::newRow("request unknown") << Kind::HttpRequest << State::Unknown << true << false << true;
    }
    void actionsFollowTheState()
    {
        QFETCH(Kind, kind);
        QFETCH(State, state);
        QFETCH(bool, retry);
        QFETCH(bool, cancel);
        QFETCH(bool, remove);
        Outbox outbox(m_dir->path());
        const OutboxEntry entry = makeEntry(kind, state, u"entry"_s);
        outbox.add(entry);
        ActivityPage page(&outbox);
        QCOMPARE(page.retryAction()->isEnabled(), retry);
        QCOMPARE(page.cancelAction()->isEnabled(), cancel);
        QCOMPARE(page.removeAction()->isEnabled(), remove);
        QVERIFY(page.copyPayloadAction()->isEnabled());
        QCOMPARE(ActivityRules::canRetry(entry), retry);
        QCOMPARE(ActivityRules::canCancel(entry), cancel);
        QCOMPARE(ActivityRules::canRemove(entry), remove);
    }

    void retryRequeues_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<bool>("answer");
        QTest::addColumn<bool>("asked");
        QTest::addColumn<State>("after");
        QTest::newRow("failed: no question") << State::Failed << false << false << State::Queued;
        QTest::newRow("unknown, confirmed") << State::Unknown << true << true << State::Queued;
        QTest::newRow("unknown, declined") << State::Unknown << false << true << State::Unknown;
    }
    void retryRequeues()
    {
        QFETCH(State, state);
        QFETCH(bool, answer);
        QFETCH(bool, asked);
        QFETCH(State, after);
        Outbox outbox(m_dir->path());
        const QUuid id = outbox.add(makeEntry(Kind::HttpRequest, state, u"dispatch"_s));
        ActivityPage page(&outbox);
        QStringList questions;
        page.setConfirmation([&](const QString& question, const QString&) {
            questions.append(question);
            return answer;
        });
        page.retryAction()->trigger();
        QCOMPARE(!questions.isEmpty(), asked);
        if (asked)
            QCOMPARE(questions.first(), u"The backend may already have received this request. Send it again?"_s);
        QCOMPARE(outbox.entry(id)->state, after);
        QCOMPARE(page.details()->stateLabel()->text(), OutboxEntry::stateLabel(after));
        QCOMPARE(page.retryAction()->isEnabled(), after != State::Queued);
    }

    // Without a confirmation of its own the page asks with a message box, which defaults to not sending.
    void unknownRetryAsksWithAMessageBox()
    {
        Outbox outbox(m_dir->path());
        const QUuid id = outbox.add(makeEntry(Kind::ScaffolderTask, State::Unknown, u"task"_s));
        ActivityPage page(&outbox);
        page.show();
        QString text;
        QTimer::singleShot(0, this, [&text] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            text = box->text();
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        page.retryAction()->trigger();
        QCOMPARE(text, u"The backend may already have received this request. Send it again?"_s);
        QCOMPARE(outbox.entry(id)->state, State::Queued);
    }

    void cancelAsksTheOwner()
    {
        Outbox outbox(m_dir->path());
        const QUuid id = outbox.add(runningTask());
        ActivityPage page(&outbox);
        QSignalSpy cancelled(&page, &ActivityPage::cancelRequested);
        QVERIFY(page.cancelAction()->isEnabled());
        page.cancelAction()->trigger();
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().first().toUuid(), id);
        QCOMPARE(outbox.entry(id)->state, State::Running); // the page only asks
    }

    void removeAsksFirst()
    {
        Outbox outbox(m_dir->path());
        const QUuid keep = outbox.add(makeEntry(Kind::HttpRequest, State::Sent, u"keep"_s, 0));
        const QUuid id = outbox.add(makeEntry(Kind::HttpRequest, State::Failed, u"drop"_s, 1));
        ActivityPage page(&outbox);
        bool answer = false;
        page.setConfirmation([&answer](const QString&, const QString&) { return answer; });
        QCOMPARE(page.currentId(), id);
        page.removeAction()->trigger();
        QVERIFY(outbox.contains(id));
        answer = true;
        page.removeAction()->trigger();
        QVERIFY(!outbox.contains(id));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.currentId(), keep); // the selection moves on
        QCOMPARE(page.details()->titleLabel()->text(), u"keep"_s);
    }

    void outputLinksAndText()
    {
        Outbox outbox(m_dir->path());
        outbox.add(completedTask());
        ActivityPage page(&outbox);
        OutboxEntryView* details = page.details();
        QVERIFY(details->tabs()->isTabVisible(OutboxEntryView::OutputTab));
        QCOMPARE(details->tabs()->currentIndex(), int(OutboxEntryView::OutputTab)); // a finished task opens there
        const QString links = details->outputLinks()->text();
        QVERIFY2(links.contains(u">Repository</a>"_s), qPrintable(links));
        QVERIFY(links.contains(u"https://github.com/acme/orders"_s));
        QVERIFY(links.contains(u">Open in catalog</a>"_s));
        QVERIFY(details->outputText()->toPlainText().contains(u"Next steps"_s));
        QVERIFY(details->outputText()->toPlainText().contains(u"Run terraform plan in infra/."_s));
        // A link to an entity opens it in the catalog.
        QSignalSpy entity(&page, &ActivityPage::entityActivated);
        Q_EMIT details->outputLinks()->linkActivated(u"output-link:1"_s);
        QCOMPARE(entity.size(), 1);
        QCOMPARE(entity.first().first().toString(), u"component:default/orders"_s);
    }

    void requestShowsResponseAndPayload()
    {
        Outbox outbox(m_dir->path());
        OutboxEntry entry = makeEntry(Kind::HttpRequest, State::Failed, u"dispatch"_s);
        entry.responseStatus = 422;
        entry.responseBody = R"({"message":"Validation Failed"})";
        outbox.add(entry);
        ActivityPage page(&outbox);
        OutboxEntryView* details = page.details();
        QVERIFY(!details->tabs()->isTabVisible(OutboxEntryView::StepsTab));
        QCOMPARE(details->tabs()->currentIndex(), int(OutboxEntryView::ResponseTab));
        QVERIFY(details->responseStatus()->text().contains(u"422"_s));
        QCOMPARE(details->responseBody()->toPlainText(), u"{\n    \"message\": \"Validation Failed\"\n}"_s);
        QVERIFY(details->payloadView()->toPlainText().contains(
            u"\n    \"templateRef\": \"template:default/new-service\""_s));
        QVERIFY(details->payloadView()->isReadOnly());
        QVERIFY(details->errorBar()->isVisibleTo(details));
        QCOMPARE(details->errorBar()->text(), entry.lastError);
        QVERIFY(!page.cancelAction()->isVisible()); // not a task
        const auto buttons = page.details()->findChildren<QToolButton*>();
        for (const QToolButton* button : buttons) {
            if (button->defaultAction() == page.cancelAction())
                QVERIFY(!button->isVisibleTo(page.details()));
        }

        page.copyPayloadAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), OutboxEntryView::prettyJson(entry.payload));
    }

    void countdown_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("due") << 0 << u"now"_s;
        QTest::newRow("past") << -5 << u"now"_s;
        QTest::newRow("seconds") << 12 << u"in 12 s"_s;
        QTest::newRow("a minute") << 60 << u"in 1 min"_s;
        QTest::newRow("minutes, rounded up") << 61 << u"in 2 min"_s;
    }
    void countdown()
    {
        QFETCH(int, seconds);
        QFETCH(QString, expected);
        QCOMPARE(OutboxEntryView::countdown(baseTime.addSecs(seconds), baseTime), expected);
    }

    void queuedEntryCountsDown()
    {
        Outbox outbox(m_dir->path());
        OutboxEntry entry = makeEntry(Kind::HttpRequest, State::Queued, u"dispatch"_s);
        entry.attempts = 2;
        entry.lastError = u"Connection refused"_s;
        entry.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(30);
        outbox.add(entry);
        ActivityPage page(&outbox);
        page.show();
        QLabel* next = page.details()->nextAttemptLabel();
        QVERIFY2(next->text().startsWith(u"in "_s), qPrintable(next->text()));
        const QString before = next->text();
        QTRY_VERIFY_WITH_TIMEOUT(next->text() != before, 3000);
        QCOMPARE(page.details()->errorBar()->text(), u"The last attempt failed: Connection refused"_s);
    }

    void emptyStateAndUnreadableFiles()
    {
        QFile junk(m_dir->filePath(u"junk.json"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{ not json");
        junk.close();
        Outbox outbox(m_dir->path());
        QCOMPARE(outbox.loadErrors().size(), 1);
        ActivityPage page(&outbox);
        page.show();
        QVERIFY(page.isShowingEmptyState());
        QVERIFY(page.messageBar()->isVisible());
        QVERIFY(page.messageBar()->text().contains(u"junk.json"_s));
        page.messageBar()->closeButton()->click();
        QVERIFY(!page.messageBar()->isVisible());

        const QUuid id = outbox.add(makeEntry(Kind::HttpRequest, State::Queued, u"first"_s));
        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.currentId(), id);
        outbox.retry(id); // refused: not failed; nothing changes
        QVERIFY(outbox.remove(id));
        QVERIFY(page.isShowingEmptyState());
        QVERIFY(page.currentId().isNull());
    }

    void mainWindowShowsThePage()
    {
        Outbox outbox(m_dir->path());
        outbox.add(runningTask());
        MainWindow window(&outbox);
        QCOMPARE(window.outbox(), &outbox);
        QVERIFY(window.activityPage());
        window.showSection(MainWindow::ActivitySection);
        QCOMPARE(window.pages()->currentWidget(), window.activityPage());
        auto* navigation = window.findChild<QListWidget*>();
        QVERIFY(navigation);
        QCOMPARE(navigation->item(MainWindow::ActivitySection)->text(), u"Activity (1)"_s);
        outbox.add(makeEntry(Kind::HttpRequest, State::Queued, u"another"_s, 9));
        QCOMPARE(navigation->item(MainWindow::ActivitySection)->text(), u"Activity (2)"_s);
    }

    void screenshot()
    {
        Outbox outbox(m_dir->path());
        outbox.add(makeEntry(Kind::HttpRequest, State::Sent, u"Deploy payments to staging"_s, 0));
        outbox.add(completedTask());
        OutboxEntry failed = makeEntry(Kind::HttpRequest, State::Failed, u"Trigger infra workflow"_s, 3);
        failed.attempts = 1;
        failed.responseStatus = 422;
        outbox.add(failed);
        OutboxEntry unknown = makeEntry(Kind::ScaffolderTask, State::Unknown, u"New service: ledger"_s, 4);
        unknown.lastError = u"The connection broke after the request was sent, so the backend may have "
                            "received it. Check the backend, then retry or remove it."_s;
        outbox.add(unknown);
        OutboxEntry queued = makeEntry(Kind::HttpRequest, State::Queued, u"Notify #releases"_s, 6);
        queued.attempts = 3;
        queued.lastError = u"Connection refused"_s;
        queued.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(12);
        outbox.add(queued);
        OutboxEntry running = runningTask();
        running.step(u"publish"_s).log
            << u"\x1b[33mwarn\x1b[39m: Branch protection is not available on this plan"_s
            << u"\x1b[1;31merror\x1b[0m: retrying push after \x1b[4m502 Bad Gateway\x1b[24m"_s
            << u"\x1b[32minfo\x1b[39m: Pushed to \x1b[38;5;75mhttps://github.com/acme/payments\x1b[0m"_s;
        running.appendLog(u"Sending, attempt 1"_s, baseTime.addSecs(300));
        running.appendLog(u"Sent"_s, baseTime.addSecs(301));
        outbox.add(running);
        ActivityPage page(&outbox);
        page.resize(1150, 720);
        page.show();
        // The pictures show the entry in @p state (each state is there once) in the palette the page has.
        const auto shoot = [&page, &outbox](State state, const QString& name) {
            const QList<OutboxEntry> entries = outbox.entries();
            const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                         [state](const OutboxEntry& entry) { return entry.state == state; });
            QVERIFY(it != entries.cend());
            QVERIFY(page.selectEntry(it->id));
            // Layouts settle in posted events; a grab before them shows stale geometry.
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            WidgetTest::saveScreenshot(page, name);
        };
        shoot(State::Running, u"activity-page"_s);
        shoot(State::Queued, u"activity-page-queued"_s);
        shoot(State::Unknown, u"activity-page-unknown"_s);
        shoot(State::Completed, u"activity-page-output"_s);

        // Colours come from the palette: the badges, banners and log colours must follow a dark one.
        page.setPalette(ThemeManager::instance()->palette(ThemeManager::Theme::Dark));
        shoot(State::Running, u"activity-page-dark"_s);
        shoot(State::Failed, u"activity-page-failed-dark"_s);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
