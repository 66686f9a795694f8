#pragma once

#include "ActivityCommand.h"

#include "Activity.h"

#include <QList>

// Adds new activities. The first write gives them ids and uuids; redo after an undo puts them back
// with the same ids and uuids, so later commands that name them still find them.
class AddActivitiesCommand : public ActivityCommand
{
public:
    AddActivitiesCommand(ActivityStore& store, QList<Activity> activities, const QString& text);

    // The ids the activities received (valid after apply()).
    QList<qint64> ids() const;

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    QList<Activity> m_activities;
    bool m_written = false;
};
