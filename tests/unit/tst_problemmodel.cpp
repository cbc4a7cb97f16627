#include "catalog/entityfilterproxymodel.h"
#include "catalog/problemmodel.h"
#include "indexfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

class TestProblemModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<ProblemModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_model->rowCount(), 0);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setSnapshot(IndexFixture::loadSnapshot());
        QCOMPARE(reset.size(), 1);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void shape()
    {
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->columnCount(), int(ProblemModel::COLUMN_COUNT));
        QCOMPARE(m_model->errorCount(), 2);
        QCOMPARE(m_model->warningCount(), 3);
        QCOMPARE(m_model->headerData(ProblemModel::Severity, Qt::Horizontal).toString(), u"Severity"_s);
        QCOMPARE(m_model->headerData(ProblemModel::Message, Qt::Horizontal).toString(), u"Message"_s);
    }

    void display_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("error") << 0 << int(ProblemModel::Severity) << "Error";
        QTest::newRow("warning") << 1 << int(ProblemModel::Severity) << "Warning";
        QTest::newRow("file") << 0 << int(ProblemModel::File) << "/repo/catalog/legacy.yaml";
        QTest::newRow("line") << 1 << int(ProblemModel::Line) << "12";
        QTest::newRow("column") << 1 << int(ProblemModel::Column) << "5";
        QTest::newRow("unknown column is blank") << 4 << int(ProblemModel::Column) << "";
        QTest::newRow("entity in short form") << 0 << int(ProblemModel::Entity) << "component:legacy-billing";
        QTest::newRow("no entity") << 2 << int(ProblemModel::Entity) << "";
        QTest::newRow("message") << 2 << int(ProblemModel::Message) << "expected a mapping, found a sequence";
    }
    void display()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        QCOMPARE(m_model->index(row, column).data().toString(), expected);
    }

    void roles()
    {
        const QModelIndex first = m_model->index(0, ProblemModel::Message);
        QCOMPARE(first.data(ProblemModel::SeverityRole).toInt(), int(Problem::Severity::Error));
        QCOMPARE(first.data(ProblemModel::FilePathRole).toString(), u"/repo/catalog/legacy.yaml"_s);
        QCOMPARE(first.data(ProblemModel::LineRole).toInt(), 4);
        QCOMPARE(first.data(ProblemModel::ColumnRole).toInt(), 3);
        QCOMPARE(first.data(ProblemModel::EntityRefRole).toString(), u"component:default/legacy-billing"_s);
        QCOMPARE(first.data(Qt::ToolTipRole).toString(),
                 u"/repo/catalog/legacy.yaml:4:3: error: spec.owner is required"_s);
        QCOMPARE(m_model->problem(1).message, u"metadata.tags contains a duplicate"_s);
    }

    void baseDirectory_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("inside") << "/repo"
                                << "catalog/legacy.yaml";
        QTest::newRow("trailing slash") << "/repo/catalog/"
                                        << "legacy.yaml";
        QTest::newRow("prefix of a name is not a directory") << "/rep"
                                                             << "/repo/catalog/legacy.yaml";
        QTest::newRow("none") << ""
                              << "/repo/catalog/legacy.yaml";
    }
    void baseDirectory()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setBaseDirectory(base);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->index(0, ProblemModel::File).data().toString(), expected);
        QCOMPARE(m_model->index(0, ProblemModel::File).data(Qt::ToolTipRole).toString(),
                 u"/repo/catalog/legacy.yaml"_s);
    }

    // EntityFilterProxyModel sorts any model naturally (and filters nothing when its source is not an entity table).
    void naturalSort()
    {
        EntityFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model.get());
        proxy.setSortRole(ProblemModel::SortRole);
        proxy.sort(ProblemModel::File);
        QStringList files;
        for (int row = 0; row < proxy.rowCount(); ++row)
            files.append(proxy.index(row, ProblemModel::File).data().toString().section(QLatin1Char('/'), -1));
        QCOMPARE(files,
                 (QStringList { u"a2.yaml"_s, u"a10.yaml"_s, u"broken.yaml"_s, u"legacy.yaml"_s, u"shop.yaml"_s }));
        proxy.sort(ProblemModel::Severity, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ProblemModel::Severity).data().toString(), u"Warning"_s);
        QCOMPARE(proxy.index(4, ProblemModel::Severity).data().toString(), u"Error"_s);
    }

    void emptySnapshot()
    {
        m_model->setSnapshot(std::make_shared<CatalogSnapshot>());
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setBaseDirectory(u"/x"_s);
        m_model->setSnapshot(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->errorCount(), 0);
    }

private:
    std::unique_ptr<ProblemModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestProblemModel)
#include "tst_problemmodel.moc"
