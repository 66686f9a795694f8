#pragma once

#include "ReferenceCommand.h"

#include "ReferenceStore.h"

// Changes one pillar, metric or department in place (a rename, a colour, archiving); undo writes the
// old values back. The item keeps its id, so activities filed under it stay with it.
template <class Item> class EditReferenceCommand : public ReferenceCommand
{
public:
    EditReferenceCommand(ReferenceStore& store, const Item& before, const Item& after, const QString& text)
        : ReferenceCommand(store, text), m_before(before), m_after(after)
    {}

protected:
    bool forward(QString* error) override
    {
        Item values = m_after;
        return m_store.save(values, error);
    }
    bool backward(QString* error) override
    {
        Item values = m_before;
        return m_store.save(values, error);
    }

private:
    Item m_before;
    Item m_after;
};
