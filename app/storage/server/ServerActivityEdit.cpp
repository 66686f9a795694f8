#include "server/ServerActivityEdit.h"

#include "server/ServerTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerActivityEdit", text);
}

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

namespace ServerActivityEdit {

const QStringList& editableColumns()
{
    static const QStringList columns = {
        QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("location"),
        QStringLiteral("owner"), QStringLiteral("phone"), QStringLiteral("start_date"),
        QStringLiteral("end_date"), QStringLiteral("deadline"), QStringLiteral("status"),
        QStringLiteral("progress"), QStringLiteral("notes"), QStringLiteral("date_text"),
        // References stay within the unit: the server's (id, unit) foreign keys refuse another unit's.
        QStringLiteral("pillar_id"), QStringLiteral("lead_department_id")};
    return columns;
}

bool read(QSqlDatabase& db, const QString& uuid, const QStringList& columns, Row* now, bool* found,
          QString* error)
{
    for (const QString& column : columns)
        if (!editableColumns().contains(column))
            return fail(error, tr("%1 is not a column of an activity").arg(column));
    *found = false;
    QSqlQuery q(db);
    // Column names come from the fixed list above, never from the caller's text.
    QStringList select{QStringLiteral("a.row_version")};
    for (const QString& column : columns)
        select << QStringLiteral("a.") + column;
    // The last change's user and time come with the row, so a conflict names who won the race.
    // Scalar subqueries rather than LATERAL, which not every PostgreSQL derivative accepts.
    const QString last = QStringLiteral("(SELECT c.%1 FROM activity_change c WHERE c.activity_uuid = a.uuid "
                                        "ORDER BY c.id DESC LIMIT 1)");
    select << last.arg(QStringLiteral("changed_by")) << last.arg(QStringLiteral("changed_at"));
    q.prepare(
        QStringLiteral("SELECT %1 FROM activity a WHERE a.uuid = ?").arg(select.join(QStringLiteral(", "))));
    q.addBindValue(uuid);
    if (!q.exec())
        return fail(error, tr("cannot read the activity: %1").arg(q.lastError().databaseText()));
    if (!q.next())
        return true;
    *found = true;
    now->version = q.value(0).toLongLong();
    now->values.clear();
    for (int i = 0; i < columns.size(); ++i)
        now->values.insert(columns.at(i), q.value(i + 1));
    now->changedBy = q.value(columns.size() + 1).toString();
    now->changedAt = q.value(columns.size() + 2).toDateTime();
    return true;
}

bool update(QSqlDatabase& db, const QString& uuid, qint64 readVersion, const QVariantMap& values,
            Outcome* outcome, Row* now, QString* error)
{
    if (values.isEmpty())
        return fail(error, tr("nothing to change"));
    QStringList assignments;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!editableColumns().contains(it.key()))
            return fail(error, tr("%1 is not a column of an activity").arg(it.key()));
        assignments << it.key() + QStringLiteral(" = ?");
    }
    assignments << QStringLiteral("updated_ms = ?");
    bool saved = false;
    const bool ok = ServerTransaction::run(db, error, [&] {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE activity SET %1 WHERE uuid = ? AND row_version = ? RETURNING row_version")
                .arg(assignments.join(QStringLiteral(", "))));
        for (const QVariant& value : values)
            q.addBindValue(value);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(uuid);
        q.addBindValue(readVersion);
        if (!q.exec())
            return fail(error, tr("the change was refused: %1").arg(q.lastError().databaseText()));
        if (q.next()) {
            saved = true;
            now->version = q.value(0).toLongLong();
            now->values = values;
        }
        return true;
    });
    if (!ok)
        return false;
    if (saved) {
        *outcome = Outcome::Saved;
        return true;
    }
    bool found = false;
    if (!read(db, uuid, values.keys(), now, &found, error))
        return false;
    *outcome = found ? Outcome::LostRace : Outcome::Gone;
    return true;
}

} // namespace ServerActivityEdit
