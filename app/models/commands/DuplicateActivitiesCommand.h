#pragma once

#include "AddActivitiesCommand.h"

// Adds copies of existing activities (new ids and uuids, title marked as a copy, same figures).
class DuplicateActivitiesCommand : public AddActivitiesCommand
{
public:
    DuplicateActivitiesCommand(ActivityStore& store, const QList<Activity>& originals);

    static QList<Activity> copies(const QList<Activity>& originals);
};
