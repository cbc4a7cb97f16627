#pragma once

#include <QList>
#include <QString>

namespace Atrium {

/// Back/forward history of the places the user went to, as a browser keeps it.
///
/// A place is an opaque string chosen by the window (an entity ref, or a page name). Visiting a new place drops
/// everything forward of the current one; visiting the current place again changes nothing, so a reload or a
/// repeated click does not fill the history with copies. Bounded: the oldest places are forgotten.
class NavigationHistory {
public:
    explicit NavigationHistory(int limit = 100);

    void visit(const QString& place);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    /// Moves back and returns the place now current; the current place when there is nothing back.
    QString back();
    QString forward();
    QString current() const { return m_current >= 0 ? m_places.at(m_current) : QString(); }
    /// Removes every occurrence of @p place (it no longer exists), keeping the order of the rest.
    void forget(const QString& place);
    void clear();

    const QList<QString>& places() const { return m_places; }
    int currentIndex() const { return int(m_current); }

private:
    QList<QString> m_places;
    qsizetype m_current = -1;
    int m_limit;
};

} // namespace Atrium
