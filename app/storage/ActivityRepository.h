#pragma once

#include "Activity.h"

#include <QList>
#include <QString>

#include <functional>

class Database;
class QSqlDatabase;

// Reads and writes activities with their assisting departments and figures. Each call is one
// transaction: all of it lands in the file or none of it does.
class ActivityRepository
{
public:
    explicit ActivityRepository(const Database& db);
    explicit ActivityRepository(QString connectionName) : m_connection(std::move(connectionName)) {}

    // Every activity of one campaign (0 = all campaigns), ordered by id, in three queries.
    [[nodiscard]] bool loadAll(qint64 campaignId, QList<Activity>* out, QString* error) const;
    [[nodiscard]] bool load(qint64 id, Activity* out,
                            QString* error) const; // false and a reason when there is none

    // Sets id, uuid (when null), created and updated on each activity.
    [[nodiscard]] bool insert(QList<Activity>& activities, QString* error);
    [[nodiscard]] bool insert(Activity& activity, QString* error);
    // Sets updated on each activity.
    [[nodiscard]] bool update(QList<Activity>& activities, QString* error);
    [[nodiscard]] bool update(Activity& activity, QString* error);
    [[nodiscard]] bool remove(const QList<qint64>& ids, QString* error);
    // Puts back previously removed activities with their ids, uuids and timestamps (undo of delete).
    // `alongside` writes what was removed with them (their evidence) in the same transaction.
    bool restore(const QList<Activity>& activities, QString* error,
                 const std::function<bool(QString*)>& alongside = {});

    // Many activities changed at once (a plan import, and its undo), in one transaction: `before`
    // writes the rows the activities will name (new departments, pillars) and may fill their ids into
    // `inserted` and `updated`; then the inserts (with their old ids when keepIds), updates and
    // removals; then `after` removes rows nothing names any more. The lists are written in place (ids,
    // uuids, timestamps); after a failure they are not to be used again.
    struct Batch
    {
        QList<Activity> inserted;
        bool keepIds = false;
        QList<Activity> updated;
        QList<qint64> removed;
        std::function<bool(const QSqlDatabase&, QString*)> before;
        std::function<bool(const QSqlDatabase&, QString*)> after;
    };
    [[nodiscard]] bool apply(Batch& batch, QString* error);

    QString connectionName() const { return m_connection; }

    // The id of the activity `uuid` in this file, 0 when there is none.
    [[nodiscard]] bool idOf(const QUuid& uuid, qint64* out, QString* error) const;
    [[nodiscard]] bool count(qint64 campaignId, qint64* out, QString* error) const;

private:
    [[nodiscard]] bool write(QList<Activity>& activities, bool isNew, bool keepIds, QString* error);

    QString m_connection;
};
