#include "palette/palettemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atrium;

namespace {

PaletteResult result(PaletteItem::Category category, const QString& id, const QString& title, int score)
{
    PaletteResult result;
    result.item.category = category;
    result.item.id = id;
    result.item.title = title;
    result.item.subtitle = QStringLiteral("Component · ") + id;
    result.item.shortcut = category == PaletteItem::Category::Command ? QStringLiteral("Ctrl+R") : QString();
    result.score = score;
    result.titlePositions = { 0, 1 };
    result.subtitlePositions = { 12 };
    return result;
}

} // namespace

class TestPaletteModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<PaletteModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void roles_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("title") << int(Qt::DisplayRole) << QVariant(QStringLiteral("Payment Gateway"));
        QTest::newRow("subtitle") << int(PaletteModel::SubtitleRole)
                                  << QVariant(QStringLiteral("Component · component:default/payment-gateway"));
        QTest::newRow("category") << int(PaletteModel::CategoryRole) << QVariant(int(PaletteItem::Category::Entity));
        QTest::newRow("category name") << int(PaletteModel::CategoryNameRole) << QVariant(QStringLiteral("Entity"));
        QTest::newRow("id") << int(PaletteModel::IdRole)
                            << QVariant(QStringLiteral("component:default/payment-gateway"));
        QTest::newRow("title positions") << int(PaletteModel::TitlePositionsRole)
                                         << QVariant::fromValue(QList<int> { 0, 1 });
        QTest::newRow("subtitle positions")
            << int(PaletteModel::SubtitlePositionsRole) << QVariant::fromValue(QList<int> { 12 });
        QTest::newRow("score") << int(PaletteModel::ScoreRole) << QVariant(40);
        QTest::newRow("no shortcut") << int(PaletteModel::ShortcutRole) << QVariant(QString());
    }
    void roles()
    {
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        m_model->setResults({ result(PaletteItem::Category::Entity, QStringLiteral("component:default/payment-gateway"),
                                     QStringLiteral("Payment Gateway"), 40) });
        QCOMPARE(m_model->index(0).data(role), expected);
    }

    void resetsOnNewResults()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setResults({ result(PaletteItem::Category::Entity, QStringLiteral("a"), QStringLiteral("A"), 3),
                              result(PaletteItem::Category::Command, QStringLiteral("b"), QStringLiteral("B"), 2) });
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->item(1).id, QStringLiteral("b"));
        QCOMPARE(m_model->index(1).data(PaletteModel::ShortcutRole).toString(), QStringLiteral("Ctrl+R"));
        QCOMPARE(m_model->index(1).data(PaletteModel::ItemRole).value<PaletteItem>(), m_model->item(1));
        QCOMPARE(m_model->item(2), PaletteItem());
        m_model->setResults({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void categoryNames_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("name");
        QTest::newRow("entity") << int(PaletteItem::Category::Entity) << "Entity";
        QTest::newRow("template") << int(PaletteItem::Category::Template) << "Template";
        QTest::newRow("page") << int(PaletteItem::Category::Page) << "Page";
        QTest::newRow("command") << int(PaletteItem::Category::Command) << "Command";
    }
    void categoryNames()
    {
        QFETCH(int, category);
        QFETCH(QString, name);
        QCOMPARE(PaletteModel::categoryName(PaletteItem::Category(category)), name);
    }

private:
    std::unique_ptr<PaletteModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestPaletteModel)
#include "tst_palettemodel.moc"
