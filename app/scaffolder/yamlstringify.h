#pragma once

#include <QJsonValue>
#include <QString>

namespace Atrium {

class TemplateValue;

/// YAML text as the `yaml` npm package's `stringify` writes it with its defaults (what Backstage's catalog:write
/// uses): block style, two-space indent, sequences indented under their key, plain scalars where they read back as
/// the same string, quotes where they would not, `|` blocks for multi-line strings, plain and quoted text folded at
/// 80 columns.
class YamlStringify {
public:
    static QString stringify(const QJsonValue& value);
    /// The same for a value that keeps JavaScript's key order, which the YAML follows (QJsonObject sorts keys).
    static QString stringify(const TemplateValue& value);
};

} // namespace Atrium
