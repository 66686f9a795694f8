#include "BenchFigures.h"
#include "BenchSize.h"
#include "ServerTestDb.h"

#include "ConsolidatedReport.h"
#include "ServerConsolidated.h"
#include "server/ServerConsolidationRows.h"
#include "server/ServerPush.h"
#include "storage/CampaignFile.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"
#include "storage/ProfileRepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

// The province's consolidated view over the shared server (issue 14's figure): 100 county units of
// 1 000 activities each, pushed from generated files as their users would, then read by the province
// in one snapshot with every unit's figures computed (ServerConsolidated::load), one unit read again
// (what the live view does on another user's change), and the 汇总报告 written as PDF and XLSX, in
// this process and through the command line as users run it (/usr/bin/time: wall, CPU, peak memory).
// Small (CP_BENCH_SMALL): 4 units × 50 activities.
class BenchConsolidatedServer : public QObject
{
    Q_OBJECT

    ServerTestDb m_db{"cp_bench_cons_"};
    QTemporaryDir m_dir;
    const int m_units = benchSmall() ? 4 : 100;
    const int m_perUnit = benchSmall() ? 50 : 1000;
    const QDate m_today{2021, 9, 20};
    QString m_province = m_db.role("province");
    int m_firstCounty = 0;

    static QString load() // the machine's load, for the figures' context
    {
        QFile f(QStringLiteral("/proc/loadavg"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readLine()).section(QLatin1Char(' '), 0, 2)
                                           : QStringLiteral("?");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QSqlDatabase& admin = m_db.admin();
        QVERIFY(ServerAdmin::addUnit(admin, QStringLiteral("某省"), QStringLiteral("province"), QString(),
                                     &error));
        QVERIFY(ServerAdmin::addUser(admin, m_province, QStringLiteral("某省"),
                                     ServerTestDb::password(m_province), &error));
        BenchTimer setup;
        for (int u = 0; u < m_units; ++u) {
            const QString prefecture = QStringLiteral("第%1市").arg(u / 10 + 1);
            if (u % 10 == 0)
                QVERIFY2(ServerAdmin::addUnit(admin, prefecture, QStringLiteral("prefecture"),
                                              QStringLiteral("某省"), &error),
                         qPrintable(error));
            const QString county = QStringLiteral("第%1县").arg(u + 1);
            const QString role = m_db.role(qPrintable(QStringLiteral("c%1").arg(u + 1)));
            QVERIFY2(ServerAdmin::addUnit(admin, county, QStringLiteral("county"), prefecture, &error) &&
                         ServerAdmin::addUser(admin, role, county, ServerTestDb::password(role), &error),
                     qPrintable(error));
            const int unitId =
                m_db.adminValue(QStringLiteral("SELECT id FROM unit WHERE name = '%1'").arg(county)).toInt();
            if (u == 0)
                m_firstCounty = unitId;
            const QString file = m_dir.filePath(QStringLiteral("c%1.campaign").arg(u));
            {
                std::unique_ptr<Database> db = CampaignFile::createForYear(file, 2021, &error);
                QVERIFY2(db && DemoGenerator::populate(*db, m_perUnit, quint32(u + 1), &error),
                         qPrintable(error));
                UnitProfile profile;
                profile.name = county;
                QVERIFY2(ProfileRepository(*db).save(profile, &error), qPrintable(error));
                {
                    QSqlDatabase server = m_db.as(role, QStringLiteral("push"));
                    PushSummary summary;
                    QVERIFY2(ServerPush::push(*db, server, unitId, &summary, &error), qPrintable(error));
                }
                ServerConnection::close(QStringLiteral("push"));
            }
            QFile::remove(file);
        }
        QSqlQuery q(admin);
        QVERIFY(q.exec(QStringLiteral("ANALYZE")));
        qInfo("set-up: %d units × %d activities pushed in %.1f s", m_units, m_perUnit, setup.wallMs() / 1000);
    }

    void readConsolidation()
    {
        QString error;
        {
            QSqlDatabase db = m_db.as(m_province, QStringLiteral("province"));
            for (const char* pass : {", first", ""}) {
                const QString before = load();
                BenchTimer timer;
                ConsolidatedInput input;
                QStringList withoutData;
                QVERIFY2(ServerConsolidated::load(db, 2021, m_today, &input, &withoutData, &error),
                         qPrintable(error));
                const double wall = timer.wallMs(), cpu = timer.cpuMs();
                QCOMPARE(input.subordinates.size(), m_units);
                qint64 activities = 0;
                for (const ConsolidatedUnit& u : std::as_const(input.subordinates))
                    activities += u.activities.size();
                QCOMPARE(activities, qint64(m_units) * m_perUnit);
                benchRecord(QStringLiteral("server: province's consolidation, %1 units × %2 activities%3")
                                .arg(m_units)
                                .arg(m_perUnit)
                                .arg(QLatin1String(pass)),
                            wall, cpu);
                qInfo("  load %s → %s", qPrintable(before), qPrintable(load()));
            }
            // What the live view does when another user changes one unit.
            QList<double> wall, cpu;
            for (int i = 0; i < 20; ++i) {
                BenchTimer timer;
                ServerConsolidationRows::Rows rows;
                QVERIFY2(ServerConsolidationRows::read(db, {2021, {m_firstCounty}, false}, &rows, &error),
                         qPrintable(error));
                const ServerConsolidated::Parts parts = ServerConsolidated::parts(rows, m_today);
                QCOMPARE(parts.below.size(), 1);
                wall << timer.wallMs();
                cpu << timer.cpuMs();
            }
            std::sort(wall.begin(), wall.end());
            std::sort(cpu.begin(), cpu.end());
            benchRecord(QStringLiteral("server: one unit of %1 read again (median of 20)").arg(m_perUnit),
                        wall.at(10), cpu.at(10));
        }
        ServerConnection::close(QStringLiteral("province"));
    }

    void exportReport()
    {
        QString error;
        ConsolidatedInput input;
        {
            QSqlDatabase db = m_db.as(m_province, QStringLiteral("province"));
            QVERIFY2(ServerConsolidated::load(db, 2021, m_today, &input, nullptr, &error), qPrintable(error));
        }
        ServerConnection::close(QStringLiteral("province"));
        for (const auto& [format, suffix] : {std::pair{ConsolidatedReport::Format::Pdf, "pdf"},
                                             std::pair{ConsolidatedReport::Format::Xlsx, "xlsx"}}) {
            const QString out = m_dir.filePath(QStringLiteral("report.") + QLatin1String(suffix));
            BenchTimer timer;
            QVERIFY2(ConsolidatedReport::writeAs(input, format, out, &error), qPrintable(error));
            benchRecord(QStringLiteral("server: 汇总报告 .%1 of %2 units written")
                            .arg(QLatin1String(suffix))
                            .arg(m_units),
                        timer);
        }
    }

    // The command as users run it, in a process of its own: its peak memory is its own.
    void exportCommand()
    {
        const QString app = qEnvironmentVariable("CP_BINARY");
        if (app.isEmpty() || !QFile::exists(QStringLiteral("/usr/bin/time")))
            QSKIP("CP_BINARY (the campaign-planner binary) and /usr/bin/time are needed");
        const QString url =
            QStringLiteral("postgresql://%1@%2/%3")
                .arg(m_province, QString::fromLatin1(QUrl::toPercentEncoding(m_db.socket())), m_db.name());
        for (const char* format : {"pdf", "xlsx"}) {
            const QString out = m_dir.filePath(QStringLiteral("cli.") + QLatin1String(format));
            const QString times = m_dir.filePath(QStringLiteral("time.txt"));
            QProcess p;
            p.setProgram(QStringLiteral("/usr/bin/time"));
            p.setArguments({QStringLiteral("-v"), QStringLiteral("-o"), times, app, QStringLiteral("export"),
                            url, QStringLiteral("--kind"), QStringLiteral("consolidated"),
                            QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"), out,
                            QStringLiteral("--campaign"), QStringLiteral("2021"),
                            QStringLiteral("--password-stdin")});
            const QString before = load();
            p.start();
            p.write((ServerTestDb::password(m_province) + QLatin1Char('\n')).toUtf8());
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(600000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QFile f(times);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto field = [&](const char* label) {
                const qsizetype at = text.indexOf(QLatin1String(label));
                return at < 0 ? QString()
                              : text.mid(at + qsizetype(strlen(label)))
                                    .section(QLatin1Char('\n'), 0, 0)
                                    .trimmed();
            };
            qInfo("server: export --kind consolidated --format %s (command line): wall %s, CPU %.2f s, peak "
                  "%lld MB, "
                  "load %s → %s",
                  format, qPrintable(field("Elapsed (wall clock) time (h:mm:ss or m:ss):")),
                  field("User time (seconds):").toDouble() + field("System time (seconds):").toDouble(),
                  field("Maximum resident set size (kbytes):").toLongLong() / 1024, qPrintable(before),
                  qPrintable(load()));
        }
    }

    void cleanupTestCase() { m_db.close(); }
};

QTEST_MAIN(BenchConsolidatedServer) // the PDF needs fonts, so a GUI application
#include "bench_consolidated_server.moc"
