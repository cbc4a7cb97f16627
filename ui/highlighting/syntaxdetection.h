#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Atrium::SyntaxDetection {

/// The KSyntaxHighlighting definition name (exactly as `kate-syntax-highlighter --list` spells it) for a file,
/// from its name first and its first lines second; empty when nothing fits, and the text is shown plain.
/// Template suffixes (`.njk`, `.j2`) are looked through: `catalog-info.yaml.njk` is YAML.
QString definitionFor(QStringView fileName, QStringView content);

/// Every name definitionFor() can return, so a test can check each against the installed highlighter.
QStringList knownDefinitions();

} // namespace Atrium::SyntaxDetection
