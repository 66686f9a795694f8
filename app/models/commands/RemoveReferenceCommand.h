#pragma once

#include "ReferenceCommand.h"

#include "ReferenceStore.h"

// Removes a pillar, metric or department; activities lose the link (their pillar, their figures for
// the metric, the department as lead or assisting). Undo puts the item back under its id with every
// link the removal cleared.
template <class Item> class RemoveReferenceCommand : public ReferenceCommand
{
public:
    RemoveReferenceCommand(ReferenceStore& store, const Item& item, const QString& text)
        : ReferenceCommand(store, text), m_item(item)
    {}

protected:
    bool forward(QString* error) override { return m_store.remove(m_item, &m_removed, error); }
    bool backward(QString* error) override { return m_store.restore(m_item, m_removed, error); }

private:
    Item m_item;
    ReferenceRemoval m_removed; // filled by each removal
};
