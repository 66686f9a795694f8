#pragma once

#include "ActivityCommand.h"

#include "Activity.h"
#include "Attachment.h"
#include "Bulletin.h"

#include <QList>

// Deletes activities; undo restores them with their ids, uuids, timestamps, figures, evidence and
// bulletins (the database drops those rows with their activity; the media files stay until close).
class RemoveActivitiesCommand : public ActivityCommand
{
public:
    RemoveActivitiesCommand(ActivityStore& store, QList<Activity> activities);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    QList<Activity> m_activities;
    QList<Attachment> m_evidence; // as it was just before the delete
    QList<Bulletin> m_bulletins;
};
