#pragma once

#include "ReferenceCommand.h"

#include "ReferenceStore.h"

#include <QList>

// Moves one pillar, metric or department to another place in its list; undo restores the old order.
template <class Item> class MoveReferenceCommand : public ReferenceCommand
{
public:
    MoveReferenceCommand(ReferenceStore& store, const QList<Item>& list, int from, int to,
                         const QString& text)
        : ReferenceCommand(store, text), m_before(list), m_after(list), m_from(from), m_to(to)
    {
        m_after.move(from, to);
    }

protected:
    bool forward(QString* error) override
    {
        return m_store.setOrder(m_after, RowChange::moved(m_from, m_to), error);
    }
    bool backward(QString* error) override
    {
        return m_store.setOrder(m_before, RowChange::moved(m_to, m_from), error);
    }

private:
    QList<Item> m_before;
    QList<Item> m_after;
    int m_from;
    int m_to;
};
