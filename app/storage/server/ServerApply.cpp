#include "server/ServerApply.h"

#include "server/ServerEvidence.h"
#include "server/ServerSql.h"
#include "server/ServerTables.h"
#include "server/ServerTransaction.h"
#include "storage/Database.h"
#include "storage/MediaFolder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using ServerTables::Column;
using ServerTables::Table;

// One table of a file: rows by id, or (tables without one) rows by their whole value.
struct Rows
{
    QHash<qint64, QVariantList> byId;
    QHash<QString, QVariantList> byValue;
};

QString valueKey(const QVariantList& row)
{
    QStringList parts;
    for (const QVariant& v : row)
        parts << (v.isNull() ? QStringLiteral("\x01") : v.toString());
    return parts.join(QChar(0x1f));
}

bool readRows(const Database& file, const Table& table, Rows* out, QString* error)
{
    QSqlQuery q(file.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(ServerTables::localColumns(table), table.name))) {
        *error = QCoreApplication::translate("ServerApply", "cannot read %1 from the copy: %2")
                     .arg(table.name, q.lastError().text());
        return false;
    }
    const int first = table.hasId ? 1 : 0;
    while (q.next()) {
        QVariantList row;
        row.reserve(table.columns.size());
        for (int i = 0; i < table.columns.size(); ++i)
            row << q.value(first + i);
        if (table.hasId)
            out->byId.insert(q.value(0).toLongLong(), row);
        else
            out->byValue.insert(valueKey(row), row);
    }
    return true;
}

QStringList readEvidence(const Database& file)
{
    QStringList out;
    QSqlQuery q(file.connection());
    if (q.exec(QStringLiteral("SELECT sha256 FROM attachment UNION SELECT sha256 FROM sub_evidence")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

class Applier
{
public:
    Applier(const Database& before, const Database& after, QSqlDatabase& server, int unit, ApplySummary* out)
        : m_before(before), m_after(after), m_server(server), m_unit(unit), m_out(out)
    {}

    bool run(QString* error)
    {
        const QList<Table>& tables = ServerTables::all();
        QList<Rows> before(tables.size()), after(tables.size());
        for (int i = 0; i < tables.size(); ++i)
            if (!readRows(m_before, tables.at(i), &before[i], error) ||
                !readRows(m_after, tables.at(i), &after[i], error))
                return false;
        return ServerTransaction::run(m_server, error, [&] {
            // Beside a push of the same unit, one waits for the other.
            if (!ServerSql::run(m_q, QStringLiteral("SELECT pg_advisory_xact_lock(7341, ?)"), {m_unit},
                                error) ||
                !sendEvidence(error))
                return false;
            for (qsizetype i = tables.size() - 1; i >= 0; --i) // children first
                if (!removeRows(tables.at(i), before.at(i), after.at(i), error))
                    return false;
            for (int i = 0; i < tables.size(); ++i) // parents first
                if (!writeRows(tables.at(i), before.at(i), after.at(i), error))
                    return false;
            return writeProfile(error) && dropUnusedEvidence(error);
        });
    }

private:
    // A row the pull read is not on the server as it was: someone changed or removed it since.
    bool changedMeanwhile(const Table& table, QString* error) const
    {
        *error = QCoreApplication::translate(
                     "ServerApply",
                     "%1 changed on the server while the command ran; nothing was written. Run it again.")
                     .arg(table.name);
        return false;
    }

    // "(a, b) IS NOT DISTINCT FROM (?, ?)" over the server's columns.
    static QString sameAs(const Table& table)
    {
        QStringList names, marks;
        for (const Column& c : table.columns) {
            names << c.server;
            marks << QStringLiteral("?");
        }
        return QStringLiteral("(%1) IS NOT DISTINCT FROM (%2)")
            .arg(names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }

    // A row's values for the server: references to rows this write inserted get their new ids.
    QVariantList translated(const Table& table, const QVariantList& row) const
    {
        QVariantList out = row;
        for (int i = 0; i < table.columns.size(); ++i) {
            const Column& c = table.columns.at(i);
            if (c.references.isEmpty() || out.at(i).isNull())
                continue;
            const auto map = m_newIds.constFind(c.references);
            if (map == m_newIds.constEnd())
                continue;
            const auto found = map->constFind(out.at(i).toLongLong());
            if (found != map->constEnd())
                out[i] = *found;
        }
        return out;
    }

    void count(const Table& table, qint64 ApplySummary::*all, qint64 ApplySummary::*activities)
    {
        ++(m_out->*all);
        if (table.name == QLatin1String("activity"))
            ++(m_out->*activities);
    }

    bool removeRows(const Table& table, const Rows& before, const Rows& after, QString* error)
    {
        const auto remove = [&](const QString& where, QVariantList values) {
            values.prepend(m_unit);
            if (!ServerSql::run(
                    m_q, QStringLiteral("DELETE FROM %1 WHERE unit_id = ? AND %2").arg(table.name, where),
                    values, error))
                return false;
            if (m_q.numRowsAffected() != 1)
                return changedMeanwhile(table, error);
            count(table, &ApplySummary::deleted, &ApplySummary::activitiesDeleted);
            return true;
        };
        if (table.hasId) {
            for (auto it = before.byId.cbegin(); it != before.byId.cend(); ++it) {
                if (after.byId.contains(it.key()))
                    continue;
                QVariantList values{it.key()};
                values += it.value();
                if (!remove(QStringLiteral("id = ? AND ") + sameAs(table), values))
                    return false;
            }
            return true;
        }
        for (auto it = before.byValue.cbegin(); it != before.byValue.cend(); ++it)
            if (!after.byValue.contains(it.key()) && !remove(sameAs(table), it.value()))
                return false;
        return true;
    }

    bool writeRows(const Table& table, const Rows& before, const Rows& after, QString* error)
    {
        QStringList names, marks, assignments;
        for (const Column& c : table.columns) {
            names << c.server;
            marks << QStringLiteral("?");
            assignments << c.server + QStringLiteral(" = ?");
        }
        const QString insert =
            QStringLiteral("INSERT INTO %1 (%2, unit_id) VALUES (%3, ?)%4")
                .arg(table.name, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                     table.hasId ? QStringLiteral(" RETURNING id") : QString());
        const auto add = [&](const QVariantList& row, qint64 localId) {
            QVariantList values = translated(table, row);
            values << m_unit;
            if (!ServerSql::run(m_q, insert, values, error)) {
                *error = QCoreApplication::translate("ServerApply", "%1 was not accepted: %2")
                             .arg(table.name, *error);
                return false;
            }
            if (table.hasId) {
                if (!m_q.next())
                    return changedMeanwhile(table, error);
                m_newIds[table.name].insert(localId, m_q.value(0).toLongLong());
            }
            count(table, &ApplySummary::inserted, &ApplySummary::activitiesInserted);
            return true;
        };
        if (!table.hasId) {
            for (auto it = after.byValue.cbegin(); it != after.byValue.cend(); ++it)
                if (!before.byValue.contains(it.key()) && !add(it.value(), 0))
                    return false;
            return true;
        }
        const QString update = QStringLiteral("UPDATE %1 SET %2 WHERE unit_id = ? AND id = ? AND %3")
                                   .arg(table.name, assignments.join(QStringLiteral(", ")), sameAs(table));
        // In id order, so rows are inserted as the copy made them.
        QList<qint64> ids = after.byId.keys();
        std::sort(ids.begin(), ids.end());
        for (qint64 id : std::as_const(ids)) {
            const QVariantList& row = after.byId.value(id);
            const auto old = before.byId.constFind(id);
            if (old == before.byId.constEnd()) {
                if (!add(row, id))
                    return false;
                continue;
            }
            if (*old == row)
                continue;
            QVariantList values = translated(table, row);
            values << m_unit << id;
            values += *old;
            if (!ServerSql::run(m_q, update, values, error)) {
                *error = QCoreApplication::translate("ServerApply", "%1 was not accepted: %2")
                             .arg(table.name, *error);
                return false;
            }
            if (m_q.numRowsAffected() != 1)
                return changedMeanwhile(table, error);
            count(table, &ApplySummary::updated, &ApplySummary::activitiesUpdated);
        }
        return true;
    }

    bool writeProfile(QString* error)
    {
        const auto read = [](const Database& file) {
            QSqlQuery q(file.connection());
            QVariantList row;
            if (q.exec(QStringLiteral("SELECT name, region, level FROM unit_profile WHERE id = 1")) &&
                q.next())
                row = {q.value(0), q.value(1), q.value(2)};
            return row;
        };
        const QVariantList now = read(m_after);
        if (now.isEmpty() || now == read(m_before))
            return true;
        return ServerSql::run(
            m_q,
            QStringLiteral("INSERT INTO unit_profile (unit_id, name, region, level) VALUES "
                           "(?, ?, ?, ?) ON CONFLICT (unit_id) DO UPDATE SET name = "
                           "EXCLUDED.name, region = EXCLUDED.region, level = EXCLUDED.level"),
            {m_unit, now.at(0), now.at(1), now.at(2)}, error);
    }

    // Content the command added (attach, a package's evidence) that the server does not hold yet.
    bool sendEvidence(QString* error)
    {
        const QStringList before = readEvidence(m_before);
        const QSet<QString> had(before.cbegin(), before.cend());
        const QString root = MediaFolder::rootFor(m_after.path());
        for (const QString& sha : readEvidence(m_after)) {
            if (had.contains(sha))
                continue;
            if (!ServerSql::run(
                    m_q, QStringLiteral("SELECT 1 FROM evidence_blob WHERE unit_id = ? AND sha256 = ?"),
                    {m_unit, sha}, error))
                return false;
            if (m_q.next())
                continue;
            qint64 size = 0;
            if (!ServerEvidence::send(m_q, root, m_unit, sha, &size, error))
                return false;
            ++m_out->evidenceSent;
            m_out->evidenceBytes += size;
        }
        return true;
    }

    bool dropUnusedEvidence(QString* error)
    {
        return ServerSql::run(m_q,
                              QStringLiteral("DELETE FROM evidence_blob b WHERE b.unit_id = ? "
                                             "AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.unit_id = "
                                             "b.unit_id AND a.sha256 = b.sha256) "
                                             "AND NOT EXISTS (SELECT 1 FROM sub_evidence e WHERE e.unit_id = "
                                             "b.unit_id AND e.sha256 = b.sha256)"),
                              {m_unit}, error);
    }

    const Database& m_before;
    const Database& m_after;
    QSqlDatabase& m_server;
    int m_unit = 0;
    ApplySummary* m_out = nullptr;
    QSqlQuery m_q{m_server};                        // one query: see ServerPush
    QHash<QString, QHash<qint64, qint64>> m_newIds; // table → the copy's id → the server's
};

} // namespace

namespace ServerApply {

bool apply(const Database& before, const Database& after, QSqlDatabase& server, int unitId, ApplySummary* out,
           QString* error)
{
    *out = {};
    Applier applier(before, after, server, unitId, out);
    QString reason;
    if (!applier.run(&reason)) {
        *error = reason;
        *out = {};
        return false;
    }
    return true;
}

} // namespace ServerApply
