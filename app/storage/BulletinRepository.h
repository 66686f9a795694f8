#pragma once

#include "Bulletin.h"

#include <QHash>
#include <QList>
#include <QString>

class Database;

// The bulletins kept per activity. Each write is one transaction; a blank text removes the row, so
// the activity goes back to showing its draft.
class BulletinRepository
{
public:
    explicit BulletinRepository(const Database& db);
    explicit BulletinRepository(QString connectionName) : m_connection(std::move(connectionName)) {}

    // The kept text, or a null QString when the activity has none.
    [[nodiscard]] bool text(qint64 activityId, QString* out, QString* error) const;
    // The kept bulletins of these activities (activities without one are absent).
    [[nodiscard]] bool texts(const QList<qint64>& activityIds, QHash<qint64, QString>* out,
                             QString* error) const;
    [[nodiscard]] bool forActivities(const QList<qint64>& activityIds, QList<Bulletin>* out,
                                     QString* error) const;
    [[nodiscard]] bool write(qint64 activityId, const QString& text, QString* error);
    // Puts back bulletins removed with their activities (undo of a delete), inside the caller's transaction.
    [[nodiscard]] bool restore(const QList<Bulletin>& bulletins, QString* error);

private:
    QString m_connection;
};
