#include "problem.h"

#include <algorithm>

namespace Atrium {

QString Problem::severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Problem::toCompilerStyle() const
{
    return file % QLatin1Char(':') % QString::number(line) % QLatin1Char(':') % QString::number(column)
        % QStringLiteral(": ") % severityName(severity) % QStringLiteral(": ") % message;
}

bool hasErrors(const Problems& problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem& p) { return p.isError(); });
}

} // namespace Atrium
