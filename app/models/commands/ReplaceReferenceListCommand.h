#pragma once

#include "ReferenceCommand.h"

#include "ReferenceStore.h"

#include <QList>

// Adds, edits, removes or moves organizers, requirements or slogans. Nothing refers to those rows, so
// the file keeps each list whole: the command writes the list after the edit, undo the list before it.
// `change` tells the views which row moved (slogans: a reset).
template <class Item> class ReplaceReferenceListCommand : public ReferenceCommand
{
public:
    ReplaceReferenceListCommand(ReferenceStore& store, const QList<Item>& before, const QList<Item>& after,
                                RowChange change, const QString& text)
        : ReferenceCommand(store, text), m_before(before), m_after(after), m_change(change)
    {}

protected:
    bool forward(QString* error) override { return m_store.replace(m_after, m_change, error); }
    bool backward(QString* error) override { return m_store.replace(m_before, m_change.inverse(), error); }

private:
    QList<Item> m_before;
    QList<Item> m_after;
    RowChange m_change;
};
