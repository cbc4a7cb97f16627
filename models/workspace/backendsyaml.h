#pragma once

#include <QJsonArray>
#include <QString>

namespace Atrium {

/// Writes the `backends:` list of atrium.yaml (docs/backends.md) for the Settings page. The rest of the file is
/// people's work, comments included, so only the `backends:` block is ever replaced.
class BackendsYaml {
public:
    /// `backends:` and its entries as YAML text ending in a newline. Keys follow a fixed order (name and type first,
    /// then what a person looks for, a multi-line body last as a `|` block), not QJsonObject's alphabetical one.
    static QString block(const QJsonArray& backends);

    /// @p fileText with its top-level `backends:` block (the key at column 0 up to the next top-level key, comment
    /// or document end) replaced by block(@p backends); appended when the file has none. Every other byte is kept.
    static QString replaceBlock(const QString& fileText, const QJsonArray& backends);

    /// The order of a backend's keys; keys not listed follow in alphabetical order.
    static const QStringList& keyOrder();
};

} // namespace Atrium
