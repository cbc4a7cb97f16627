// A template's answers against its parameter schema: each problem at its field, in words for people.
// The cases are in tests/data/templates/parameter-validation.json: {schemas: {name: schema}, cases: [{name,
// schema (a name or a schema), answers, expected: ["path|message", ...]}]}.

#include "templates/parametervalidation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atrium;
using namespace Qt::StringLiterals;

class TestParameterValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QJsonObject>("schema");
        QTest::addColumn<QJsonObject>("answers");
        QTest::addColumn<QStringList>("expected");

        QFile file(QStringLiteral(ATRIUM_TEST_DATA_DIR "/templates/parameter-validation.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject schemas = data.value(u"schemas"_s).toObject();
        const QJsonArray cases = data.value(u"cases"_s).toArray();
        QVERIFY(cases.size() > 20);
        for (const QJsonValue& value : cases) {
            const QJsonObject test = value.toObject();
            const QJsonValue schema = test.value(u"schema"_s);
            QStringList expected;
            for (const QJsonValue& line : test.value(u"expected"_s).toArray())
                expected.append(line.toString());
            QTest::newRow(qPrintable(test.value(u"name"_s).toString()))
                << (schema.isString() ? schemas.value(schema.toString()).toObject() : schema.toObject())
                << test.value(u"answers"_s).toObject() << expected;
        }
    }
    void validate()
    {
        QFETCH(QJsonObject, schema);
        QFETCH(QJsonObject, answers);
        QFETCH(QStringList, expected);
        QVERIFY(!schema.isEmpty());
        QStringList actual;
        for (const FieldError& error : ParameterValidator::validate(schema, answers))
            actual.append(error.path + QLatin1Char('|') + error.message);
        QVERIFY2(actual == expected, qPrintable(actual.join(u" // "_s)));
    }

    // A broken regular expression in a template must not take the app down.
    void badPatternIsReported()
    {
        const QJsonObject schema {
            { u"properties"_s,
              QJsonObject { { u"a"_s, QJsonObject { { u"type"_s, u"string"_s }, { u"pattern"_s, u"(unclosed"_s } } } } }
        };
        const FieldErrors errors = ParameterValidator::validate(schema, QJsonObject { { u"a"_s, u"x"_s } });
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().path.isEmpty());
        QVERIFY(errors.first().message.startsWith(u"The template's parameter schema cannot be used"));
    }
};

QTEST_GUILESS_MAIN(TestParameterValidation)
#include "tst_parametervalidation.moc"
