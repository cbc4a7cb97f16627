#include "globpattern.h"

using namespace Qt::StringLiterals;

namespace Atrium {

namespace {

QString translate(const QString& pattern, bool& hasMagic)
{
    QString expression;
    int braceDepth = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        switch (c.unicode()) {
        case u'*':
            hasMagic = true;
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'*') {
                const bool wholeSegment
                    = (i == 0 || pattern.at(i - 1) == u'/') && (i + 2 == pattern.size() || pattern.at(i + 2) == u'/');
                i += 1;
                if (wholeSegment && i + 1 < pattern.size()) {
                    // `**/` matches zero or more whole segments.
                    expression += QStringLiteral("(?:[^/]*(?:/[^/]*)*/)?");
                    i += 1;
                } else {
                    expression += QStringLiteral(".*");
                }
            } else {
                expression += QStringLiteral("[^/]*");
            }
            break;
        case u'?':
            hasMagic = true;
            expression += QStringLiteral("[^/]");
            break;
        case u'[': {
            const qsizetype close = pattern.indexOf(u']', i + 2);
            if (close < 0) {
                expression += QStringLiteral("\\[");
                break;
            }
            hasMagic = true;
            QString set = pattern.mid(i + 1, close - i - 1);
            if (set.startsWith(u'!'))
                set[0] = u'^';
            set.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
            expression += u'[' + set + u']';
            i = close;
            break;
        }
        case u'{':
            hasMagic = true;
            ++braceDepth;
            expression += QStringLiteral("(?:");
            break;
        case u'}':
            if (braceDepth > 0) {
                --braceDepth;
                expression += u')';
            } else {
                expression += QStringLiteral("\\}");
            }
            break;
        case u',':
            expression += braceDepth > 0 ? QStringLiteral("|") : QStringLiteral(",");
            break;
        case u'\\':
            if (i + 1 < pattern.size()) {
                expression += QRegularExpression::escape(pattern.at(i + 1));
                ++i;
            }
            break;
        default:
            expression += QRegularExpression::escape(c);
        }
    }
    return expression;
}

} // namespace

GlobPattern::GlobPattern(const QString& pattern)
{
    QString normalized = pattern;
    while (normalized.startsWith(QLatin1String("./")))
        normalized.remove(0, 2);
    while (normalized.size() > 1 && normalized.endsWith(u'/'))
        normalized.chop(1);
    m_expression.setPattern(QRegularExpression::anchoredPattern(translate(normalized, m_hasMagic)));
}

bool GlobPattern::matches(const QString& path) const
{
    QString plain = path;
    if (plain.endsWith(u'/'))
        plain.chop(1);
    return m_expression.match(plain).hasMatch();
}

} // namespace Atrium
