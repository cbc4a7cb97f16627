#include "syntaxdetection.h"

#include <algorithm>

namespace Atrium::SyntaxDetection {

namespace {

struct NameRule {
    QLatin1String pattern; // a file name suffix such as ".yaml", or a whole file name without a leading dot
    QLatin1String definition;
};

// Whole names first: they are more specific than any suffix ("CMakeLists.txt" is not plain text).
constexpr NameRule wholeNames[] = {
    { QLatin1String("Dockerfile"), QLatin1String("Dockerfile") },
    { QLatin1String("Containerfile"), QLatin1String("Dockerfile") },
    { QLatin1String("Makefile"), QLatin1String("Makefile") },
    { QLatin1String("GNUmakefile"), QLatin1String("Makefile") },
    { QLatin1String("makefile"), QLatin1String("Makefile") },
    { QLatin1String("Jenkinsfile"), QLatin1String("Groovy") },
    { QLatin1String("CMakeLists.txt"), QLatin1String("CMake") },
    { QLatin1String(".bashrc"), QLatin1String("Bash") },
    { QLatin1String(".bash_profile"), QLatin1String("Bash") },
    { QLatin1String(".gitignore"), QLatin1String("Git Ignore") },
    { QLatin1String("go.mod"), QLatin1String("Go") },
};

// Compared case-insensitively with the end of the name. Each starts with its dot, so no two can match one name and
// the order does not matter.
constexpr NameRule suffixes[] = {
    { QLatin1String(".yaml"), QLatin1String("YAML") },
    { QLatin1String(".yml"), QLatin1String("YAML") },
    { QLatin1String(".json"), QLatin1String("JSON") },
    { QLatin1String(".jsonc"), QLatin1String("JSON") },
    { QLatin1String(".json5"), QLatin1String("JSON") },
    // The tool knows .tf only; its Terraform definition is an HCL one and reads .tfvars and .hcl as well.
    { QLatin1String(".tf"), QLatin1String("Terraform") },
    { QLatin1String(".tfvars"), QLatin1String("Terraform") },
    { QLatin1String(".hcl"), QLatin1String("Terraform") },
    { QLatin1String(".dockerfile"), QLatin1String("Dockerfile") },
    { QLatin1String(".sh"), QLatin1String("Bash") },
    { QLatin1String(".bash"), QLatin1String("Bash") },
    { QLatin1String(".zsh"), QLatin1String("Zsh") },
    { QLatin1String(".md"), QLatin1String("Markdown") },
    { QLatin1String(".markdown"), QLatin1String("Markdown") },
    { QLatin1String(".graphql"), QLatin1String("GraphQL") },
    { QLatin1String(".gql"), QLatin1String("GraphQL") },
    { QLatin1String(".proto"), QLatin1String("Protobuf") },
    { QLatin1String(".mk"), QLatin1String("Makefile") },
    { QLatin1String(".go"), QLatin1String("Go") },
    { QLatin1String(".py"), QLatin1String("Python") },
    { QLatin1String(".js"), QLatin1String("JavaScript") },
    { QLatin1String(".mjs"), QLatin1String("JavaScript") },
    { QLatin1String(".cjs"), QLatin1String("JavaScript") },
    { QLatin1String(".jsx"), QLatin1String("JavaScript React (JSX)") },
    { QLatin1String(".ts"), QLatin1String("TypeScript") },
    { QLatin1String(".mts"), QLatin1String("TypeScript") },
    { QLatin1String(".tsx"), QLatin1String("TypeScript React (TSX)") },
    { QLatin1String(".toml"), QLatin1String("TOML") },
    { QLatin1String(".xml"), QLatin1String("XML") },
    { QLatin1String(".svg"), QLatin1String("XML") },
    { QLatin1String(".ini"), QLatin1String("INI Files") },
    { QLatin1String(".groovy"), QLatin1String("Groovy") },
    { QLatin1String(".gradle"), QLatin1String("Groovy") },
    { QLatin1String(".properties"), QLatin1String("Java Properties") },
    { QLatin1String(".cmake"), QLatin1String("CMake") },
    { QLatin1String(".sql"), QLatin1String("SQL") },
    { QLatin1String(".html"), QLatin1String("HTML") },
    { QLatin1String(".htm"), QLatin1String("HTML") },
    { QLatin1String(".css"), QLatin1String("CSS") },
    { QLatin1String(".java"), QLatin1String("Java") },
    { QLatin1String(".kt"), QLatin1String("Kotlin") },
    { QLatin1String(".kts"), QLatin1String("Kotlin") },
    { QLatin1String(".rs"), QLatin1String("Rust") },
    { QLatin1String(".rb"), QLatin1String("Ruby") },
    { QLatin1String(".c"), QLatin1String("C") },
    { QLatin1String(".cpp"), QLatin1String("C++") },
    { QLatin1String(".cc"), QLatin1String("C++") },
    { QLatin1String(".h"), QLatin1String("C++") },
    { QLatin1String(".hpp"), QLatin1String("C++") },
    { QLatin1String(".cs"), QLatin1String("C#") },
    { QLatin1String(".diff"), QLatin1String("Diff") },
    { QLatin1String(".patch"), QLatin1String("Diff") },
    { QLatin1String(".csv"), QLatin1String("CSV") },
    { QLatin1String(".rst"), QLatin1String("reStructuredText") },
    { QLatin1String(".ps1"), QLatin1String("PowerShell") },
    { QLatin1String(".lua"), QLatin1String("Lua") },
    { QLatin1String(".nix"), QLatin1String("Nix") },
};

// Backstage templates render these; the interesting syntax is the one inside (`skeleton/catalog-info.yaml.njk`).
constexpr QLatin1String templateSuffixes[] = {
    QLatin1String(".njk"),
    QLatin1String(".j2"),
    QLatin1String(".jinja"),
    QLatin1String(".jinja2"),
};

struct InterpreterRule {
    QLatin1String interpreter;
    QLatin1String definition;
};

constexpr InterpreterRule interpreters[] = {
    { QLatin1String("bash"), QLatin1String("Bash") },       { QLatin1String("sh"), QLatin1String("Bash") },
    { QLatin1String("dash"), QLatin1String("Bash") },       { QLatin1String("zsh"), QLatin1String("Zsh") },
    { QLatin1String("python"), QLatin1String("Python") },   { QLatin1String("python3"), QLatin1String("Python") },
    { QLatin1String("node"), QLatin1String("JavaScript") },
};

QStringView baseName(QStringView path)
{
    const qsizetype slash = std::max(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    return path.mid(slash + 1);
}

QStringView withoutTemplateSuffix(QStringView name)
{
    for (const QLatin1String suffix : templateSuffixes) {
        if (name.size() > suffix.size() && name.endsWith(suffix, Qt::CaseInsensitive))
            return name.chopped(suffix.size());
    }
    return name;
}

QString definitionForName(QStringView name)
{
    for (const NameRule& rule : wholeNames) {
        if (name == rule.pattern)
            return rule.definition;
    }
    // Variants such as Dockerfile.prod or Containerfile.dev are still Dockerfiles.
    for (const QLatin1String prefix : { QLatin1String("Dockerfile."), QLatin1String("Containerfile.") }) {
        if (name.startsWith(prefix))
            return QStringLiteral("Dockerfile");
    }
    for (const NameRule& rule : suffixes) {
        if (name.size() > rule.pattern.size() && name.endsWith(rule.pattern, Qt::CaseInsensitive))
            return rule.definition;
    }
    return {};
}

QStringView firstLine(QStringView content)
{
    const qsizetype newline = content.indexOf(u'\n');
    return (newline < 0 ? content : content.first(newline)).trimmed();
}

QString definitionForShebang(QStringView line)
{
    if (!line.startsWith(u"#!"))
        return {};
    // "#!/bin/bash -e" and "#!/usr/bin/env bash" both name the interpreter in the last path segment's first word.
    const QList<QStringView> words = line.mid(2).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QStringView interpreter = baseName(words.first());
    if (interpreter == u"env") {
        // `env -S bash -e` passes options to env itself; the interpreter is the first word that is not one.
        interpreter = {};
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (!words.at(i).startsWith(u'-')) {
                interpreter = baseName(words.at(i));
                break;
            }
        }
    }
    for (const InterpreterRule& rule : interpreters) {
        if (interpreter == rule.interpreter)
            return rule.definition;
    }
    return {};
}

QString definitionForContent(QStringView content)
{
    // Only the start of the file is looked at: sniffing must stay cheap for the biggest files.
    const QStringView head = content.first(std::min<qsizetype>(content.size(), 4096));
    const QStringView first = firstLine(head);
    if (QString shebang = definitionForShebang(first); !shebang.isEmpty())
        return shebang;
    const QStringView start = head.trimmed();
    if (start.startsWith(u'{') || start.startsWith(u'['))
        return QStringLiteral("JSON");
    if (start.startsWith(u"<?xml"))
        return QStringLiteral("XML");
    if (first == u"---" || first.startsWith(u"--- ") || first.startsWith(u"%YAML"))
        return QStringLiteral("YAML");
    // Kubernetes-style documents without a `---` marker start with one of these at the top level.
    for (const QStringView line : head.split(u'\n')) {
        if (line.startsWith(u"apiVersion:") || line.startsWith(u"kind:"))
            return QStringLiteral("YAML");
    }
    return {};
}

} // namespace

QString definitionFor(QStringView fileName, QStringView content)
{
    const QStringView name = withoutTemplateSuffix(baseName(fileName));
    if (QString byName = definitionForName(name); !byName.isEmpty())
        return byName;
    return definitionForContent(content);
}

QStringList knownDefinitions()
{
    QStringList names;
    for (const NameRule& rule : wholeNames)
        names.append(rule.definition);
    for (const NameRule& rule : suffixes)
        names.append(rule.definition);
    for (const InterpreterRule& rule : interpreters)
        names.append(rule.definition);
    names.append(
        { QStringLiteral("Dockerfile"), QStringLiteral("JSON"), QStringLiteral("XML"), QStringLiteral("YAML") });
    names.removeDuplicates();
    return names;
}

} // namespace Atrium::SyntaxDetection
