#include "ActivityStore.h"

#include "ActivityRepository.h"
#include "ActivityTableModel.h"

ActivityStore::ActivityStore(ActivityRepository& repository, ActivityTableModel& model, QObject* parent)
    : QObject(parent), m_repository(repository), m_model(model)
{}

QList<Activity> ActivityStore::find(const QList<qint64>& ids) const
{
    QList<Activity> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = m_model.rowOfId(id);
        if (row >= 0)
            out << m_model.activityAt(row);
    }
    return out;
}

bool ActivityStore::update(QList<Activity>& activities, QString* error)
{
    if (!m_repository.update(activities, error))
        return false;
    m_model.applyUpdated(activities);
    emit changed();
    return true;
}

bool ActivityStore::insert(QList<Activity>& activities, QString* error)
{
    if (!m_repository.insert(activities, error))
        return false;
    m_model.applyInserted(activities);
    emit changed();
    return true;
}

QString ActivityStore::connectionName() const
{
    return m_repository.connectionName();
}

bool ActivityStore::restore(const QList<Activity>& activities, QString* error,
                            const std::function<bool(QString*)>& alongside)
{
    if (!m_repository.restore(activities, error, alongside))
        return false;
    m_model.applyInserted(activities);
    emit changed();
    return true;
}

bool ActivityStore::apply(ActivityRepository::Batch& batch, QString* error)
{
    if (!m_repository.apply(batch, error))
        return false;
    if (!batch.removed.isEmpty())
        m_model.applyRemoved(batch.removed);
    if (!batch.updated.isEmpty())
        m_model.applyUpdated(batch.updated);
    if (!batch.inserted.isEmpty())
        m_model.applyInserted(batch.inserted);
    emit changed();
    return true;
}

bool ActivityStore::remove(const QList<qint64>& ids, QString* error)
{
    if (!m_repository.remove(ids, error))
        return false;
    m_model.applyRemoved(ids);
    emit changed();
    return true;
}
