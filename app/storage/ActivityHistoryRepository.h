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

    // The changes of the activity with this uuid, newest first (by the order they were written).
    [[nodiscard]] bool changes(const QString& activityUuid, QList<ActivityChange>* out, QString* error) const;

private:
    QString m_connection;
};
