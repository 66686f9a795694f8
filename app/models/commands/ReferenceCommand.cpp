#include "ReferenceCommand.h"

#include "ReferenceStore.h"

ReferenceCommand::ReferenceCommand(ReferenceStore& store, const QString& text)
    : WriteCommand(text), m_store(store)
{}

void ReferenceCommand::failed(const QString& error)
{
    emit m_store.writeFailed(error);
}
