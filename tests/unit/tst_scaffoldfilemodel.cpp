// The wizard preview's file tree: folders from the paths, files as leaves, statuses from a comparison.

#include "scaffolder/scaffoldfilemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

using Status = ScaffoldFileComparison::Status;

namespace {

/// The tree as indented lines "name [status]", depth first, for comparing whole shapes at once.
QStringList outline(const QAbstractItemModel& model, const QModelIndex& parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, ScaffoldFileModel::NameColumn, parent);
        QString line = QString(depth * 2, u' ') + index.data().toString();
        const QString status = model.index(row, ScaffoldFileModel::StatusColumn, parent).data().toString();
        if (!status.isEmpty())
            line += u" ["_s + status + u']';
        lines.append(line);
        lines += outline(model, index, depth + 1);
    }
    return lines;
}

QList<ScaffoldFile> sampleFiles()
{
    return { { u"README.md"_s, "# svc\n", false },
             { u"bin/run.sh"_s, "#!/bin/sh\n", true },
             { u"k8s/base/deployment.yaml"_s, "kind: Deployment\n", false },
             { u"k8s/base/service.yaml"_s, "kind: Service\n", false },
             { u"k8s/kustomization.yaml"_s, "resources: [base]\n", false },
             { u"logo.png"_s, QByteArray("\x89PNG\0", 5), false },
             { u"../escape"_s, "x", false } };
}

} // namespace

class TestScaffoldFileModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tree()
    {
        ScaffoldFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setFiles(sampleFiles());
        // Folders first, then files, each by name; a path the writer refuses is listed whole.
        QCOMPARE(outline(model),
                 (QStringList { u"bin"_s, u"  run.sh [New]"_s, u"k8s"_s, u"  base"_s, u"    deployment.yaml [New]"_s,
                                u"    service.yaml [New]"_s, u"  kustomization.yaml [New]"_s, u"../escape [Blocked]"_s,
                                u"logo.png [New]"_s, u"README.md [New]"_s }));
        QCOMPARE(model.columnCount(), int(ScaffoldFileModel::COLUMN_COUNT));
        QCOMPARE(model.headerData(ScaffoldFileModel::SizeColumn, Qt::Horizontal).toString(), u"Size"_s);
    }

    void roles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("folder");
        QTest::addColumn<bool>("executable");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<qint64>("size");
        QTest::newRow("folder") << u"k8s/base"_s << true << false << false << qint64(-1);
        QTest::newRow("text") << u"k8s/base/service.yaml"_s << false << false << false << qint64(14);
        QTest::newRow("executable") << u"bin/run.sh"_s << false << true << false << qint64(10);
        QTest::newRow("binary") << u"logo.png"_s << false << false << true << qint64(5);
    }
    void roles()
    {
        QFETCH(QString, path);
        QFETCH(bool, folder);
        QFETCH(bool, executable);
        QFETCH(bool, binary);
        QFETCH(qint64, size);
        ScaffoldFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles(sampleFiles());
        const QModelIndex index = model.indexForPath(path);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(ScaffoldFileModel::PathRole).toString(), path);
        QCOMPARE(index.data(ScaffoldFileModel::IsFolderRole).toBool(), folder);
        if (folder) {
            QVERIFY(!index.data(ScaffoldFileModel::StatusRole).isValid());
            QVERIFY(!index.data(ScaffoldFileModel::ContentRole).isValid());
            QVERIFY(model.rowCount(index) > 0);
            return;
        }
        QCOMPARE(model.rowCount(index), 0);
        QCOMPARE(index.data(ScaffoldFileModel::ExecutableRole).toBool(), executable);
        QCOMPARE(index.data(ScaffoldFileModel::BinaryRole).toBool(), binary);
        QCOMPARE(index.data(ScaffoldFileModel::SizeRole).toLongLong(), size);
        QCOMPARE(index.data(ScaffoldFileModel::ContentRole).toByteArray(), model.file(path)->content);
        QCOMPARE(index.data(ScaffoldFileModel::StatusRole).toInt(), int(Status::New));
        QVERIFY(!index.siblingAtColumn(ScaffoldFileModel::SizeColumn).data().toString().isEmpty());
        QCOMPARE(model.parent(index).data(ScaffoldFileModel::PathRole).toString(),
                 path.contains(u'/') ? path.section(u'/', 0, -2) : QString());
    }

    void comparisonUpdatesStatusesInPlace()
    {
        ScaffoldFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<ScaffoldFile> files = sampleFiles();
        model.setFiles(files);
        ScaffoldComparisonResult comparison = ScaffoldComparison::compare(files, QString());
        comparison.files[0].status = Status::Unchanged;
        comparison.files[2].status = Status::Changed;
        comparison.files[2].existingContent = "kind: Old\n";
        comparison.files[2].existingContentKept = true;
        comparison.files[3].status = Status::Blocked;
        comparison.files[3].problem = u"k8s/base/service.yaml is a symbolic link"_s;

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setComparison(comparison);
        QCOMPARE(reset.size(), 0); // the view keeps its expansion and selection
        QVERIFY(changed.size() > 0);
        QCOMPARE(model.indexForPath(u"README.md"_s).data(ScaffoldFileModel::StatusRole).toInt(),
                 int(Status::Unchanged));
        const QModelIndex deployment = model.indexForPath(u"k8s/base/deployment.yaml"_s);
        QCOMPARE(deployment.data(ScaffoldFileModel::StatusRole).toInt(), int(Status::Changed));
        QCOMPARE(deployment.data(ScaffoldFileModel::ExistingContentRole).toByteArray(), QByteArray("kind: Old\n"));
        const QModelIndex service = model.indexForPath(u"k8s/base/service.yaml"_s, ScaffoldFileModel::StatusColumn);
        QCOMPARE(service.data().toString(), u"Blocked"_s);
        QVERIFY(service.data(Qt::ToolTipRole).toString().contains(u"symbolic link"_s));
        QCOMPARE(model.count(Status::New), 3);
        QCOMPARE(model.count(Status::Blocked), 2);
        QCOMPARE(model.comparison(u"README.md"_s)->status, Status::Unchanged);
        QVERIFY(!model.comparison(u"k8s"_s));

        // A comparison made for other files (an older run) is not applied.
        ScaffoldComparisonResult stale = ScaffoldComparison::compare({ { u"other"_s, "", false } }, QString());
        model.setComparison(stale);
        QCOMPARE(model.count(Status::Unchanged), 1);
    }

    void emptyAndReplaced()
    {
        ScaffoldFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles(sampleFiles());
        model.setFiles({ { u"only.txt"_s, "x", false } });
        QCOMPARE(outline(model), QStringList { u"only.txt [New]"_s });
        model.setFiles({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexForPath(u"only.txt"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestScaffoldFileModel)
#include "tst_scaffoldfilemodel.moc"
