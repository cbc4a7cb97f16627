// The template engine on its own: rendering, errors, bounds and the scaffolder's typed values. Every expected output
// and message below was produced by the nunjucks npm package configured as Backstage configures it
// (tests/node/nunjucks-render.js); tst_templateconformance compares a larger corpus live.

#include "templates/templatedvalue.h"
#include "templates/templaterenderer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Atrium;

namespace {

TemplateValue contextFrom(const QByteArray& json)
{
    return TemplateValue::fromJson(QJsonDocument::fromJson(json).object());
}

} // namespace

class TestTemplateEngine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rendersLikeNunjucks_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QString>("expected");
        QTest::addRow("number formatting")
            << QStringLiteral("${{ 2.5 }}|${{ 0.1 + 0.2 }}|${{ 12345678901 }}|${{ 1000000 * 1000000 * 1000000 * 1000 "
                              "}}|${{ 1 / 3 }}|${{ 0.0000001 }}|${{ -0 }}|${{ 5 / 0 }}")
            << QByteArray("{}")
            << QStringLiteral("2.5|0.30000000000000004|12345678901|1e+21|0.3333333333333333|1e-7|0|Infinity");
        QTest::addRow("whole-number floats print as integers")
            << QStringLiteral("${{ 4 / 2 }} ${{ 1.0 }}") << QByteArray("{}") << QStringLiteral("2 1");
        QTest::addRow("undefined and null render empty") << QStringLiteral("[${{ a }}][${{ a.b.c }}][${{ n }}]")
                                                         << QByteArray("{\"n\": null}") << QStringLiteral("[][][]");
        QTest::addRow("arrays print joined, objects as [object Object]")
            << QStringLiteral("${{ [1, [2, 3], none] }} ${{ {} }}") << QByteArray("{}")
            << QStringLiteral("1,2,3, [object Object]");
        QTest::addRow("curly braces without dollar stay")
            << QStringLiteral("{{ x }} ${{ x }}") << QByteArray("{\"x\": 1}") << QStringLiteral("{{ x }} 1");
        QTest::addRow("github expression escape") << QStringLiteral("${{ '${{' }} secrets.TOKEN }}") << QByteArray("{}")
                                                  << QStringLiteral("${{ secrets.TOKEN }}");
        QTest::addRow("string concatenation with plus") << QStringLiteral("${{ 'a' + 1 }} ${{ 1 + 2 }} ${{ '1' - 1 }}")
                                                        << QByteArray("{}") << QStringLiteral("a1 3 0");
        QTest::addRow("tilde concatenation")
            << QStringLiteral("${{ 1 ~ 2 }} ${{ 'x' ~ u }}") << QByteArray("{}") << QStringLiteral("12 xundefined");
        QTest::addRow("floor division power modulo")
            << QStringLiteral("${{ 7 // 2 }} ${{ -7 // 2 }} ${{ 2 ** 8 }} ${{ -7 % 3 }}") << QByteArray("{}")
            << QStringLiteral("3 -4 256 -1");
        QTest::addRow("loose equality") << QStringLiteral("${{ 1 == '1' }} ${{ 1 === '1' }} ${{ none == u }}")
                                        << QByteArray("{}") << QStringLiteral("true false true");
        QTest::addRow("in operator") << QStringLiteral(
            "${{ 2 in [1, 2] }} ${{ 'b' in 'abc' }} ${{ 'k' in {k: 1} }} ${{ 3 not in [3] }}")
                                     << QByteArray("{}") << QStringLiteral("true true true false");
        QTest::addRow("inline if without else")
            << QStringLiteral("[${{ 'x' if false }}]") << QByteArray("{}") << QStringLiteral("[]");
        QTest::addRow("and or return operands")
            << QStringLiteral("${{ 0 or 'b' }} ${{ 'a' and 'b' }}") << QByteArray("{}") << QStringLiteral("b b");
        QTest::addRow("tests") << QStringLiteral(
            "${{ u is defined }} ${{ 3 is odd }} ${{ 6 is divisibleby(3) }} ${{ none is none }}")
                               << QByteArray("{}") << QStringLiteral("false true true true");
        QTest::addRow("if elif else") << QStringLiteral(
            "{% if x > 2 %}big{% elif x > 1 %}mid{% else %}small{% endif %}")
                                      << QByteArray("{\"x\": 2}") << QStringLiteral("mid");
        QTest::addRow("loop variables") << QStringLiteral(
            "{% for v in ['a', 'b'] %}${{ loop.index }}${{ loop.index0 }}${{ loop.revindex }}${{ loop.first }}${{ "
            "loop.last }}${{ loop.length }};{% endfor %}")
                                        << QByteArray("{}") << QStringLiteral("102truefalse2;211falsetrue2;");
        QTest::addRow("key value loop") << QStringLiteral("{% for k, v in {b: 1, a: 2} %}${{ k }}${{ v }}{% endfor %}")
                                        << QByteArray("{}") << QStringLiteral("b1a2");
        QTest::addRow("for else") << QStringLiteral("{% for v in [] %}x{% else %}empty{% endfor %}") << QByteArray("{}")
                                  << QStringLiteral("empty");
        QTest::addRow("set does not leak out of a loop")
            << QStringLiteral("{% for i in [1] %}{% set t = 1 %}{% endfor %}[${{ t }}]") << QByteArray("{}")
            << QStringLiteral("[]");
        QTest::addRow("set in a loop updates an outer variable")
            << QStringLiteral("{% set t = 0 %}{% for i in [1, 2] %}{% set t = t + i %}{% endfor %}${{ t }}")
            << QByteArray("{}") << QStringLiteral("3");
        QTest::addRow("raw") << QStringLiteral("{% raw %}${{ x }}{% endraw %}") << QByteArray("{}")
                             << QStringLiteral("${{ x }}");
        QTest::addRow("comments vanish") << QStringLiteral("a{# ${{ x }} #}b") << QByteArray("{}")
                                         << QStringLiteral("ab");
        QTest::addRow("whitespace control") << QStringLiteral("a \n {%- if true -%} \n b \n {%- endif -%} \n c")
                                            << QByteArray("{}") << QStringLiteral("abc");
        QTest::addRow("default filter") << QStringLiteral("${{ u | default('d') }} ${{ '' | default('d', true) }}")
                                        << QByteArray("{}") << QStringLiteral("d d");
        QTest::addRow("upper follows JavaScript's special casing")
            << QStringLiteral("${{ 'straße' | upper }}") << QByteArray("{}") << QStringLiteral("STRASSE");
        QTest::addRow("title and capitalize")
            << QStringLiteral("${{ 'hello WORLD' | capitalize }} ${{ 'a b' | title }}") << QByteArray("{}")
            << QStringLiteral("Hello world A B");
        QTest::addRow("replace with count")
            << QStringLiteral("${{ 'aaa' | replace('a', 'b', 2) }}") << QByteArray("{}") << QStringLiteral("bba");
        QTest::addRow("join with attribute") << QStringLiteral("${{ [{n: 'x'}, {n: 'y'}] | join(',', 'n') }}")
                                             << QByteArray("{}") << QStringLiteral("x,y");
        QTest::addRow("sort reverse and attribute") << QStringLiteral(
            "${{ [3, 1, 2] | sort(true) }} ${{ ['b', 'A'] | sort }} ${{ ['b', 'A'] | sort(false, true) }}")
                                                    << QByteArray("{}") << QStringLiteral("3,2,1 A,b A,b");
        QTest::addRow("dump") << QStringLiteral("${{ {a: [1, 'x']} | dump }} ${{ [1] | dump(2) }}") << QByteArray("{}")
                              << QStringLiteral("{\"a\":[1,\"x\"]} [\n  1\n]");
        QTest::addRow("int float round") << QStringLiteral(
            "${{ '12px' | int }} ${{ '1.5' | float }} ${{ 2.5 | round }} ${{ 1.23456 | round(2) }}")
                                         << QByteArray("{}") << QStringLiteral("12 1.5 3 1.23");
        QTest::addRow("indent and truncate")
            << QStringLiteral("${{ 'a\\nb' | indent(2) }} ${{ 'hello world' | truncate(8) }}") << QByteArray("{}")
            << QStringLiteral("a\n  b hello...");
        QTest::addRow("urlencode") << QStringLiteral("${{ 'a b/é' | urlencode }}") << QByteArray("{}")
                                   << QStringLiteral("a%20b%2F%C3%A9");
        QTest::addRow("batch and slice") << QStringLiteral(
            "${{ [1, 2, 3] | batch(2) | dump }} ${{ [1, 2, 3] | slice(2) | dump }}")
                                         << QByteArray("{}") << QStringLiteral("[[1,2],[3]] [[1,2],[3]]");
        QTest::addRow("groupby") << QStringLiteral(
            "{% for k, v in [{t: 'a'}, {t: 'b'}, {t: 'a'}] | groupby('t') %}${{ k }}${{ v | length }}{% endfor %}")
                                 << QByteArray("{}") << QStringLiteral("a2b1");
        QTest::addRow("select and selectattr")
            << QStringLiteral("${{ [1, 2, 3] | select('odd') }} ${{ [{a: 1}, {a: 0}] | selectattr('a') | length }}")
            << QByteArray("{}") << QStringLiteral("1,3 1");
        QTest::addRow("striptags and wordcount")
            << QStringLiteral("${{ '<b>x</b>  y' | striptags }} ${{ 'one two' | wordcount }}") << QByteArray("{}")
            << QStringLiteral("x y 2");
        QTest::addRow("parseRepoUrl") << QStringLiteral("${{ ('github.com?owner=o&repo=r' | parseRepoUrl).repo }}")
                                      << QByteArray("{}") << QStringLiteral("r");
        QTest::addRow("projectSlug") << QStringLiteral("${{ 'github.com?owner=o&repo=r' | projectSlug }}")
                                     << QByteArray("{}") << QStringLiteral("o/r");
        QTest::addRow("parseEntityRef with defaults")
            << QStringLiteral("${{ ('x' | parseEntityRef({defaultKind: 'group'})).kind }}") << QByteArray("{}")
            << QStringLiteral("group");
        QTest::addRow("pick") << QStringLiteral("${{ {a: {b: 5} } | pick('a.b') }}") << QByteArray("{}")
                              << QStringLiteral("5");
    }

    void rendersLikeNunjucks()
    {
        QFETCH(QString, source);
        QFETCH(QByteArray, context);
        QFETCH(QString, expected);
        const TemplateResult result = TemplateRenderer::render(source, contextFrom(context));
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->nunjucksMessage() : QString()));
        QCOMPARE(result.output, expected);
    }

    void errorsInNunjucksWords_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unclosed block")
            << QStringLiteral("{% if true %}abc")
            << QStringLiteral("(unknown path)\n  parseIf: expected elif, else, or endif, got end of file");
        QTest::addRow("unknown tag") << QStringLiteral("x\n{% frobnicate %}")
                                     << QStringLiteral(
                                            "(unknown path) [Line 2, Column 4]\n  unknown block tag: frobnicate");
        QTest::addRow("unknown filter") << QStringLiteral("${{ 1 | nosuch }}")
                                        << QStringLiteral("(unknown path)\n  Error: filter not found: nosuch");
        QTest::addRow("bad expression") << QStringLiteral("x\n  ${{ foo( }}")
                                        << QStringLiteral("(unknown path) [Line 2, Column 12]\n  unexpected token: }}");
        QTest::addRow("unclosed comment")
            << QStringLiteral("{# open")
            << QStringLiteral("(unknown path)\n  Error: expected end of comment, got end of file");
        QTest::addRow("expected variable end")
            << QStringLiteral("${{ 1 2 }}")
            << QStringLiteral("(unknown path) [Line 1, Column 7]\n  expected variable end");
        QTest::addRow("call of undefined on line two")
            << QStringLiteral("a\n${{ f() }}")
            << QStringLiteral(
                   "(unknown path) [Line 1, Column 5]\n  Error: Unable to call `f`, which is undefined or falsey");
    }

    void errorsInNunjucksWords()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const TemplateResult result = TemplateRenderer::render(source, {});
        QVERIFY(result.error);
        QCOMPARE(result.error->nunjucksMessage(), expected);
        QVERIFY(result.output.isEmpty());
    }

    void errorsDescribedForPeople()
    {
        const TemplateResult result = TemplateRenderer::render(u"x\n{% frobnicate %}", {});
        QVERIFY(result.error);
        // People read Backstage's words (nunjitsu's, at its position); the engine's own message stays nunjucks'.
        QCOMPARE(result.error->describe(u"skeleton/README.md"),
                 QStringLiteral(
                     "Template error at line 2, column 1: Unknown template tag \"frobnicate\" (skeleton/README.md)"));
        QCOMPARE(result.error->nunjucksMessage(),
                 QStringLiteral("(unknown path) [Line 2, Column 4]\n  unknown block tag: frobnicate"));
        const TemplateResult runtime = TemplateRenderer::render(u"${{ 1 | uper }}", {});
        QVERIFY(runtime.error);
        QCOMPARE(runtime.error->describe(),
                 QStringLiteral("Template error at line 1, column 9: Unknown template filter \"uper\"; did you mean "
                                "\"upper\"?"));
        QCOMPARE(runtime.error->nunjucksMessage(), QStringLiteral("(unknown path)\n  Error: filter not found: uper"));
        // Where Atrium does not know nunjitsu's words, nunjucks' message and position.
        const TemplateResult unknown = TemplateRenderer::render(u"${{ 1 +* 2 }}", {});
        QVERIFY(unknown.error);
        QVERIFY(!unknown.error->nunjitsu);
        QVERIFY2(unknown.error->describe().startsWith(QStringLiteral("Template error at line 1, column ")),
                 qPrintable(unknown.error->describe()));
    }

    void jsonParseKeepsKeyOrder_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("stringified"); // a null string: JSON.parse throws
        QTest::newRow("order") << QStringLiteral(R"({"b":1,"a":[true,null,"x"],"2":{"z":{},"y":[]},"1":-0.5e1})")
                               << QStringLiteral(R"({"1":-5,"2":{"z":{},"y":[]},"b":1,"a":[true,null,"x"]})");
        QTest::newRow("duplicate keeps the first place")
            << QStringLiteral(R"({"a":1,"b":2,"a":3})") << QStringLiteral(R"({"a":3,"b":2})");
        QTest::newRow("escapes") << QStringLiteral(" \"\\u00e9\\n\\\"\" ") << QStringLiteral("\"\u00e9\\n\\\"\"");
        QTest::newRow("huge number") << QStringLiteral("1e400") << QStringLiteral("null");
        QTest::newRow("trailing comma") << QStringLiteral("[1,]") << QString();
        QTest::newRow("leading zero") << QStringLiteral("01") << QString();
        QTest::newRow("two values") << QStringLiteral("1 2") << QString();
        QTest::newRow("single quotes") << QStringLiteral("'a'") << QString();
        QTest::newRow("too deep") << QString(QString(1001, u'[') + QString(1001, u']')) << QString();
    }

    void jsonParseKeepsKeyOrder()
    {
        QFETCH(QString, json);
        QFETCH(QString, stringified);
        const std::optional<TemplateValue> parsed = jsonParse(json);
        QCOMPARE(parsed.has_value(), !stringified.isNull());
        if (parsed)
            QCOMPARE(jsonStringify(*parsed), stringified);
    }

    void loneSurrogatesDumpAsEscapes()
    {
        // A fuzzer find: JSON.stringify escapes unpaired surrogates and keeps pairs (Node prints "\ud800a\udc00😀").
        const QString source
            = u"${{ '" + QString(QChar(0xd800)) + u'a' + QChar(0xdc00) + QStringLiteral("😀' | dump }}");
        const TemplateResult result = TemplateRenderer::render(source, {});
        QVERIFY(!result.error);
        QCOMPARE(result.output, QStringLiteral("\"\\ud800a\\udc00😀\""));
    }

    void backtrackingIsBounded()
    {
        // A fuzzer find: every `[` that is not a list is retried as a slice, which doubles the work per bracket.
        TemplateOptions options;
        options.cookiecutterCompat = true;
        QElapsedTimer timer;
        timer.start();
        const TemplateResult result
            = TemplateRenderer::render(QString(u"{{ x" + QString(40, u'[') + u"_ }}"), {}, options);
        QVERIFY(result.error);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void cookiecutterCompatUsesPlainBraces()
    {
        TemplateOptions options;
        options.cookiecutterCompat = true;
        const TemplateValue context = contextFrom(R"({"cookiecutter": {"name": "svc", "l": [1]}})");
        const TemplateResult result
            = TemplateRenderer::render(u"{{ cookiecutter.name }} {{ cookiecutter.l | jsonify }}", context, options);
        QVERIFY(!result.error);
        QCOMPARE(result.output, QStringLiteral("svc [1]"));
        // Without it, `{{ }}` is text and jsonify does not exist.
        QCOMPARE(TemplateRenderer::render(u"{{ x }}", context).output, QStringLiteral("{{ x }}"));
        QVERIFY(TemplateRenderer::render(u"${{ 1 | jsonify }}", context).error);
    }

    void boundsAreErrors_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("message");
        QTest::addRow("loop iterations") << QStringLiteral("{% for i in range(2000000) %}{% endfor %}")
                                         << QStringLiteral("loop iterations");
        QTest::addRow("nested loop iterations")
            << QStringLiteral("{% for i in range(2000) %}{% for j in range(2000) %}{% endfor %}{% endfor %}")
            << QStringLiteral("loop iterations");
        QTest::addRow("output size") << QStringLiteral(
            "{% for i in range(200000) %}${{ 'x' | center(100) }}{% endfor %}")
                                     << QStringLiteral("larger than");
        QTest::addRow("filter-built string")
            << QStringLiteral("${{ 'x' | center(100000000) }}") << QStringLiteral("Invalid string length");
        QTest::addRow("deep nesting") << QString(QStringLiteral("${{ ") + QString(5000, u'(') + QStringLiteral("1")
                                                 + QString(5000, u')') + QStringLiteral(" }}"))
                                      << QStringLiteral("nesting is too deep");
        QTest::addRow("deeply nested values")
            << QStringLiteral("{% set a = [] %}{% for i in range(100000) %}{% set a = [a] %}{% endfor %}${{ a }}")
            << QStringLiteral("nested more than");
        QTest::addRow("deeply nested values through filters") << QStringLiteral(
            "{% set a = [1] %}{% for i in range(100000) %}{% set a = a | batch(1) %}{% endfor %}${{ a }}")
                                                              << QStringLiteral("nested more than");
        QTest::addRow("a string doubling in a loop")
            << QStringLiteral("{% set s = 'x' %}{% for i in range(40) %}{% set s = s ~ s %}{% endfor %}")
            << QStringLiteral("longer than");
        QTest::addRow("a list doubling in a loop")
            << QStringLiteral("{% set l = [1] %}{% for i in range(40) %}{% set l = l.concat(l) %}{% endfor %}")
            << QStringLiteral("more than 1000000 items");
        QTest::addRow("deep blocks") << QString(QStringLiteral("{% if true %}").repeated(5000))
                                     << QStringLiteral("nesting is too deep");
    }

    void boundsAreErrors()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        const TemplateResult result = TemplateRenderer::render(source, {});
        QVERIFY(result.error);
        QVERIFY2(result.error->message.contains(message), qPrintable(result.error->message));
    }

    void jsNumberFormatting_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        // Number.prototype.toString in Node.
        QTest::addRow("integer") << 42.0 << QStringLiteral("42");
        QTest::addRow("fraction") << 2.5 << QStringLiteral("2.5");
        QTest::addRow("shortest round trip") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
        QTest::addRow("large integer") << 12345678901.0 << QStringLiteral("12345678901");
        QTest::addRow("1e21 switches to exponent") << 1e21 << QStringLiteral("1e+21");
        QTest::addRow("below 1e21 stays positional") << 1e20 << QStringLiteral("100000000000000000000");
        QTest::addRow("small") << 0.000001 << QStringLiteral("0.000001");
        QTest::addRow("smaller switches to exponent") << 0.0000001 << QStringLiteral("1e-7");
        QTest::addRow("exponent with digits") << 1.5e-10 << QStringLiteral("1.5e-10");
        QTest::addRow("negative") << -7.25 << QStringLiteral("-7.25");
        QTest::addRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::addRow("max") << 1.7976931348623157e308 << QStringLiteral("1.7976931348623157e+308");
        QTest::addRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("Infinity");
        QTest::addRow("nan") << std::nan("") << QStringLiteral("NaN");
    }

    void jsNumberFormatting()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(jsNumberToString(value), expected);
    }

    void templatedValuesKeepTheirType_data()
    {
        QTest::addColumn<QString>("templated");
        QTest::addColumn<QJsonValue>("expected");
        QTest::addRow("list") << QStringLiteral("${{ parameters.tags }}")
                              << QJsonValue(QJsonArray { u"a"_qs, u"b"_qs });
        QTest::addRow("number") << QStringLiteral("${{ parameters.count }}") << QJsonValue(3);
        QTest::addRow("boolean") << QStringLiteral("${{ parameters.flag }}") << QJsonValue(true);
        QTest::addRow("object") << QStringLiteral("${{ parameters.nested }}")
                                << QJsonValue(QJsonObject { { u"x"_qs, 1 } });
        QTest::addRow("text around makes a string")
            << QStringLiteral("n=${{ parameters.count }}") << QJsonValue(u"n=3"_qs);
        QTest::addRow("two expressions make a string")
            << QStringLiteral("${{ parameters.count }}${{ parameters.count }}") << QJsonValue(u"33"_qs);
        QTest::addRow("plain numeric text stays a string") << QStringLiteral("42") << QJsonValue(u"42"_qs);
        QTest::addRow("undefined is dropped")
            << QStringLiteral("${{ parameters.nope }}") << QJsonValue(QJsonValue::Undefined);
        QTest::addRow("a failing string is kept as written")
            << QStringLiteral("${{ parameters.count | nope }}") << QJsonValue(u"${{ parameters.count | nope }}"_qs);
    }

    void templatedValuesKeepTheirType()
    {
        QFETCH(QString, templated);
        QFETCH(QJsonValue, expected);
        const QJsonObject context
            = QJsonDocument::fromJson(
                  R"({"parameters": {"tags": ["a", "b"], "count": 3, "flag": true, "nested": {"x": 1}}})")
                  .object();
        const TemplatedValueResult result = TemplatedValue::render(templated, context);
        QCOMPARE(result.value, expected);
    }

    void templatedValuesRenderInsideObjectsAndLists()
    {
        const QJsonObject input = QJsonDocument::fromJson(R"({"name": "${{ parameters.name }}", "keep": 1,
            "drop": "${{ parameters.absent }}", "list": ["${{ parameters.name | upper }}", true],
            "${{ key }}": "keys are not templated"})")
                                      .object();
        const QJsonObject context = QJsonDocument::fromJson(R"({"parameters": {"name": "svc"}})").object();
        const TemplatedValueResult result = TemplatedValue::render(input, context);
        QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).nunjucksMessage()));
        const QJsonObject expected = QJsonDocument::fromJson(R"({"name": "svc", "keep": 1,
            "list": ["SVC", true], "${{ key }}": "keys are not templated"})")
                                         .object();
        QCOMPARE(result.value.toObject(), expected);
    }
};

QTEST_GUILESS_MAIN(TestTemplateEngine)
#include "tst_templateengine.moc"
