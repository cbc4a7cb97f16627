// The Create page's gallery of templates: every template of the workspace as a card, found by search and type.

#include "catalog/catalogloader.h"
#include "create/createpage.h"
#include "screenshot.h"
#include "templates/templatefilterproxymodel.h"
#include "templates/templatelistmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

namespace {
CatalogIndexPtr demoIndex()
{
    CatalogLoadOptions options;
    options.addRoot(QStringLiteral(ATRIUM_DEMO_DIR));
    return CatalogIndex::create(std::make_shared<CatalogSnapshot>(loadCatalog(options)));
}

QStringList titles(const QAbstractItemModel* model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, 0).data(TemplateListModel::TitleRole).toString());
    return result;
}
} // namespace

class TestCreatePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelListsTheTemplates()
    {
        TemplateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TemplateFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(demoIndex());
        QCOMPARE(titles(&model),
                 (QStringList { u"AWS infrastructure for a service (Terraform)"_s, u"GitHub Actions CI/CD"_s,
                                u"Go service on Kubernetes"_s, u"Helm chart for a service"_s, u"Kafka topic"_s,
                                u"Kubernetes service"_s, u"New service"_s }));
        QCOMPARE(model.types(), (QStringList { u"resource"_s, u"service"_s }));
        const QModelIndex kafka = model.index(4, 0);
        QCOMPARE(kafka.data(TemplateListModel::RefRole).toString(), u"template:default/kafka-topic"_s);
        QCOMPARE(kafka.data(TemplateListModel::OwnerRole).toString(), u"platform-team"_s);
        QCOMPARE(kafka.data(TemplateListModel::TagsRole).toStringList(), (QStringList { u"kafka"_s, u"terraform"_s }));
        QVERIFY(kafka.data(TemplateListModel::DescriptionRole).toString().startsWith(u"Request a topic"));

        proxy.setText(u"TERRAFORM topic"_s); // every word, any case, tags count
        QCOMPARE(titles(&proxy), QStringList { u"Kafka topic"_s });
        proxy.setText(QString());
        proxy.setType(u"service"_s);
        QCOMPARE(titles(&proxy),
                 (QStringList { u"GitHub Actions CI/CD"_s, u"Go service on Kubernetes"_s, u"Helm chart for a service"_s,
                                u"Kubernetes service"_s, u"New service"_s }));
        proxy.setText(u"kafka"_s);
        QCOMPARE(proxy.rowCount(), 0);
        model.setIndex(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void galleryFiltersAndOpens()
    {
        CreatePage page;
        page.resize(900, 500);
        page.setIndex(demoIndex());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QListView* gallery = page.gallery();
        QCOMPARE(gallery->model()->rowCount(), 7);
        QCOMPARE(page.typeFilter()->count(), 3); // all, resource, service
        WidgetTest::saveScreenshot(page, u"create-page"_s);

        page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(u"resource"_s));
        QCOMPARE(titles(gallery->model()),
                 (QStringList { u"AWS infrastructure for a service (Terraform)"_s, u"Kafka topic"_s }));
        page.typeFilter()->setCurrentIndex(0);
        QTest::keyClicks(page.searchField(), u"nothing matches this"_s);
        QCOMPARE(gallery->model()->rowCount(), 0);
        QVERIFY(!gallery->isVisible()); // the empty state says so instead
        page.searchField()->clear();
        QVERIFY(gallery->isVisible());

        QSignalSpy activated(&page, &CreatePage::templateActivated);
        gallery->setFocus();
        gallery->setCurrentIndex(gallery->model()->index(0, 0));
        QTest::keyClick(gallery, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), u"template:default/terraform-aws-service"_s);
    }

    void emptyWorkspace()
    {
        CreatePage page;
        page.setIndex(CatalogIndex::create(std::make_shared<CatalogSnapshot>()));
        page.show();
        QVERIFY(!page.gallery()->isVisible());
        QCOMPARE(page.typeFilter()->count(), 1);
    }
};

QTEST_MAIN(TestCreatePage)
#include "tst_createpage.moc"
