#include "BenchFigures.h"
#include "BenchSize.h"
#include "ServerTestDb.h"

#include "server/ServerActivities.h"
#include "server/ServerActivityEdit.h"

#include <QCryptographicHash>
#include <QtTest>

#include <algorithm>

// Shared mode's figures on a real server over its local socket (the pg_cluster fixture, or
// CP_TEST_PG_SOCKET with PGPASSWORD for cp_admin): a county opening its 10 000 activities through
// row-level security, one versioned edit's round trip, and a province reading 100 units × 1 000
// activities for its consolidated view. Small (CP_BENCH_SMALL): 1 000, and 5 units × 100.
class BenchServer : public QObject
{
    Q_OBJECT

    ServerTestDb m_db{"cp_bench_"};
    const int m_units = benchSmall() ? 5 : 100;
    const int m_perUnit = benchSmall() ? 100 : 1000;
    const int m_countyRows = benchSmall() ? 1000 : 10000;
    QString m_county = m_db.role("county"), m_province = m_db.role("province");

    // Every column of every activity the connection may read, as the table model would hold them.
    static qint64 readAll(QSqlDatabase& db, QString* error)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, uuid, unit_id, title, description, location, owner, phone, "
                                   "start_date, end_date, deadline, status, progress, notes, created_ms, "
                                   "updated_ms, row_version FROM activity ORDER BY unit_id, id"))) {
            *error = q.lastError().text();
            return -1;
        }
        QList<QVariantList> rows;
        while (q.next()) {
            QVariantList row;
            row.reserve(17);
            for (int i = 0; i < 17; ++i)
                row << q.value(i);
            rows << row;
        }
        return rows.size();
    }

    // The uuid the data below gives the first county's activity `i` (md5(name-i) as a uuid).
    static QUuid countyUuid(int i)
    {
        return QUuid::fromRfc4122(
            QCryptographicHash::hash(QStringLiteral("县0-%1").arg(i).toUtf8(), QCryptographicHash::Md5));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QSqlDatabase& admin = m_db.admin();
        QVERIFY(
            ServerAdmin::addUnit(admin, QStringLiteral("省"), QStringLiteral("province"), QString(), &error));
        QVERIFY(ServerAdmin::addUnit(admin, QStringLiteral("市"), QStringLiteral("prefecture"),
                                     QStringLiteral("省"), &error));
        for (int u = 0; u < m_units; ++u)
            QVERIFY2(ServerAdmin::addUnit(admin, QStringLiteral("县%1").arg(u), QStringLiteral("county"),
                                          QStringLiteral("市"), &error),
                     qPrintable(error));
        QVERIFY(ServerAdmin::addUser(admin, m_county, QStringLiteral("县0"), ServerTestDb::password(m_county),
                                     &error));
        QVERIFY(ServerAdmin::addUser(admin, m_province, QStringLiteral("省"),
                                     ServerTestDb::password(m_province), &error));
        QSqlQuery q(admin);
        // The county of the first figure has m_countyRows; the others m_perUnit each.
        QVERIFY2(
            q.exec(
                QStringLiteral(
                    "INSERT INTO activity (uuid, unit_id, title, description, location, owner, start_date, "
                    "end_date, status, progress, notes, created_ms, updated_ms) "
                    "SELECT md5(u.name || '-' || i)::uuid::text, u.id, '质量月活动 ' || i, "
                    "'组织开展质量宣传、咨询和检查活动，"
                    "发放宣传资料，接受群众咨询。', '县政府广场', '张三', '2025-09-01', '2025-09-30', i % 4, "
                    "(i * 7) % 101, '', 0, 0 FROM unit u, generate_series(1, CASE WHEN u.name = '县0' "
                    "THEN %1 ELSE %2 END) i WHERE u.level = 'county'")
                    .arg(m_countyRows)
                    .arg(m_perUnit)),
            qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("ANALYZE")));
    }

    void openUnit()
    {
        QString error;
        {
            QSqlDatabase db = m_db.as(m_county, QStringLiteral("county"));
            QVERIFY(db.isOpen());
            BenchTimer cold;
            QCOMPARE(readAll(db, &error), qint64(m_countyRows));
            benchRecord(QStringLiteral("server: open a unit of %1 activities, first").arg(m_countyRows),
                        cold);
            BenchTimer warm;
            QCOMPARE(readAll(db, &error), qint64(m_countyRows));
            benchRecord(QStringLiteral("server: open a unit of %1 activities").arg(m_countyRows), warm);
        }
        ServerConnection::close(QStringLiteral("county"));
    }

    void editRoundTrip()
    {
        const int edits = benchSmall() ? 20 : 200;
        QString error;
        {
            QSqlDatabase db = m_db.as(m_county, QStringLiteral("county"));
            QList<double> wall, cpu;
            for (int i = 0; i < edits; ++i) {
                const QString uuid = countyUuid(1 + i % m_countyRows).toString(QUuid::WithoutBraces);
                ServerActivityEdit::Row row, now;
                bool found = false;
                QVERIFY2(
                    ServerActivityEdit::read(db, uuid, {QStringLiteral("progress")}, &row, &found, &error),
                    qPrintable(error));
                QVERIFY(found);
                ServerActivityEdit::Outcome outcome;
                BenchTimer timer;
                QVERIFY2(ServerActivityEdit::update(db, uuid, row.version,
                                                    {{QStringLiteral("progress"), i % 101}}, &outcome, &now,
                                                    &error),
                         qPrintable(error));
                wall << timer.wallMs();
                cpu << timer.cpuMs();
                QCOMPARE(outcome, ServerActivityEdit::Outcome::Saved);
            }
            std::sort(wall.begin(), wall.end());
            std::sort(cpu.begin(), cpu.end());
            benchRecord(QStringLiteral("server: one edit round trip, median of %1").arg(edits),
                        wall.at(edits / 2), cpu.at(edits / 2));
            benchRecord(QStringLiteral("server: one edit round trip, 95th percentile"),
                        wall.at(edits * 95 / 100), cpu.at(edits * 95 / 100));
        }
        ServerConnection::close(QStringLiteral("county"));
    }

    // The window's edit: the whole activity with its assisting departments and figures, under the
    // version read, in one transaction (what an edit in the table over a server costs).
    void windowEditRoundTrip()
    {
        const int edits = benchSmall() ? 20 : 200;
        QString error;
        {
            QSqlDatabase db = m_db.as(m_county, QStringLiteral("county"));
            const int unit =
                m_db.adminValue(QStringLiteral("SELECT id FROM unit WHERE name = '县0'")).toInt();
            ServerActivities::Versions versions;
            QVERIFY2(ServerActivities::versions(db, unit, 0, &versions, &error), qPrintable(error));
            QList<double> wall, cpu;
            for (int i = 0; i < edits; ++i) {
                const QUuid uuid = countyUuid(1 + i % m_countyRows);
                QList<ServerActivities::Versioned> now;
                QVERIFY2(ServerActivities::read(db, unit, {uuid}, &now, &error), qPrintable(error));
                QCOMPARE(now.size(), 1);
                ServerActivities::Write write;
                Activity a = now.first().activity;
                a.progress = i % 101;
                a.updated = QDateTime::currentDateTimeUtc();
                write.updated << a;
                QList<ServerActivities::Conflict> conflicts;
                BenchTimer timer;
                QVERIFY2(ServerActivities::write(db, unit, write, &versions, &conflicts, &error),
                         qPrintable(error));
                wall << timer.wallMs();
                cpu << timer.cpuMs();
                QVERIFY(conflicts.isEmpty());
            }
            std::sort(wall.begin(), wall.end());
            std::sort(cpu.begin(), cpu.end());
            benchRecord(QStringLiteral("server: the window's whole-activity edit, median of %1").arg(edits),
                        wall.at(edits / 2), cpu.at(edits / 2));
            benchRecord(QStringLiteral("server: the window's whole-activity edit, 95th percentile"),
                        wall.at(edits * 95 / 100), cpu.at(edits * 95 / 100));
        }
        ServerConnection::close(QStringLiteral("county"));
    }

    void provinceConsolidated()
    {
        const qint64 expected = qint64(m_units - 1) * m_perUnit + m_countyRows;
        QString error;
        {
            QSqlDatabase db = m_db.as(m_province, QStringLiteral("province"));
            for (const char* pass : {", first", ""}) {
                BenchTimer timer;
                QCOMPARE(readAll(db, &error), expected);
                // The consolidated view's figures per unit and status, computed by the server.
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT unit_id, status, count(*), avg(progress) FROM activity "
                                              "GROUP BY unit_id, status")));
                int groups = 0;
                while (q.next())
                    ++groups;
                QCOMPARE(groups, m_units * 4);
                benchRecord(QStringLiteral("server: province reads %1 units, %2 activities%3")
                                .arg(m_units)
                                .arg(expected)
                                .arg(QLatin1String(pass)),
                            timer);
            }
        }
        ServerConnection::close(QStringLiteral("province"));
    }

    void cleanupTestCase() { m_db.close(); }
};

QTEST_GUILESS_MAIN(BenchServer)
#include "bench_server.moc"
