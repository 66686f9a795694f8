#include "ActivityStore.h"

#include "ActivityRepository.h"
#include "ActivityTableModel.h"

#include <QDateTime>

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

bool ActivityStore::writeUpstream(ActivityUpstream::Change& change, QString* error)
{
    QList<ActivityConflict> conflicts;
    if (m_upstream->write(change, &conflicts, error))
        return true;
    if (!conflicts.isEmpty()) {
        for (ActivityConflict& c : conflicts) {
            const int row = m_model.rowOfId(c.mine.id);
            c.base = row >= 0 ? m_model.activityAt(row) : c.mine;
        }
        *error = conflicts.size() == 1 && conflicts.first().gone
                     ? tr("Someone else deleted this activity on the server meanwhile; nothing was changed.")
                     : tr("Someone else changed this on the server meanwhile; nothing was changed.");
        emit conflicted(conflicts);
    }
    return false;
}

bool ActivityStore::update(QList<Activity>& activities, QString* error)
{
    if (m_upstream) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (Activity& a : activities)
            a.updated = now;
        ActivityUpstream::Change change;
        change.updated = activities;
        if (!writeUpstream(change, error))
            return false;
    }
    if (!m_repository.update(activities, error))
        return false;
    m_model.applyUpdated(activities);
    emit changed();
    return true;
}

bool ActivityStore::insert(QList<Activity>& activities, QString* error)
{
    if (m_upstream) {
        // The server gives the ids; the local copy keeps them, as it keeps every id it pulled.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (Activity& a : activities) {
            a.id = 0;
            if (a.uuid.isNull())
                a.uuid = QUuid::createUuid();
            a.created = now;
            a.updated = now;
        }
        ActivityUpstream::Change change;
        change.inserted = activities;
        if (!writeUpstream(change, error))
            return false;
        activities = change.inserted;
        if (!m_repository.restore(activities, error))
            return false;
        m_model.applyInserted(activities);
        emit changed();
        return true;
    }
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
    if (m_upstream) {
        ActivityUpstream::Change change;
        change.inserted = activities;
        if (!writeUpstream(change, error))
            return false;
    }
    if (!m_repository.restore(activities, error, alongside))
        return false;
    m_model.applyInserted(activities);
    emit changed();
    return true;
}

bool ActivityStore::apply(ActivityRepository::Batch& batch, QString* error)
{
    if (m_upstream) {
        if (batch.before || batch.after) {
            *error = m_upstream->refusesBatches();
            return false;
        }
        ActivityUpstream::Change change;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (Activity& a : batch.updated)
            a.updated = now;
        change.updated = batch.updated;
        change.removed = find(batch.removed);
        if (!batch.keepIds)
            for (Activity& a : batch.inserted) {
                a.id = 0;
                if (a.uuid.isNull())
                    a.uuid = QUuid::createUuid();
                a.created = now;
                a.updated = now;
            }
        change.inserted = batch.inserted;
        if (!writeUpstream(change, error))
            return false;
        batch.inserted = change.inserted;
        batch.keepIds = true;
    }
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
    if (m_upstream) {
        ActivityUpstream::Change change;
        change.removed = find(ids);
        if (!writeUpstream(change, error))
            return false;
    }
    if (!m_repository.remove(ids, error))
        return false;
    m_model.applyRemoved(ids);
    emit changed();
    return true;
}

bool ActivityStore::takeUpstream(const QList<Activity>& now, const QList<QUuid>& goneUuids,
                                 qint64 currentCampaignId, QString* error)
{
    ActivityRepository::Batch batch;
    batch.keepIds = true;
    for (const Activity& a : now) {
        qint64 id = 0;
        if (!m_repository.idOf(a.uuid, &id, error))
            return false;
        (id != 0 ? batch.updated : batch.inserted) << a;
    }
    for (const QUuid& uuid : goneUuids) {
        qint64 id = 0;
        if (!m_repository.idOf(uuid, &id, error))
            return false;
        if (id != 0)
            batch.removed << id;
    }
    // Written as the server holds them: their times too.
    const QList<Activity> asTheyAre = batch.updated;
    if (!m_repository.apply(batch, error))
        return false;
    QList<Activity> shownUpdated, shownInserted;
    QList<qint64> shownRemoved;
    for (const Activity& a : asTheyAre)
        if (m_model.rowOfId(a.id) >= 0)
            shownUpdated << a;
    for (const Activity& a : std::as_const(batch.inserted))
        if (a.campaignId == currentCampaignId)
            shownInserted << a;
    for (qint64 id : std::as_const(batch.removed))
        if (m_model.rowOfId(id) >= 0)
            shownRemoved << id;
    if (!shownRemoved.isEmpty())
        m_model.applyRemoved(shownRemoved);
    if (!shownUpdated.isEmpty())
        m_model.applyUpdated(shownUpdated);
    if (!shownInserted.isEmpty())
        m_model.applyInserted(shownInserted);
    emit changed();
    return true;
}
