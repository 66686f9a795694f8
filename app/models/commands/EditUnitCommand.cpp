#include "EditUnitCommand.h"

#include "ReferenceStore.h"

EditUnitCommand::EditUnitCommand(ReferenceStore& store, const UnitProfile& before, const UnitProfile& after,
                                 const QString& text)
    : ReferenceCommand(store, text), m_before(before), m_after(after)
{}

bool EditUnitCommand::forward(QString* error)
{
    return m_store.saveUnit(m_after, error);
}

bool EditUnitCommand::backward(QString* error)
{
    return m_store.saveUnit(m_before, error);
}
