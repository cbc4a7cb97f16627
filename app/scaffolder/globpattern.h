#pragma once

#include <QRegularExpression>
#include <QString>

namespace Atrium {

/// A glob as Backstage's actions hand them to globby (micromatch syntax, `dot: true`): `*` and `?` stay inside one
/// path segment, `**` spans any number of segments, `[abc]` and `{a,b}` choose. Paths use `/`.
class GlobPattern {
public:
    explicit GlobPattern(const QString& pattern);

    bool isValid() const { return m_expression.isValid(); }
    bool matches(const QString& path) const;
    /// globby's expandDirectories: a pattern without glob characters also names everything under that folder.
    bool hasMagic() const { return m_hasMagic; }

private:
    QRegularExpression m_expression;
    bool m_hasMagic = false;
};

} // namespace Atrium
