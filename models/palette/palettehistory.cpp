#include "palettehistory.h"

#include <algorithm>

namespace Atrium {

PaletteHistory::PaletteHistory(int capacity)
    : m_capacity(std::max(1, capacity))
{
}

void PaletteHistory::add(const PaletteItem& item)
{
    m_items.removeIf([&item](const PaletteItem& old) { return old.isSameTarget(item); });
    m_items.prepend(item);
    if (m_items.size() > m_capacity)
        m_items.resize(m_capacity);
}

} // namespace Atrium
