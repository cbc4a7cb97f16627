// The fields a template's form page shows: widgets from schemas and ui hints, written order, and the fields that
// conditions add and remove as answers change.

#include "catalog/yamlreader.h"
#include "templates/formlayout.h"
#include "templates/templatedefinition.h"

#include <QFile>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FormField::Widget)

namespace {

TemplateDefinition fixture()
{
    const QString path = QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/form-layout.yaml");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const YamlReadResult read = readYamlDocuments(file.readAll(), path);
    if (read.documents.empty())
        return {};
    return TemplateDefinitionReader::read(read.documents.front().value.toObject(), path, &read.documents.front());
}

QStringList keys(const QList<FormField>& fields)
{
    QStringList list;
    for (const FormField& field : fields)
        list.append(field.key);
    return list;
}

const FormField* find(const QList<FormField>& fields, const QString& key)
{
    for (const FormField& field : fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

} // namespace

class TestFormLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writtenOrder()
    {
        const TemplateDefinition definition = fixture();
        QCOMPARE(definition.pages.size(), 2);
        const QList<FormField> fields = FormLayout::fields(definition.pages.at(0).schema, {});
        // "zname" comes first because it is written first, not because of the alphabet.
        QCOMPARE(keys(fields).mid(0, 4), (QStringList { u"zname"_s, u"owner"_s, u"language"_s, u"size"_s }));
        QCOMPARE(keys(fields).last(), u"tier"_s);
    }

    void widgets_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<FormField::Widget>("widget");
        QTest::newRow("text") << u"zname"_s << FormField::Widget::Text;
        QTest::newRow("owner picker") << u"owner"_s << FormField::Widget::OwnerPicker;
        QTest::newRow("enum") << u"language"_s << FormField::Widget::Select;
        QTest::newRow("radio") << u"size"_s << FormField::Widget::Radio;
        QTest::newRow("textarea") << u"notes"_s << FormField::Widget::TextArea;
        QTest::newRow("password") << u"password"_s << FormField::Widget::Password;
        QTest::newRow("secret") << u"token"_s << FormField::Widget::Secret;
        QTest::newRow("hidden") << u"internal"_s << FormField::Widget::Hidden;
        QTest::newRow("integer") << u"replicas"_s << FormField::Widget::Integer;
        QTest::newRow("number") << u"ratio"_s << FormField::Widget::Number;
        QTest::newRow("boolean") << u"public"_s << FormField::Widget::Checkbox;
        QTest::newRow("boolean as radio") << u"approved"_s << FormField::Widget::Radio;
        QTest::newRow("boolean as select") << u"exposure"_s << FormField::Widget::Select;
        QTest::newRow("list of strings") << u"aliases"_s << FormField::Widget::StringList;
        QTest::newRow("checkboxes") << u"regions"_s << FormField::Widget::Checkboxes;
        QTest::newRow("array of objects") << u"ports"_s << FormField::Widget::Json;
        QTest::newRow("object") << u"database"_s << FormField::Widget::Group;
        QTest::newRow("repo url") << u"repoUrl"_s << FormField::Widget::RepoUrlPicker;
        QTest::newRow("unknown extension falls back") << u"color"_s << FormField::Widget::Text;
        QTest::newRow("titled enum") << u"tier"_s << FormField::Widget::Select;
    }

    void widgets()
    {
        QFETCH(QString, key);
        QFETCH(FormField::Widget, widget);
        const QList<FormField> fields = FormLayout::fields(fixture().pages.at(0).schema, {});
        const FormField* field = find(fields, key);
        QVERIFY(field);
        QCOMPARE(field->widget, widget);
    }

    void hints()
    {
        const QList<FormField> fields = FormLayout::fields(fixture().pages.at(0).schema, {});
        const FormField* name = find(fields, u"zname"_s);
        QCOMPARE(name->title, u"Name"_s);
        QVERIFY(name->required);
        QVERIFY(name->autofocus);
        QCOMPARE(name->placeholder, u"orders"_s);
        QCOMPARE(name->help, u"Lower case"_s);
        const FormField* language = find(fields, u"language"_s);
        QCOMPARE(language->enumLabels, (QStringList { u"Go"_s, u"Java"_s }));
        QCOMPARE(language->defaultValue, QJsonValue(u"go"_s));
        QVERIFY(!language->required);
        QCOMPARE(find(fields, u"notes"_s)->rows, 5);
        QCOMPARE(find(fields, u"approved"_s)->enumValues, (QJsonArray { true, false }));
        QCOMPARE(find(fields, u"approved"_s)->enumLabels, (QStringList { u"Yes"_s, u"No"_s }));
        QCOMPARE(find(fields, u"exposure"_s)->enumLabels, (QStringList { u"Internet"_s, u"Intranet"_s }));
        QCOMPARE(find(fields, u"owner"_s)->options.value(u"catalogFilter"_s).toObject().value(u"kind"_s),
                 QJsonValue(u"Group"_s));
        QVERIFY(find(fields, u"color"_s)->unknownField);
        QVERIFY(!find(fields, u"owner"_s)->unknownField);
        QCOMPARE(find(fields, u"tier"_s)->enumLabels, (QStringList { u"Gold"_s, u"Silver"_s }));
        QCOMPARE(find(fields, u"regions"_s)->enumLabels, (QStringList { u"eu"_s, u"us"_s }));
        // Review: masked and hidden answers.
        QVERIFY(find(fields, u"apiKey"_s)->reviewMasked);
        QCOMPARE(find(fields, u"apiKey"_s)->reviewMask, u"<hidden>"_s);
        QVERIFY(find(fields, u"token"_s)->reviewMasked);
        QVERIFY(find(fields, u"debugOnly"_s)->reviewHidden);
        // Nested objects: their own required list and dotted paths.
        const FormField* database = find(fields, u"database"_s);
        QCOMPARE(keys(database->children), (QStringList { u"size"_s, u"engine"_s }));
        QCOMPARE(database->children.at(0).path, u"database.size"_s);
        QVERIFY(database->children.at(0).required);
        QVERIFY(!database->children.at(1).required);
        QCOMPARE(FormLayout::flattened(fields).size(), fields.size() + 2);
    }

    void conditions_data()
    {
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("required");
        QTest::newRow("nothing answered")
            << QJsonObject() << QStringList { u"kind"_s, u"hasDatabase"_s } << QStringList {};
        QTest::newRow("web") << QJsonObject { { u"kind"_s, u"web"_s } }
                             << QStringList { u"kind"_s, u"hasDatabase"_s, u"tls"_s, u"hostname"_s }
                             << QStringList { u"hostname"_s };
        QTest::newRow("worker") << QJsonObject { { u"kind"_s, u"worker"_s } }
                                << QStringList { u"kind"_s, u"hasDatabase"_s, u"queue"_s } << QStringList {};
        QTest::newRow("database") << QJsonObject { { u"hasDatabase"_s, true } }
                                  << QStringList { u"kind"_s, u"hasDatabase"_s, u"dbName"_s }
                                  << QStringList { u"dbName"_s };
        QTest::newRow("no database") << QJsonObject { { u"hasDatabase"_s, false }, { u"kind"_s, u"worker"_s } }
                                     << QStringList { u"kind"_s, u"hasDatabase"_s, u"queue"_s } << QStringList {};
    }

    void conditions()
    {
        QFETCH(QJsonObject, answers);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, required);
        const QList<FormField> fields = FormLayout::fields(fixture().pages.at(1).schema, answers);
        QCOMPARE(keys(fields), expected);
        QStringList requiredKeys;
        for (const FormField& field : fields) {
            if (field.required)
                requiredKeys.append(field.key);
        }
        QCOMPARE(requiredKeys, required);
    }

    void uiOrderWithWildcard()
    {
        const QJsonObject schema {
            { u"properties"_s,
              QJsonObject { { u"a"_s, QJsonObject {} }, { u"b"_s, QJsonObject {} }, { u"c"_s, QJsonObject {} } } },
            { u"ui:order"_s, QJsonArray { u"c"_s, u"*"_s } }
        };
        QCOMPARE(FormLayout::propertyOrder(schema), (QStringList { u"c"_s, u"a"_s, u"b"_s }));
    }
};

QTEST_GUILESS_MAIN(TestFormLayout)
#include "tst_formlayout.moc"
