#include "AddActivitiesCommand.h"

#include "ActivityStore.h"

AddActivitiesCommand::AddActivitiesCommand(ActivityStore& store, QList<Activity> activities,
                                           const QString& text)
    : ActivityCommand(store, text), m_activities(std::move(activities))
{}

QList<qint64> AddActivitiesCommand::ids() const
{
    QList<qint64> out;
    for (const Activity& a : m_activities)
        out << a.id;
    return out;
}

bool AddActivitiesCommand::forward(QString* error)
{
    if (m_written)
        return m_store.restore(m_activities, error);
    QList<Activity> values = m_activities;
    if (!m_store.insert(values, error))
        return false;
    m_activities = values;
    m_written = true;
    return true;
}

bool AddActivitiesCommand::backward(QString* error)
{
    return m_store.remove(ids(), error);
}
