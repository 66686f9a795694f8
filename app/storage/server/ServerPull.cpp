#include "server/ServerPull.h"

#include "evidence/MediaStore.h"
#include "server/ServerTables.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <filesystem>

namespace {

using ServerTables::Table;
using ServerTables::Type;

QString serverFailure(const QSqlQuery& q)
{
    const QString text = q.lastError().databaseText().trimmed();
    return text.isEmpty() ? q.lastError().text() : text;
}

// The rows pull takes: activities written before schema step 3 have no campaign and no place in a file.
QString unitFilter(const Table& table)
{
    if (table.name == QLatin1String("activity"))
        return QStringLiteral(" AND campaign_id IS NOT NULL");
    for (const ServerTables::Column& c : table.columns)
        if (c.references == QLatin1String("activity"))
            return QStringLiteral(" AND %1 IN (SELECT id FROM activity WHERE campaign_id IS NOT NULL)")
                .arg(c.server);
    return {};
}

// An evidence file's pieces on the server as one stream, fetched one piece at a time.
class ChunkReader : public QIODevice
{
public:
    ChunkReader(const QSqlDatabase& server, int unitId, const QString& sha256, int chunks)
        : m_query(server), m_unit(unitId), m_sha(sha256), m_chunks(chunks)
    {
        m_prepared = m_query.prepare(
            QStringLiteral("SELECT bytes FROM evidence_chunk WHERE unit_id = ? AND sha256 = ? AND seq = ?"));
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        while (m_offset >= m_piece.size()) {
            if (m_next >= m_chunks)
                return 0;
            if (!m_prepared) {
                setErrorString(serverFailure(m_query));
                return -1;
            }
            m_query.addBindValue(m_unit);
            m_query.addBindValue(m_sha);
            m_query.addBindValue(m_next);
            if (!m_query.exec() || !m_query.next()) {
                setErrorString(
                    m_query.lastError().isValid()
                        ? serverFailure(m_query)
                        : QCoreApplication::translate("ServerPull", "piece %1 is missing").arg(m_next));
                return -1;
            }
            m_piece = m_query.value(0).toByteArray();
            m_query.finish();
            m_offset = 0;
            ++m_next;
        }
        const qint64 n = std::min<qint64>(maxSize, m_piece.size() - m_offset);
        std::memcpy(data, m_piece.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    int m_unit = 0;
    QString m_sha;
    int m_chunks = 0;
    int m_next = 0;
    QByteArray m_piece;
    qint64 m_offset = 0;
};

void removeFileAndCompanions(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

class Puller
{
public:
    Puller(QSqlDatabase& server, int unitId, PullSummary* out) : m_server(server), m_unit(unitId), m_out(out)
    {}

    bool run(const QString& target, bool replace, QString* error)
    {
        if (!replace && QFileInfo::exists(target)) {
            *error =
                QCoreApplication::translate(
                    "ServerPull", "%1 already exists; pull never overwrites a file unless told to (--force)")
                    .arg(target);
            return false;
        }
        // A snapshot: rows another user writes meanwhile are either all in the file or not at all.
        if (!m_server.transaction()) {
            *error = m_server.lastError().text();
            return false;
        }
        const bool ok = snapshot(error) && build(target, replace, error);
        m_server.rollback(); // read only: nothing to keep
        return ok;
    }

private:
    bool snapshot(QString* error)
    {
        QSqlQuery q(m_server);
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))) {
            *error = serverFailure(q);
            return false;
        }
        q.prepare(QStringLiteral("SELECT count(*) FROM campaign WHERE unit_id = ?"));
        q.addBindValue(m_unit);
        if (!q.exec() || !q.next()) {
            *error = serverFailure(q);
            return false;
        }
        if (q.value(0).toLongLong() == 0) {
            *error = QCoreApplication::translate(
                "ServerPull",
                "the unit has no campaign data on the server yet (campaign-planner push FILE ADDRESS "
                "uploads a file)");
            return false;
        }
        return true;
    }

    bool build(const QString& target, bool replace, QString* error)
    {
        const QString temporary = target + QStringLiteral(".pulling");
        removeFileAndCompanions(temporary);
        MediaStore media(target);
        QStringList added; // evidence this pull stored, removed again on failure
        const auto undo = [&] {
            removeFileAndCompanions(temporary);
            QString ignored;
            for (const QString& sha : std::as_const(added))
                (void)media.remove(sha, &ignored);
        };
        {
            std::unique_ptr<Database> db = Database::create(temporary, error);
            if (!db)
                return false;
            const bool ok = Transaction::run(db->connection(), error, [&] {
                for (const Table& table : ServerTables::all())
                    if (!copyTable(*db, table, error))
                        return false;
                return copyProfile(*db, error);
            });
            if (!ok || !fetchEvidence(*db, &media, &added, error)) {
                db.reset();
                undo();
                return false;
            }
        } // closing checkpoints the WAL into the file, so the rename moves everything
        QFile::remove(temporary + QStringLiteral("-wal"));
        QFile::remove(temporary + QStringLiteral("-shm"));
        bool placed = false;
        if (replace) {
            // The old file's WAL must not be replayed onto the new one.
            QFile::remove(target + QStringLiteral("-wal"));
            QFile::remove(target + QStringLiteral("-shm"));
            std::error_code ec;
            std::filesystem::rename(temporary.toStdString(), target.toStdString(), ec);
            placed = !ec;
        } else {
            placed = !QFileInfo::exists(target) && QFile::rename(temporary, target); // rename never replaces
        }
        if (!placed) {
            undo();
            *error = QCoreApplication::translate("ServerPull", "%1 cannot be written")
                         .arg(QDir::toNativeSeparators(target));
            return false;
        }
        return true;
    }

    bool copyTable(const Database& db, const Table& table, QString* error)
    {
        QSqlQuery q(m_server);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE unit_id = ?%3%4")
                      .arg(ServerTables::serverColumns(table), table.name, unitFilter(table),
                           table.hasId ? QStringLiteral(" ORDER BY id") : QString()));
        q.addBindValue(m_unit);
        if (!q.exec()) {
            *error = QCoreApplication::translate("ServerPull", "cannot read %1 from the server: %2")
                         .arg(table.name, serverFailure(q));
            return false;
        }
        const int count = int(table.columns.size()) + (table.hasId ? 1 : 0);
        QStringList marks;
        for (int i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        const QByteArray sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table.name, ServerTables::localColumns(table), marks.join(QLatin1Char(',')))
                .toUtf8();
        SqliteStatement insert(db.connection(), sql.constData());
        if (!insert.isValid()) {
            *error = insert.errorString();
            return false;
        }
        static const QString empty = QStringLiteral(""); // not null: text columns are NOT NULL
        qint64 rows = 0;
        while (q.next()) {
            int column = 0;
            if (table.hasId) {
                insert.bind(1, q.value(0).toLongLong());
                ++column;
            }
            for (const ServerTables::Column& c : table.columns) {
                const QVariant v = q.value(column);
                ++column;
                if (v.isNull())
                    insert.bindNull(column);
                else if (c.type == Type::Integer)
                    insert.bind(column, v.toLongLong());
                else if (c.type == Type::Real)
                    insert.bind(column, v.toDouble());
                else if (const QString s = v.toString(); s.isEmpty())
                    insert.bind(column, empty);
                else
                    insert.bind(column, s);
            }
            if (!insert.exec()) {
                *error = QCoreApplication::translate("ServerPull", "cannot write %1 into the file: %2")
                             .arg(table.name, insert.errorString());
                return false;
            }
            ++rows;
        }
        if (q.lastError().isValid()) {
            *error = QCoreApplication::translate("ServerPull", "cannot read %1 from the server: %2")
                         .arg(table.name, serverFailure(q));
            return false;
        }
        if (table.name == QLatin1String("campaign"))
            m_out->campaigns = int(rows);
        else if (table.name == QLatin1String("activity"))
            m_out->activities = rows;
        return true;
    }

    // The profile the unit pushed; a unit that never pushed one is described by its unit row.
    bool copyProfile(const Database& db, QString* error)
    {
        QSqlQuery q(m_server);
        q.prepare(QStringLiteral(
            "SELECT p.name, p.region, p.level FROM unit_profile p WHERE p.unit_id = ? UNION ALL "
            "SELECT u.name, '', CASE u.level WHEN 'province' THEN 2 WHEN 'prefecture' THEN 1 ELSE 0 END "
            "FROM unit u WHERE u.id = ? AND NOT EXISTS (SELECT 1 FROM unit_profile WHERE unit_id = u.id)"));
        q.addBindValue(m_unit);
        q.addBindValue(m_unit);
        if (!q.exec()) {
            *error = serverFailure(q);
            return false;
        }
        if (!q.next())
            return true;
        QSqlQuery local(db.connection());
        local.prepare(QStringLiteral("UPDATE unit_profile SET name = ?, region = ?, level = ? WHERE id = 1"));
        local.addBindValue(q.value(0).toString());
        local.addBindValue(q.value(1).toString());
        local.addBindValue(q.value(2).toInt());
        if (!local.exec()) {
            *error = local.lastError().text();
            return false;
        }
        return true;
    }

    // One file at a time, streamed piece by piece into the media store, which hashes what it writes and
    // keeps it only when it matches the name, so a pulled file's evidence passes `check`.
    bool fetchEvidence(const Database& db, MediaStore* media, QStringList* added, QString* error)
    {
        QSqlQuery names(db.connection());
        if (!names.exec(
                QStringLiteral("SELECT sha256 FROM attachment UNION SELECT sha256 FROM sub_evidence"))) {
            *error = names.lastError().text();
            return false;
        }
        QStringList wanted;
        while (names.next())
            wanted << names.value(0).toString();
        for (const QString& sha : std::as_const(wanted)) {
            QSqlQuery q(m_server);
            q.prepare(
                QStringLiteral("SELECT size, chunks FROM evidence_blob WHERE unit_id = ? AND sha256 = ?"));
            q.addBindValue(m_unit);
            q.addBindValue(sha);
            if (!q.exec()) {
                *error = QCoreApplication::translate("ServerPull",
                                                     "cannot read the evidence file %1 from the server: %2")
                             .arg(sha.left(12), serverFailure(q));
                return false;
            }
            if (!q.next()) {
                *error = QCoreApplication::translate("ServerPull",
                                                     "the server has no content for the evidence file %1")
                             .arg(sha.left(12));
                return false;
            }
            const qint64 size = q.value(0).toLongLong();
            ChunkReader reader(m_server, m_unit, sha, q.value(1).toInt());
            reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            MediaStore::Added result;
            QString reason;
            if (!media->add(&reader, &result, &reason, sha, size)) {
                *error = QCoreApplication::translate("ServerPull",
                                                     "cannot read the evidence file %1 from the server: %2")
                             .arg(sha.left(12), reason);
                return false;
            }
            if (result.created)
                *added << sha;
            ++m_out->evidenceFiles;
            m_out->evidenceBytes += result.size;
        }
        return true;
    }

    QSqlDatabase& m_server;
    int m_unit = 0;
    PullSummary* m_out = nullptr;
};

} // namespace

namespace ServerPull {

bool pull(QSqlDatabase& server, int unitId, const QString& target, bool replace, PullSummary* out,
          QString* error)
{
    *out = {};
    Puller puller(server, unitId, out);
    QString reason;
    if (!puller.run(QFileInfo(target).absoluteFilePath(), replace, &reason)) {
        *error = reason;
        *out = {};
        return false;
    }
    return true;
}

} // namespace ServerPull
