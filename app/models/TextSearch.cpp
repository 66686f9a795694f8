#include "TextSearch.h"

namespace {
constexpr size_t kSlots = 4096; // 96 KiB: stays in the cache beside the rows being read
} // namespace

TextSearch::TextSearch(const QString& needle, bool remember) : m_needle(needle)
{
    // A needle without any cased letter (Chinese, digits) matches case-insensitively exactly when it
    // matches case-sensitively, and the case-sensitive search is several times faster.
    if (m_needle.toUpper() == m_needle && m_needle.toLower() == m_needle)
        m_case = Qt::CaseSensitive;
    if (remember && !m_needle.isEmpty())
        m_slots.resize(kSlots);
}

bool TextSearch::foundIn(const QString& text)
{
    if (text.size() < m_needle.size())
        return false;
    if (m_slots.empty())
        return text.contains(m_needle, m_case);
    // Characters are 2-byte aligned and allocations 16-byte aligned: the low bits say little.
    Slot& slot = m_slots[(quintptr(text.constData()) >> 4) & (kSlots - 1)];
    if (slot.data != text.constData() || slot.size != text.size())
        slot = {text.constData(), text.size(), text.contains(m_needle, m_case)};
    return slot.found;
}
