#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

// Equal texts share one QString: a plan repeats its places, owners, notes and descriptions, and a
// million activities hold a few thousand distinct ones, so sharing saves a third of the memory and
// most of the allocations. A column whose texts keep being new stops adding at kLimit distinct texts
// and only reuses what it holds.
class TextPool
{
public:
    QString take(QStringView text)
    {
        if (text.isEmpty())
            return QString(text.data(), 0); // null stays null, '' stays empty
        const size_t hash = qHash(text);
        size_t slot = find(text, hash);
        if (!m_slots[slot].text.isNull())
            return m_slots[slot].text;
        QString made(text.data(), text.size());
        if (m_count < kLimit) {
            if (2 * (m_count + 1) > m_slots.size()) {
                grow();
                slot = find(text, hash);
            }
            m_slots[slot] = {hash, made};
            ++m_count;
        }
        return made;
    }

private:
    static constexpr int kLimit = 1 << 16;
    struct Slot
    {
        size_t hash = 0;
        QString text;
    };

    // The slot holding `text`, or the empty slot where it belongs.
    size_t find(QStringView text, size_t hash) const
    {
        const size_t mask = size_t(m_slots.size()) - 1;
        size_t slot = hash & mask;
        while (!m_slots[slot].text.isNull() &&
               (m_slots[slot].hash != hash || QStringView(m_slots[slot].text) != text))
            slot = (slot + 1) & mask;
        return slot;
    }
    void grow()
    {
        const QList<Slot> old = std::exchange(m_slots, QList<Slot>(m_slots.size() * 2));
        for (const Slot& s : old)
            if (!s.text.isNull())
                m_slots[find(s.text, s.hash)] = s;
    }

    QList<Slot> m_slots = QList<Slot>(256); // a power of two, at most half full
    int m_count = 0;
};
