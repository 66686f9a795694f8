#include "ActivityRepository.h"
#include "AttachmentRepository.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "EvidenceFiles.h"
#include "IntegrityCheck.h"
#include "MediaStore.h"
#include "PhotoDate.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

namespace {
// A minimal EXIF block (big-endian TIFF) whose Exif IFD holds DateTimeOriginal.
QByteArray exifApp1(const QByteArray& stamp)
{
    QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08", 8);
    auto u16 = [&](int v) { tiff.append(char(v >> 8)).append(char(v & 0xff)); };
    auto u32 = [&](quint32 v) {
        for (int s = 24; s >= 0; s -= 8)
            tiff.append(char((v >> s) & 0xff));
    };
    u16(1); // IFD0: one entry
    u16(0x8769);
    u16(4);
    u32(1);
    u32(26); // ExifIFD pointer → offset 26
    u32(0);
    u16(1); // Exif IFD at 26: one entry
    u16(0x9003);
    u16(2);
    u32(20);
    u32(44); // DateTimeOriginal, 20 ASCII bytes at 44
    u32(0);
    tiff.append(stamp).append('\0');
    QByteArray seg = QByteArray("Exif\0\0", 6) + tiff;
    const int length = int(seg.size()) + 2;
    return QByteArray("\xff\xe1", 2) + char(length >> 8) + char(length & 0xff) + seg;
}

QByteArray jpeg(QColor colour)
{
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG");
    return bytes;
}

QString write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

int storedFiles(const QString& root)
{
    int n = 0;
    for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++n;
    return n;
}
} // namespace

// Attachments and the media store: content stored once, failures leave nothing, EXIF dates read.
class TestEvidenceStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Activity> m_activities;

private slots:
    void init()
    {
        m_db.reset();
        const QString path =
            m_dir.filePath(QStringLiteral("%1.campaign").arg(QLatin1String(QTest::currentTestFunction())));
        QString error;
        m_db = CampaignFile::createDefault(path, &error);
        QVERIFY2(m_db, qPrintable(error));
        QVERIFY(DemoGenerator::populate(*m_db, 3, 1, &error));
        QVERIFY(ActivityRepository(*m_db).loadAll(0, &m_activities, &error));
        QCOMPARE(m_activities.size(), 3);
    }

    void identicalContentIsStoredOnce()
    {
        const QString a = write(m_dir.filePath(QStringLiteral("甲.jpg")), jpeg(Qt::red));
        const QString b = write(m_dir.filePath(QStringLiteral("乙.jpg")), jpeg(Qt::red));
        QList<Attachment> rows;
        QString error;
        QVERIFY2(
            EvidenceFiles::attach(*m_db, m_activities[0].id, {a, b}, QStringLiteral("李四"), &rows, &error),
            qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].sha256, rows[1].sha256);
        QCOMPARE(
            rows[0].sha256,
            QString::fromLatin1(QCryptographicHash::hash(jpeg(Qt::red), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(rows[0].addedBy, QStringLiteral("李四"));
        QCOMPARE(rows[0].caption, QStringLiteral("甲"));
        const MediaStore store(m_db->path());
        QCOMPARE(storedFiles(store.root()), 1);
        QList<Attachment> back;
        QVERIFY(AttachmentRepository(*m_db).forActivity(m_activities[0].id, &back, &error));
        QCOMPARE(back, rows);

        // A detach removes the row only (it can be undone); collecting removes content once nothing
        // names it any more.
        QVERIFY(EvidenceFiles::detach(*m_db, rows[0], &error));
        int removed = -1;
        QVERIFY(EvidenceFiles::collectUnreferenced(*m_db, &removed, &error));
        QCOMPARE(removed, 0);
        QVERIFY(store.contains(rows[1].sha256));
        QVERIFY(EvidenceFiles::detach(*m_db, rows[1], &error));
        QVERIFY(store.contains(rows[1].sha256));
        QVERIFY(EvidenceFiles::collectUnreferenced(*m_db, &removed, &error));
        QCOMPARE(removed, 1);
        QVERIFY(!store.contains(rows[1].sha256));
    }

    // Save As: the copy gets the content its rows name (hard links here), not what nothing names, and
    // passes the check on its own.
    void saveCopyCarriesMedia()
    {
        QString error;
        QList<Attachment> rows;
        QVERIFY2(EvidenceFiles::attach(*m_db, m_activities[0].id,
                                       {write(m_dir.filePath(QStringLiteral("会场.jpg")), jpeg(Qt::cyan)),
                                        write(m_dir.filePath(QStringLiteral("方案.pdf")), "%PDF-1.4 plan")},
                                       QString(), &rows, &error),
                 qPrintable(error));
        QList<Attachment> dropped;
        QVERIFY(EvidenceFiles::attach(*m_db, m_activities[1].id,
                                      {write(m_dir.filePath(QStringLiteral("旧.png")), "old")}, QString(),
                                      &dropped, &error));
        QVERIFY(EvidenceFiles::detach(*m_db, dropped[0], &error));

        const QString copy = m_dir.filePath(QStringLiteral("副本/另存.campaign"));
        QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
        QStringList names;
        QVERIFY(EvidenceFiles::referencedContent(*m_db, &names, &error));
        QCOMPARE(names.size(), 2);
        qint64 lastDone = -1, lastTotal = -1;
        QVERIFY2(EvidenceFiles::copyMedia(
                     m_db->path(), copy, names,
                     [&](qint64 done, qint64 total) {
                         lastDone = done;
                         lastTotal = total;
                         return true;
                     },
                     &error),
                 qPrintable(error));
        QCOMPARE(lastDone, lastTotal);
        QVERIFY(m_db->saveCopyAs(copy, &error));
        QCOMPARE(storedFiles(MediaStore::rootFor(copy)), 2);
        const MediaStore copied(copy);
        QVERIFY(copied.contains(rows[0].sha256));
        QVERIFY(!copied.contains(dropped[0].sha256));
        const IntegrityReport report = IntegrityCheck::run(copy);
        QVERIFY2(report.healthy, qPrintable(report.reason));
        QCOMPARE(report.media.referenced, 2);
        QCOMPARE(report.media.unreferenced, 0);

        // A cancelled copy leaves the target's media folder as it was.
        const QString other = m_dir.filePath(QStringLiteral("cancelled.campaign"));
        QVERIFY(!EvidenceFiles::copyMedia(
            m_db->path(), other, names, [](qint64, qint64) { return false; }, &error));
        QCOMPARE(storedFiles(MediaStore::rootFor(other)), 0);
    }

    // `check` reads every named file back: a missing or changed file makes the file unhealthy, and
    // files nothing names are counted but harmless.
    void checkVerifiesMedia()
    {
        QString error;
        QList<Attachment> rows;
        QVERIFY(EvidenceFiles::attach(*m_db, m_activities[0].id,
                                      {write(m_dir.filePath(QStringLiteral("a.jpg")), jpeg(Qt::red)),
                                       write(m_dir.filePath(QStringLiteral("b.jpg")), jpeg(Qt::blue)),
                                       write(m_dir.filePath(QStringLiteral("c.pdf")), "%PDF c")},
                                      QString(), &rows, &error));
        QVERIFY(EvidenceFiles::detach(*m_db, rows[2], &error));
        IntegrityReport report = IntegrityCheck::run(m_db->path());
        QVERIFY2(report.healthy, qPrintable(report.reason));
        QCOMPARE(report.media.referenced, 2);
        QCOMPARE(report.media.unreferenced, 1);

        const QString damaged = EvidenceFiles::pathOf(*m_db, rows[1]);
        QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner);
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(10);
        f.write("X");
        f.close();
        report = IntegrityCheck::run(m_db->path());
        QVERIFY(!report.healthy);
        QCOMPARE(report.media.damaged, QStringList{rows[1].sha256});
        QVERIFY2(report.reason.contains(rows[1].sha256), qPrintable(report.reason));

        QVERIFY(QFile::remove(EvidenceFiles::pathOf(*m_db, rows[0])));
        report = IntegrityCheck::run(m_db->path());
        QVERIFY(!report.healthy);
        QCOMPARE(report.media.missing, QStringList{rows[0].sha256});
        QVERIFY2(report.reason.contains(QLatin1String("missing")), qPrintable(report.reason));
    }

    void unknownTypeRefusedBeforeCopying()
    {
        const QString ok = write(m_dir.filePath(QStringLiteral("ok.pdf")), "%PDF");
        const QString bad = write(m_dir.filePath(QStringLiteral("virus.exe")), "MZ");
        QString error;
        QVERIFY(!EvidenceFiles::attach(*m_db, m_activities[0].id, {ok, bad}, QString(), nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("virus.exe")), qPrintable(error));
        QCOMPARE(storedFiles(MediaStore(m_db->path()).root()), 0);
        QList<Attachment> left;
        QVERIFY(AttachmentRepository(*m_db).forActivity(m_activities[0].id, &left, &error));
        QVERIFY(left.isEmpty());
    }

    void missingActivityOrFileRefused()
    {
        QString error;
        const QString ok = write(m_dir.filePath(QStringLiteral("ok.png")), "png");
        QVERIFY(!EvidenceFiles::attach(*m_db, 999999, {ok}, QString(), nullptr, &error));
        QVERIFY(!EvidenceFiles::attach(*m_db, m_activities[0].id,
                                       {m_dir.filePath(QStringLiteral("nope.jpg"))}, QString(), nullptr,
                                       &error));
        QVERIFY2(error.contains(QStringLiteral("nope.jpg")), qPrintable(error));
    }

    void kindsAndPhotoCounts()
    {
        QString error;
        QList<Attachment> rows;
        QVERIFY(EvidenceFiles::attach(*m_db, m_activities[1].id,
                                      {write(m_dir.filePath(QStringLiteral("v.MP4")), "video"),
                                       write(m_dir.filePath(QStringLiteral("d.xlsx")), "sheet"),
                                       write(m_dir.filePath(QStringLiteral("p.png")), "png")},
                                      QString(), &rows, &error));
        QCOMPARE(rows[0].kind, Attachment::Kind::Video);
        QCOMPARE(rows[1].kind, Attachment::Kind::Document);
        QCOMPARE(rows[2].kind, Attachment::Kind::Photo);
        QHash<qint64, int> counts;
        QVERIFY(AttachmentRepository(*m_db).photoCounts(m_activities[1].campaignId, &counts, &error));
        QCOMPARE(counts.value(m_activities[1].id), 1);
        QVERIFY(!counts.contains(m_activities[0].id));
    }

    void exifDateTaken()
    {
        QByteArray bytes = jpeg(Qt::blue);
        bytes.insert(2, exifApp1("2021:09:03 14:25:36"));
        QCOMPARE(PhotoDate::fromJpeg(bytes), QDateTime(QDate(2021, 9, 3), QTime(14, 25, 36)));
        QString error;
        QList<Attachment> rows;
        QVERIFY(EvidenceFiles::attach(*m_db, m_activities[2].id,
                                      {write(m_dir.filePath(QStringLiteral("x.jpg")), bytes)}, QString(),
                                      &rows, &error));
        QCOMPARE(rows[0].taken, QDateTime(QDate(2021, 9, 3), QTime(14, 25, 36)));
        QVERIFY(!PhotoDate::fromJpeg(jpeg(Qt::blue)).isValid()); // no EXIF
        QVERIFY(!PhotoDate::fromJpeg(bytes.left(30)).isValid()); // cut inside the block
        QVERIFY(!PhotoDate::fromJpeg("not a jpeg").isValid());
    }

    void storeRefusesMismatchAndOverlong()
    {
        MediaStore store(m_db->path());
        QByteArray data("some evidence");
        QBuffer in(&data);
        in.open(QIODevice::ReadOnly);
        MediaStore::Added added;
        QString error;
        QVERIFY(!store.add(&in, &added, &error, QString(64, QLatin1Char('0'))));
        in.seek(0);
        QVERIFY(!store.add(&in, &added, &error, {}, 4));
        QCOMPARE(storedFiles(store.root()), 0);
    }
};

QTEST_MAIN(TestEvidenceStorage) // QImage's JPEG plugin needs QGuiApplication
#include "tst_evidencestorage.moc"
