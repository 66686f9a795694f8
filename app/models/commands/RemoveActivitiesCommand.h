#pragma once

#include "ActivityCommand.h"

#include "Activity.h"

#include <QList>

// Deletes activities; undo restores them with their ids, uuids, timestamps and figures.
class RemoveActivitiesCommand : public ActivityCommand
{
public:
    RemoveActivitiesCommand(ActivityStore& store, QList<Activity> activities);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    QList<Activity> m_activities;
};
