#pragma once

#include "paletteitem.h"

namespace Atrium {

/// The items last gone to through the palette, newest first, each once. In memory only: the palette shows them
/// for an empty query so that going back somewhere is Ctrl+K, Enter.
class PaletteHistory {
public:
    static constexpr int DefaultCapacity = 10;

    explicit PaletteHistory(int capacity = DefaultCapacity);

    /// Moves @p item to the front (an item with the same category and id is replaced) and forgets the oldest.
    void add(const PaletteItem& item);
    const QList<PaletteItem>& items() const { return m_items; }
    int capacity() const { return m_capacity; }

private:
    QList<PaletteItem> m_items;
    int m_capacity;
};

} // namespace Atrium
