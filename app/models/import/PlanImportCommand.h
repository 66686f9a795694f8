#pragma once

#include "ActivityCommand.h"

#include "Activity.h"
#include "Campaign.h"
#include "Department.h"

#include <QList>
#include <QStringList>

class Workspace;

// Imports a plan table as one undo step: the departments and pillars it needs, its new activities
// and the existing ones it updates, in one transaction. Undo takes all of it back; redo puts it
// back under the same ids, so later commands that name them still find them. The workspace reads its
// reference data again whenever departments or pillars came or went.
class PlanImportCommand : public ActivityCommand
{
public:
    // What to write. Activities name a department to create by a negative id: −1 is
    // newDepartments[0], −2 the next; likewise pillars. `updated` holds the existing activities'
    // new values, `previous` their values now.
    struct Change
    {
        QList<Department> newDepartments;
        QList<Pillar> newPillars;
        QList<Activity> inserted;
        QList<Activity> updated;
        QList<Activity> previous;
    };

    PlanImportCommand(ActivityStore& store, Workspace& workspace, Change change, const QString& text);

    const Change& change() const { return m_change; }

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    void resolve(QList<Activity>& activities) const;
    void referenceChanged();

    Change m_change;
    Workspace& m_workspace;
    bool m_written = false;
};
