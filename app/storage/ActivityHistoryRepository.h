#pragma once

#include "ActivityChange.h"

#include <QList>
#include <QString>

class Database;

// Reads the history the file's triggers keep for each activity (schema step 9). Nothing writes it but
// the triggers, so every path that changes an activity shows up here.
class ActivityHistoryRepository
{
public:
    explicit ActivityHistoryRepository(const Database& db);
    explicit ActivityHistoryRepository(QString connectionName) : m_connection(std::move(connectionName)) {}

    // The changes of the activity with this id and uuid (an id a deleted activity had may be given to a
    // later one), newest first: in the order they were written.
    [[nodiscard]] bool changes(qint64 activityId, const QString& activityUuid, QList<ActivityChange>* out,
                               QString* error) const;

private:
    QString m_connection;
};
