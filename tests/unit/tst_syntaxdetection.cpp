#include "highlighting/highlightingtheme.h"
#include "highlighting/syntaxdetection.h"

#include <QPalette>
#include <QTest>

using namespace Atrium;

/// Which KSyntaxHighlighting definition a file gets, from its name and first lines. The names must be the tool's own
/// (tst_highlightedtextview checks them against the installed tool's --list).
class TestSyntaxDetection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void definitionFor_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("expected");

        QTest::newRow("catalog-info.yaml") << "catalog-info.yaml"
                                           << ""
                                           << "YAML";
        QTest::newRow("path with folders") << "/work/repo/services/pay/catalog-info.yaml"
                                           << ""
                                           << "YAML";
        QTest::newRow("windows path") << "C:\\repo\\app-config.yml"
                                      << ""
                                      << "YAML";
        QTest::newRow("upper-case extension") << "VALUES.YAML"
                                              << ""
                                              << "YAML";
        QTest::newRow("json") << "package.json"
                              << ""
                              << "JSON";
        QTest::newRow("terraform") << "main.tf"
                                   << ""
                                   << "Terraform";
        QTest::newRow("terraform variables") << "prod.tfvars"
                                             << ""
                                             << "Terraform";
        QTest::newRow("hcl") << "terragrunt.hcl"
                             << ""
                             << "Terraform";
        QTest::newRow("Dockerfile") << "Dockerfile"
                                    << ""
                                    << "Dockerfile";
        QTest::newRow("Dockerfile variant") << "Dockerfile.prod"
                                            << ""
                                            << "Dockerfile";
        QTest::newRow("Containerfile") << "Containerfile"
                                       << ""
                                       << "Dockerfile";
        QTest::newRow("*.dockerfile") << "api.dockerfile"
                                      << ""
                                      << "Dockerfile";
        QTest::newRow("shell script") << "build.sh"
                                      << ""
                                      << "Bash";
        QTest::newRow("bash script") << "deploy.bash"
                                     << ""
                                     << "Bash";
        QTest::newRow("markdown") << "README.md"
                                  << ""
                                  << "Markdown";
        QTest::newRow("graphql") << "schema.graphql"
                                 << ""
                                 << "GraphQL";
        QTest::newRow("gql") << "query.gql"
                             << ""
                             << "GraphQL";
        QTest::newRow("protobuf") << "api.proto"
                                  << ""
                                  << "Protobuf";
        QTest::newRow("Makefile") << "Makefile"
                                  << ""
                                  << "Makefile";
        QTest::newRow("go") << "main.go"
                            << ""
                            << "Go";
        QTest::newRow("python") << "setup.py"
                                << ""
                                << "Python";
        QTest::newRow("javascript") << "index.js"
                                    << ""
                                    << "JavaScript";
        QTest::newRow("typescript") << "index.ts"
                                    << ""
                                    << "TypeScript";
        QTest::newRow("tsx") << "App.tsx"
                             << ""
                             << "TypeScript React (TSX)";
        QTest::newRow("toml") << "Cargo.toml"
                              << ""
                              << "TOML";
        QTest::newRow("xml") << "pom.xml"
                             << ""
                             << "XML";
        QTest::newRow("ini") << "setup.ini"
                             << ""
                             << "INI Files";
        QTest::newRow("Jenkinsfile") << "Jenkinsfile"
                                     << ""
                                     << "Groovy";
        QTest::newRow("groovy") << "build.groovy"
                                << ""
                                << "Groovy";
        QTest::newRow("CMakeLists.txt is not plain text") << "CMakeLists.txt"
                                                          << ""
                                                          << "CMake";
        QTest::newRow("nunjucks template of yaml") << "skeleton/catalog-info.yaml.njk"
                                                   << ""
                                                   << "YAML";
        QTest::newRow("nunjucks template of json") << "package.json.njk"
                                                   << ""
                                                   << "JSON";
        QTest::newRow("jinja template of terraform") << "main.tf.j2"
                                                     << ""
                                                     << "Terraform";
        QTest::newRow("bare .njk falls back to content") << "template.njk"
                                                         << "apiVersion: v1\n"
                                                         << "YAML";
        QTest::newRow("name beats content") << "notes.md"
                                            << "{ \"a\": 1 }"
                                            << "Markdown";

        QTest::newRow("bash shebang") << "deploy"
                                      << "#!/bin/bash\nset -e\n"
                                      << "Bash";
        QTest::newRow("env bash shebang") << "run"
                                          << "#!/usr/bin/env bash\n"
                                          << "Bash";
        QTest::newRow("sh shebang with option") << "run"
                                                << "#!/bin/sh -eu\n"
                                                << "Bash";
        QTest::newRow("env -S shebang") << "run"
                                        << "#!/usr/bin/env -S bash -e\n"
                                        << "Bash";
        QTest::newRow("python shebang") << "tool"
                                        << "#!/usr/bin/env python3\nprint()\n"
                                        << "Python";
        QTest::newRow("unknown interpreter") << "tool"
                                             << "#!/usr/bin/env ruby-custom\n"
                                             << "";
        QTest::newRow("json object by content") << "response"
                                                << "  {\"kind\": \"Component\"}"
                                                << "JSON";
        QTest::newRow("json array by content") << "data"
                                               << "[1, 2]\n"
                                               << "JSON";
        QTest::newRow("yaml document marker") << "stdin"
                                              << "---\nkind: Component\n"
                                              << "YAML";
        QTest::newRow("yaml apiVersion") << "manifest"
                                         << "# generated\napiVersion: backstage.io/v1alpha1\n"
                                         << "YAML";
        QTest::newRow("xml declaration") << "feed"
                                         << "<?xml version=\"1.0\"?><a/>"
                                         << "XML";
        QTest::newRow("plain text") << "notes.txt"
                                    << "just some words\n"
                                    << "";
        QTest::newRow("no name, no content") << ""
                                             << ""
                                             << "";
        QTest::newRow("a lone extension is no name") << ".yaml"
                                                     << ""
                                                     << "";
        QTest::newRow("indented apiVersion is not top level") << "notes"
                                                              << "text\n  apiVersion: x\n"
                                                              << "";
    }

    void definitionFor()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, content);
        QFETCH(QString, expected);
        QCOMPARE(SyntaxDetection::definitionFor(fileName, content), expected);
    }

    void everyResultIsAKnownDefinition_data() { definitionFor_data(); }

    void everyResultIsAKnownDefinition()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, content);
        const QString found = SyntaxDetection::definitionFor(fileName, content);
        QVERIFY(found.isEmpty() || SyntaxDetection::knownDefinitions().contains(found));
    }

    void themeFollowsPalette_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("white") << QColor(Qt::white) << "Breeze Light";
        QTest::newRow("light grey") << QColor(0xef, 0xf0, 0xf1) << "Breeze Light";
        QTest::newRow("breeze dark base") << QColor(0x23, 0x26, 0x29) << "Breeze Dark";
        QTest::newRow("black") << QColor(Qt::black) << "Breeze Dark";
    }

    void themeFollowsPalette()
    {
        QFETCH(QColor, base);
        QFETCH(QString, expected);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        // The window colour is deliberately the opposite: text is drawn on Base.
        palette.setColor(QPalette::Window, HighlightingTheme::isDark(palette) ? Qt::white : Qt::black);
        QCOMPARE(HighlightingTheme::nameFor(palette), expected);
    }
};

QTEST_GUILESS_MAIN(TestSyntaxDetection)
#include "tst_syntaxdetection.moc"
