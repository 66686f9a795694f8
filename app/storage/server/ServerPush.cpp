#include "server/ServerPush.h"

#include "server/ServerEvidence.h"
#include "server/ServerSql.h"
#include "server/ServerTables.h"
#include "server/ServerTransaction.h"
#include "storage/Database.h"
#include "storage/MediaFolder.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using ServerSql::serverFailure;
using ServerTables::Table;
using ServerTables::Type;

// Rows per INSERT: one statement carries a batch as a JSON array (jsonb_to_recordset), which keeps
// 100 000 activities to a few dozen round trips without COPY (Qt's driver has none).
constexpr int kBatch = 4000;

QString pgType(Type type)
{
    switch (type) {
    case Type::Integer:
        return QStringLiteral("bigint");
    case Type::Real:
        return QStringLiteral("double precision");
    case Type::Text:
        break;
    }
    return QStringLiteral("text");
}

class Pusher
{
public:
    Pusher(const Database& file, QSqlDatabase& server, int unitId, PushSummary* out)
        : m_file(file), m_server(server), m_unit(unitId), m_out(out)
    {
        for (const Table& table : ServerTables::all())
            m_ids[table.name];
    }

    bool run(QString* error)
    {
        // One read transaction on the file: every table is read from the same state of it.
        QSqlQuery begin(m_file.connection());
        if (!begin.exec(QStringLiteral("BEGIN"))) {
            *error = begin.lastError().text();
            return false;
        }
        const auto end =
            qScopeGuard([&] { QSqlQuery(m_file.connection()).exec(QStringLiteral("ROLLBACK")); });
        if (!readEvidenceNames(error) || !checkEvidencePresent(error))
            return false;
        return ServerTransaction::run(m_server, error, [&] {
            return lockUnit(error) && removePrevious(error) && sendEvidence(error) && copyTables(error) &&
                   dropUnusedEvidence(error) && copyProfile(error);
        });
    }

private:
    bool readEvidenceNames(QString* error)
    {
        SqliteStatement s(m_file.connection(),
                          "SELECT sha256 FROM attachment UNION SELECT sha256 FROM sub_evidence ORDER BY 1");
        while (s.next())
            m_evidence << s.text(0);
        if (!s.errorString().isEmpty()) {
            *error = s.errorString();
            return false;
        }
        m_out->evidenceFiles = int(m_evidence.size());
        return true;
    }

    // Before the server is touched: a missing file is found out at once.
    bool checkEvidencePresent(QString* error)
    {
        const QString root = MediaFolder::rootFor(m_file.path());
        for (const QString& sha : std::as_const(m_evidence)) {
            if (!MediaFolder::isContentName(sha) ||
                !QFile::exists(root + QLatin1Char('/') + MediaFolder::relativePath(sha))) {
                *error =
                    QCoreApplication::translate(
                        "ServerPush", "the evidence file %1 is missing from %2; run campaign-planner check")
                        .arg(sha.left(12), root);
                return false;
            }
        }
        return true;
    }

    // Two pushes of one unit at once would interleave their deletes and inserts; the second waits.
    bool lockUnit(QString* error)
    {
        QSqlQuery& q = m_q;
        return ServerSql::run(q, QStringLiteral("SELECT pg_advisory_xact_lock(7341, ?)"), {m_unit}, error);
    }

    // Replace: the unit's rows go (their children by cascade), evidence content stays until the end,
    // when what the new rows do not name is dropped, so unchanged photos are not sent again.
    bool removePrevious(QString* error)
    {
        QSqlQuery& q = m_q;
        // Children first, each in one statement: a cascade from activity would run one delete per
        // activity on each child table (400 000 statements for a large county).
        for (const char* table : {"activity_figure", "activity_assist", "bulletin", "attachment", "activity",
                                  "campaign", "department", "sub_evidence", "sub_activity", "sub_unit"}) {
            if (!ServerSql::run(q,
                                QStringLiteral("DELETE FROM %1 WHERE unit_id = ?").arg(QLatin1String(table)),
                                {m_unit}, error))
                return false;
        }
        if (!ServerSql::run(q, QStringLiteral("SELECT sha256 FROM evidence_blob WHERE unit_id = ?"), {m_unit},
                            error))
            return false;
        while (q.next())
            m_onServer.insert(q.value(0).toString());
        return true;
    }

    // Each file streams through in pieces (ServerTables::evidenceChunkBytes), hashed as it goes; a file
    // whose bytes do not hash to its name fails the push after its last piece, before the commit.
    bool sendEvidence(QString* error)
    {
        const QString root = MediaFolder::rootFor(m_file.path());
        QSqlQuery& q = m_q;
        for (const QString& sha : std::as_const(m_evidence)) {
            if (m_onServer.contains(sha))
                continue;
            qint64 size = 0;
            if (!ServerEvidence::send(q, root, m_unit, sha, &size, error))
                return false;
            ++m_out->evidenceSent;
            m_out->evidenceBytes += size;
        }
        return true;
    }

    bool copyTables(QString* error)
    {
        for (const Table& table : ServerTables::all())
            if (!copyTable(table, error))
                return false;
        return true;
    }

    QString insertSql(const Table& table) const
    {
        QStringList selected;
        QStringList record;
        if (table.hasId) {
            selected << QStringLiteral("r.id");
            record << QStringLiteral("id bigint");
        }
        for (const ServerTables::Column& c : table.columns) {
            selected << QStringLiteral("r.") + c.server;
            record << c.server + QLatin1Char(' ') + pgType(c.type);
        }
        return QStringLiteral(
                   "INSERT INTO %1 (%2, unit_id) SELECT %3, ? FROM jsonb_to_recordset(CAST(? AS jsonb)) "
                   "AS r(%4)")
            .arg(table.name, ServerTables::serverColumns(table), selected.join(QStringLiteral(", ")),
                 record.join(QStringLiteral(", ")));
    }

    bool copyTable(const Table& table, QString* error)
    {
        const QByteArray select = QStringLiteral("SELECT %1 FROM %2%3")
                                      .arg(ServerTables::localColumns(table), table.name,
                                           table.hasId ? QStringLiteral(" ORDER BY id") : QString())
                                      .toUtf8();
        SqliteStatement s(m_file.connection(), select.constData());
        if (!s.isValid()) {
            *error = QCoreApplication::translate("ServerPush", "cannot read %1 from the file: %2")
                         .arg(table.name, s.errorString());
            return false;
        }
        QList<qint64> serverIds;
        if (table.hasId && !allocate(table, &serverIds, error))
            return false;
        // m_ids holds every table from the start, so these references stay valid.
        QHash<qint64, qint64>& ids = m_ids[table.name];
        QList<const QHash<qint64, qint64>*> referenced;
        for (const ServerTables::Column& c : table.columns)
            referenced << (c.references.isEmpty() ? nullptr : &m_ids[c.references]);
        const QString sql = insertSql(table);
        QJsonArray batch;
        const auto flush = [&]() -> bool {
            if (batch.isEmpty())
                return true;
            QSqlQuery& q = m_q;
            const QString json = QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact));
            batch = QJsonArray();
            if (!ServerSql::run(q, sql, {m_unit, json}, error)) {
                *error = QCoreApplication::translate("ServerPush", "%1 was not accepted: %2")
                             .arg(table.name, *error);
                return false;
            }
            return true;
        };
        qint64 rows = 0;
        while (s.next()) {
            QJsonObject row;
            int column = 0;
            if (table.hasId) {
                if (rows >= serverIds.size()) { // the file grew since it was counted: it cannot, in one read
                    *error = QCoreApplication::translate(
                                 "ServerPush", "cannot read %1 from the file: it changed while read")
                                 .arg(table.name);
                    return false;
                }
                ids.insert(s.integer(column++), serverIds.at(rows));
                row.insert(QStringLiteral("id"), serverIds.at(rows));
            }
            for (qsizetype i = 0; i < table.columns.size(); ++i) {
                const ServerTables::Column& c = table.columns.at(i);
                const int at = column++;
                if (s.isNull(at)) {
                    row.insert(c.server, QJsonValue::Null);
                } else if (referenced.at(i)) {
                    const auto found = referenced.at(i)->constFind(s.integer(at));
                    if (found == referenced.at(i)->constEnd()) {
                        *error = QCoreApplication::translate(
                                     "ServerPush",
                                     "the file's %1 names a %2 it does not hold; run campaign-planner check")
                                     .arg(table.name, c.references);
                        return false;
                    }
                    row.insert(c.server, *found);
                } else if (c.type == Type::Integer) {
                    row.insert(c.server, s.integer(at));
                } else if (c.type == Type::Real) {
                    row.insert(c.server, s.real(at));
                } else {
                    row.insert(c.server, s.text(at));
                }
            }
            batch.append(row);
            ++rows;
            if (batch.size() >= kBatch && !flush())
                return false;
        }
        if (!s.errorString().isEmpty()) {
            *error = QCoreApplication::translate("ServerPush", "cannot read %1 from the file: %2")
                         .arg(table.name, s.errorString());
            return false;
        }
        if (!flush())
            return false;
        if (table.name == QLatin1String("campaign"))
            m_out->campaigns = int(rows);
        else if (table.name == QLatin1String("activity"))
            m_out->activities = rows;
        return true;
    }

    // The server gives the ids (its sequences are shared by all units): one per row of the file's table,
    // drawn in one round trip; the file's ids are mapped to them as the rows are read.
    bool allocate(const Table& table, QList<qint64>* out, QString* error)
    {
        QSqlQuery count(m_file.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table.name)) || !count.next()) {
            *error = QCoreApplication::translate("ServerPush", "cannot read %1 from the file: %2")
                         .arg(table.name, count.lastError().text());
            return false;
        }
        const qint64 n = count.value(0).toLongLong();
        if (n == 0)
            return true;
        QSqlQuery& q = m_q;
        q.setForwardOnly(true);
        if (!ServerSql::run(
                q, QStringLiteral("SELECT nextval('%1_id_seq') FROM generate_series(1, ?)").arg(table.name),
                {n}, error))
            return false;
        out->reserve(n);
        while (q.next())
            *out << q.value(0).toLongLong();
        if (out->size() != n) {
            *error = QCoreApplication::translate("ServerPush", "the server gave too few ids for %1")
                         .arg(table.name);
            return false;
        }
        return true;
    }

    bool dropUnusedEvidence(QString* error)
    {
        QSqlQuery& q = m_q;
        return ServerSql::run(
            q,
            QStringLiteral("DELETE FROM evidence_blob b WHERE b.unit_id = ? "
                           "AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.unit_id = b.unit_id "
                           "AND a.sha256 = b.sha256) "
                           "AND NOT EXISTS (SELECT 1 FROM sub_evidence e WHERE e.unit_id = b.unit_id "
                           "AND e.sha256 = b.sha256)"),
            {m_unit}, error);
    }

    bool copyProfile(QString* error)
    {
        QSqlQuery local(m_file.connection());
        if (!local.exec(QStringLiteral("SELECT name, region, level FROM unit_profile WHERE id = 1"))) {
            *error = local.lastError().text();
            return false;
        }
        QSqlQuery& q = m_q;
        // Last, as the rest: the profile is replaced with the data it describes.
        if (!ServerSql::run(q, QStringLiteral("DELETE FROM unit_profile WHERE unit_id = ?"), {m_unit}, error))
            return false;
        if (!local.next())
            return true;
        return ServerSql::run(
            q, QStringLiteral("INSERT INTO unit_profile (unit_id, name, region, level) VALUES (?, ?, ?, ?)"),
            {m_unit, local.value(0).toString(), local.value(1).toString(), local.value(2).toInt()}, error);
    }

    const Database& m_file;
    QSqlDatabase& m_server;
    // One query for every statement: PostgreSQL refuses to free a prepared statement inside a failed
    // transaction, so the last one is freed only after the rollback, when this object goes.
    QSqlQuery m_q{m_server};
    int m_unit = 0;
    PushSummary* m_out = nullptr;
    QStringList m_evidence;
    QSet<QString> m_onServer;
    QHash<QString, QHash<qint64, qint64>> m_ids; // table → the file's id → the server's
};

} // namespace

namespace ServerPush {

bool push(const Database& file, QSqlDatabase& server, int unitId, PushSummary* out, QString* error)
{
    *out = {};
    Pusher pusher(file, server, unitId, out);
    QString reason;
    if (!pusher.run(&reason)) {
        *error = reason;
        *out = {};
        return false;
    }
    return true;
}

} // namespace ServerPush
