#pragma once

#include "problem.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <vector>

namespace Atrium {

struct YamlLimits {
    int maxDepth = 512; // nesting levels
    int maxAliasCount = 100; // as the yaml package: anchor uses x aliases inside it, per anchor
    /// Read plain block documents with Atrium's own scanner instead of yaml-cpp (same results, several times
    /// faster). Off only to compare the two in tests.
    bool blockScanner = true;
    /// As for catalog files: only mapping roots become documents, other roots are problems, empty documents are
    /// skipped. False gives every document that parsed, whatever its root (null included), as the yaml package's
    /// parse() needs for `$yaml` placeholders.
    bool objectRootsOnly = true;
};

/// One parsed document: its value converted to JSON as the yaml package's `document.toJSON()` would give,
/// plus the position of every node so validators can point at the offending line.
class YamlDocument {
public:
    QJsonValue value; // null for an empty document
    SourcePosition start; // position of the document's first node (or its '---')
    int documentIndex = 0; // 0-based index of the document in the file

    /// Position of the node at @p path (mapping keys and decimal array indices, e.g. {"spec","owner"} or
    /// {"metadata","tags","2"}). For a missing key: the position of the deepest existing ancestor.
    /// When @p keyPosition is true and the last element is a mapping key, the key's own position.
    SourcePosition positionOf(const QStringList& path, bool keyPosition = false) const;
    /// The keys of the mapping at @p path in the order they are written (JSON objects forget it); empty when there
    /// is no mapping there.
    QStringList keysAt(const QStringList& path) const;

private:
    friend class YamlDocumentBuilder;

    enum class NodeKind : std::uint8_t { Scalar, Sequence, Mapping, Alias };

    // Nodes are stored in document (pre-)order; a node's descendants follow it directly, so a subtree is the
    // range [index, index + subtreeSize).
    struct Node {
        std::int32_t line = 0;
        std::int32_t column = 0;
        std::int32_t keyLine = 0; // the mapping key this node is the value of, when it is one
        std::int32_t keyColumn = 0;
        std::uint32_t keyOffset = 0; // key text (UTF-8, as the JSON key) in m_keys
        std::uint32_t keyLength = 0;
        std::int32_t subtreeSize = 1;
        std::int32_t aliasTarget = -1; // for an alias: the anchored node it stands for (-1: unknown)
        NodeKind kind = NodeKind::Scalar;
    };

    int childAt(int parent, const QString& step) const;

    std::vector<Node> m_nodes;
    std::string m_keys;
};

struct YamlReadResult {
    /// One per document whose root is a mapping, in order. Empty documents (e.g. after a trailing `---`)
    /// are skipped, as Backstage skips them; documents with errors are reported in #problems instead.
    /// With YamlLimits::objectRootsOnly false: every document without errors, whatever its root.
    std::vector<YamlDocument> documents;
    Problems problems; // errors of documents that failed; file/line/column filled
};

/// Reads every document of a catalog descriptor file the way Backstage's `parseEntityYaml` does
/// (yaml package v2, YAML 1.2 core schema, unique keys, no merge keys). One bad document does not stop the
/// others. Never throws.
YamlReadResult readYamlDocuments(const QByteArray& bytes, const QString& fileName, const YamlLimits& limits = {});

} // namespace Atrium
