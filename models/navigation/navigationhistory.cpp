#include "navigationhistory.h"

#include <algorithm>

namespace Atrium {

NavigationHistory::NavigationHistory(int limit)
    : m_limit(std::max(1, limit))
{
}

void NavigationHistory::visit(const QString& place)
{
    if (m_current >= 0 && m_places.at(m_current) == place)
        return;
    m_places.resize(m_current + 1);
    m_places.append(place);
    if (m_places.size() > m_limit)
        m_places.remove(0, m_places.size() - m_limit);
    m_current = m_places.size() - 1;
}

QString NavigationHistory::back()
{
    if (canGoBack())
        --m_current;
    return current();
}

QString NavigationHistory::forward()
{
    if (canGoForward())
        ++m_current;
    return current();
}

void NavigationHistory::forget(const QString& place)
{
    QList<QString> kept;
    qsizetype current = -1;
    for (qsizetype i = 0; i < m_places.size(); ++i) {
        if (m_places.at(i) == place)
            continue;
        // Two neighbours that were separated by the forgotten place are now one visit.
        if (!kept.isEmpty() && kept.constLast() == m_places.at(i)) {
            if (i <= m_current)
                current = kept.size() - 1;
            continue;
        }
        kept.append(m_places.at(i));
        if (i <= m_current)
            current = kept.size() - 1;
    }
    m_places = kept;
    m_current = m_places.isEmpty() ? -1 : std::max<qsizetype>(current, 0);
}

void NavigationHistory::clear()
{
    m_places.clear();
    m_current = -1;
}

} // namespace Atrium
