#pragma once

#include "WriteCommand.h"

class ReferenceStore;

// Base of the reference-data undo commands (campaign, unit, lists, slogans); they hold values, never
// widgets or models, and write through the store, which keeps the workspace's models in step. A
// failed undo or redo is reported through ReferenceStore::writeFailed.
class ReferenceCommand : public WriteCommand
{
public:
    ReferenceCommand(ReferenceStore& store, const QString& text);

protected:
    void failed(const QString& error) override;

    ReferenceStore& m_store;
};
