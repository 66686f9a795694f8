#include "ActivityCommand.h"

#include "ActivityStore.h"

ActivityCommand::ActivityCommand(ActivityStore& store, const QString& text)
    : WriteCommand(text), m_store(store)
{}

void ActivityCommand::failed(const QString& error)
{
    emit m_store.writeFailed(error);
}
