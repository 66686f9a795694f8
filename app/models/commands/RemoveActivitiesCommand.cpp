#include "RemoveActivitiesCommand.h"

#include "ActivityStore.h"
#include "AttachmentRepository.h"
#include "BulletinRepository.h"

#include <QCoreApplication>

RemoveActivitiesCommand::RemoveActivitiesCommand(ActivityStore& store, QList<Activity> activities)
    : ActivityCommand(
          store,
          activities.size() == 1
              ? QCoreApplication::translate("ActivityEditor", "Delete Activity")
              : QCoreApplication::translate("ActivityEditor", "Delete %1 Activities").arg(activities.size())),
      m_activities(std::move(activities))
{}

bool RemoveActivitiesCommand::forward(QString* error)
{
    QList<qint64> ids;
    for (const Activity& a : std::as_const(m_activities))
        ids << a.id;
    return AttachmentRepository(m_store.connectionName()).forActivities(ids, &m_evidence, error) &&
           BulletinRepository(m_store.connectionName()).forActivities(ids, &m_bulletins, error) &&
           m_store.remove(ids, error);
}

bool RemoveActivitiesCommand::backward(QString* error)
{
    return m_store.restore(m_activities, error, [this](QString* e) {
        return (m_evidence.isEmpty() ||
                AttachmentRepository(m_store.connectionName()).restore(m_evidence, e)) &&
               BulletinRepository(m_store.connectionName()).restore(m_bulletins, e);
    });
}
