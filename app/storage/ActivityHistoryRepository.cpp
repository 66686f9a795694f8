#include "ActivityHistoryRepository.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>

using namespace SqlUtil;

ActivityHistoryRepository::ActivityHistoryRepository(const Database& db)
    : m_connection(db.connection().connectionName())
{}

bool ActivityHistoryRepository::changes(qint64 activityId, const QString& activityUuid,
                                        QList<ActivityChange>* out, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!prepare(q,
                 QStringLiteral(
                     "SELECT id, changed_by, changed_ms, kind, field, old_value, new_value "
                     "FROM activity_change WHERE activity_id = ? AND activity_uuid = ? ORDER BY id DESC"),
                 error))
        return false;
    q.addBindValue(activityId);
    q.addBindValue(activityUuid);
    if (!exec(q, error))
        return false;
    QList<ActivityChange> found;
    while (q.next()) {
        ActivityChange c;
        c.id = q.value(0).toLongLong();
        c.activityUuid = activityUuid;
        c.changedBy = q.value(1).toString();
        c.changedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        c.kind = ActivityChange::kindFromText(q.value(3).toString());
        c.field = q.value(4).toString();
        c.oldValue = ActivityChange::valueFrom(q.value(5));
        c.newValue = ActivityChange::valueFrom(q.value(6));
        found << c;
    }
    *out = std::move(found);
    return true;
}
