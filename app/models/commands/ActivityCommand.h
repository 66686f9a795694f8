#pragma once

#include "WriteCommand.h"

class ActivityStore;

// Base of the activity undo commands; a failed undo or redo is reported through
// ActivityStore::writeFailed.
class ActivityCommand : public WriteCommand
{
public:
    ActivityCommand(ActivityStore& store, const QString& text);

    bool reachesServer() const override { return true; }

protected:
    void failed(const QString& error) override;

    ActivityStore& m_store;
};
