#pragma once

#include "ReferenceCommand.h"

#include "ReferenceStore.h"

// Adds a pillar, metric or department. Undo removes it (with whatever was filed under it since);
// redo puts it back under the same id and uuid, so later commands that name it still find it.
template <class Item> class AddReferenceCommand : public ReferenceCommand
{
public:
    AddReferenceCommand(ReferenceStore& store, const Item& item, const QString& text)
        : ReferenceCommand(store, text), m_item(item)
    {}

    const Item& item() const { return m_item; } // with its id once applied

protected:
    bool forward(QString* error) override
    {
        return m_item.id == 0 ? m_store.save(m_item, error) : m_store.restore(m_item, m_removed, error);
    }
    bool backward(QString* error) override { return m_store.remove(m_item, &m_removed, error); }

private:
    Item m_item;
    ReferenceRemoval m_removed;
};
