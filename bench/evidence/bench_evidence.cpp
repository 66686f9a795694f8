#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "AttachmentRepository.h"
#include "BenchSize.h"
#include "CampaignFile.h"
#include "Clock.h"
#include "ConsolidatedModel.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "EvidenceEditor.h"
#include "EvidenceFiles.h"
#include "IntegrityCheck.h"
#include "MediaFolder.h"
#include "PackageOverview.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Evidence at the size of a busy county: 100 000 activities, 2 000 attachments, 200 MB of media.
// Run by hand: build/bench/evidence/bench_evidence [-iterations N]
class BenchEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock{QDate(2021, 9, 15)};
    QList<Attachment> m_rows;
    static int media() { return benchSmall() ? 60 : 2000; }

    // Stores `count` files of `bytes` random bytes straight into the media folder and names each of
    // them in one attachment row, the way attach would have left them.
    void addMedia(Database& db, int count, qint64 bytes)
    {
        const QString root = MediaFolder::rootFor(m_path);
        QString error;
        QList<Activity> activities;
        {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT id FROM activity ORDER BY id LIMIT %1").arg(count));
            while (q.next()) {
                Activity a;
                a.id = q.value(0).toLongLong();
                activities << a;
            }
        }
        QList<Attachment> rows;
        QByteArray data(bytes, Qt::Uninitialized);
        for (int i = 0; i < count; ++i) {
            QRandomGenerator(i + 1).fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
            const QString sha =
                QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            const QString file = root + QLatin1Char('/') + MediaFolder::relativePath(sha);
            QDir().mkpath(QFileInfo(file).absolutePath());
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
                qFatal("cannot write %s", qPrintable(file));
            Attachment a;
            a.activityId = activities.at(i % activities.size()).id;
            a.sha256 = sha;
            a.fileName = QStringLiteral("现场照片%1.jpg").arg(i);
            a.size = bytes;
            rows << a;
        }
        if (!AttachmentRepository(db).insert(rows, &error))
            qFatal("%s", qPrintable(error));
        m_rows = rows;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("bench.campaign"));
        QString error;
        auto db = CampaignFile::createDefault(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(DemoGenerator::populate(*db, benchRows(100000, 300), 7, &error));
        addMedia(*db, media(), 100 * 1024); // 2 000 × 100 KiB = 200 MB
    }

    // `check`: SQLite's checks plus SHA-256 over every stored byte.
    void checkWholeFile()
    {
        IntegrityReport report;
        QBENCHMARK_ONCE
        {
            report = IntegrityCheck::run(m_path);
        }
        QVERIFY2(report.healthy, qPrintable(report.reason));
        QCOMPARE(report.media.referenced, media());
    }

    // Save As next to the file: hard links.
    void saveAsMediaLinked()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        QStringList names;
        QVERIFY2(EvidenceFiles::referencedContent(*db, &names, &error), qPrintable(error));
        int run = 0;
        QBENCHMARK
        {
            const QString target = m_dir.filePath(QStringLiteral("linked-%1.campaign").arg(run++));
            QVERIFY2(EvidenceFiles::copyMedia(m_path, target, names, {}, &error), qPrintable(error));
        }
    }

    // Save As onto another file system (/dev/shm): 200 MB really copied.
    void saveAsMediaCopied()
    {
        QTemporaryDir elsewhere(QStringLiteral("/dev/shm/cp-bench-XXXXXX"));
        QVERIFY2(elsewhere.isValid(), "this benchmark copies to /dev/shm, another file system");
        QString error;
        auto db = Database::open(m_path, &error);
        QStringList names;
        QVERIFY2(EvidenceFiles::referencedContent(*db, &names, &error), qPrintable(error));
        int run = 0;
        QBENCHMARK
        {
            const QString target = elsewhere.filePath(QStringLiteral("copy-%1.campaign").arg(run++));
            QVERIFY2(EvidenceFiles::copyMedia(m_path, target, names, {}, &error), qPrintable(error));
            QDir(MediaFolder::rootFor(target)).removeRecursively();
        }
    }

    // Detach 50 attachments and undo it, in the 100 000-activity workspace (one undo step each way).
    void detachAndUndo()
    {
        QString error;
        auto ws = Workspace::open(m_path, m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        EvidenceEditor evidence(*ws);
        QList<qint64> activities;
        for (const Attachment& a : m_rows.mid(0, 50))
            activities << a.activityId;
        QList<Attachment> withIds;
        QVERIFY(AttachmentRepository(ws->database()).forActivities(activities, &withIds, &error));
        QCOMPARE(withIds.size(), 50);
        QBENCHMARK
        {
            QVERIFY(evidence.detach(withIds, &error));
            ws->undoStack()->undo();
        }
    }

    // Delete 1 000 activities that carry 1 000 attachments, then undo (activities and attachment rows
    // restored in one transaction).
    void deleteWithEvidenceAndUndo()
    {
        QString error;
        auto ws = Workspace::open(m_path, m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        QList<qint64> ids;
        for (int i = 0; i < qMin(1000, ws->activityModel()->rowCount()); ++i)
            ids << ws->activityModel()->activityAt(i).id;
        QList<Attachment> rows;
        QVERIFY(AttachmentRepository(ws->database()).forActivities(ids, &rows, &error));
        const qsizetype evidence = rows.size();
        QVERIFY(evidence > 0);
        ActivityEditor editor(*ws);
        QBENCHMARK
        {
            QVERIFY(editor.remove(ids));
            ws->undoStack()->undo();
        }
        QVERIFY(AttachmentRepository(ws->database()).forActivities(ids, &rows, &error));
        QCOMPARE(rows.size(), evidence);
    }

    // What the package page reads each time it is shown: the outgoing package's size and the
    // consolidated rows (this unit summarised over 100 000 activities).
    void packagePageRefresh()
    {
        QString error;
        auto ws = Workspace::open(m_path, m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        ConsolidatedModel model;
        PackageOverview::Outgoing outgoing;
        QBENCHMARK
        {
            QVERIFY(PackageOverview::outgoing(*ws, &outgoing, &error));
            QVERIFY(PackageOverview::loadUnits(*ws, &model, &error));
        }
        QCOMPARE(outgoing.evidence, media());
    }

    // Closing the file collects what nothing names: 2 000 stored files, none unnamed.
    void collectOnClose()
    {
        QString error;
        auto db = Database::open(m_path, &error);
        int removed = -1;
        QBENCHMARK
        {
            QVERIFY(EvidenceFiles::collectUnreferenced(*db, &removed, &error));
        }
        QCOMPARE(removed, 0);
    }
};

QTEST_GUILESS_MAIN(BenchEvidence)
#include "bench_evidence.moc"
