#pragma once

#include "ActivityCommand.h"

#include "Activity.h"

// Replaces one activity's values; undo writes the old values back.
class EditActivityCommand : public ActivityCommand
{
public:
    EditActivityCommand(ActivityStore& store, const Activity& before, const Activity& after,
                        const QString& text);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    Activity m_before;
    Activity m_after;
};
