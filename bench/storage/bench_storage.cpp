// Storage with 100 000 activities: loading a campaign's plan, saving one edit, generating the file.
// Run: bench_storage [-iterations N]. The file is made once per run in a temporary folder, or
// CP_BENCH_FILE names one to make once and reuse (handy under valgrind --tool=callgrind).
#include "ActivityRepository.h"
#include "BenchSize.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "SnapshotLoader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class BenchStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    const int kActivities = benchRows(100000, 500);

private slots:
    void initTestCase()
    {
        m_path = qEnvironmentVariable("CP_BENCH_FILE", m_dir.filePath(QStringLiteral("bench.campaign")));
        if (QFile::exists(m_path))
            return;
        QString error;
        auto db = CampaignFile::createDefault(m_path, &error);
        QVERIFY2(db && DemoGenerator::populate(*db, kActivities, 1, &error), qPrintable(error));
    }

    void openFile()
    {
        QString error;
        QBENCHMARK
        {
            auto db = Database::open(m_path, &error);
            QVERIFY(db);
        }
    }

    void loadAllActivities()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        ActivityRepository repo(*db);
        QList<Activity> all;
        QBENCHMARK
        {
            if (!repo.loadAll(0, &all, &error))
                QFAIL(qPrintable(error));
        }
        QCOMPARE(all.size(), kActivities);
    }

    void saveOneEdit()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        ActivityRepository repo(*db);
        QList<Activity> all;
        QVERIFY2(repo.loadAll(0, &all, &error), qPrintable(error));
        Activity a = all[kActivities / 2];
        int n = 0;
        QBENCHMARK
        {
            a.progress = (++n) % 100;
            QVERIFY2(repo.update(a, &error), qPrintable(error));
        }
    }

    void generateTenThousand()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        CampaignSnapshot base;
        QVERIFY(SnapshotLoader::load(*db, 0, &base, &error));
        base.activities.clear();
        QBENCHMARK
        {
            QList<Activity> generated = DemoGenerator::generate(base, 10000, 9);
            QCOMPARE(generated.size(), 10000);
        }
    }
};

QTEST_GUILESS_MAIN(BenchStorage)
#include "bench_storage.moc"
