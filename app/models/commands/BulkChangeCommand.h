#pragma once

#include "ActivityCommand.h"

#include "Activity.h"

#include <QList>

// One change (status, lead department, …) applied to many activities in one transaction.
// Holds the values before and after, so undo restores every row exactly.
class BulkChangeCommand : public ActivityCommand
{
public:
    BulkChangeCommand(ActivityStore& store, QList<Activity> before, QList<Activity> after,
                      const QString& text);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    QList<Activity> m_before;
    QList<Activity> m_after;
};
