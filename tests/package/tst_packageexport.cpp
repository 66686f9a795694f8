#include "PackageFixture.h"

#include "AttachmentRepository.h"
#include "CampaignSummary.h"
#include "ExportProgress.h"
#include "PackageManifest.h"
#include "ReportPhotos.h"
#include "SnapshotLoader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace PackageFixture;

// The package for the upper level: documents, evidence in readable folders, manifest with checksums.
class TestPackageExport : public QObject
{
    Q_OBJECT

private slots:
    void writesDocumentsEvidenceAndManifest()
    {
        QTemporaryDir dir;
        auto db =
            createUnit(dir.filePath(QStringLiteral("county.campaign")), QStringLiteral("某县市场监管局"), 6);
        const QList<Activity> acts = activities(*db);
        const QString photo = writeFile(dir.filePath(QStringLiteral("开幕式.jpg")), jpeg(Qt::red));
        const QString pdf = writeFile(dir.filePath(QStringLiteral("通知.pdf")), QByteArray("%PDF-1.4 test"));
        QString error;
        QVERIFY2(
            EvidenceFiles::attach(*db, acts[0].id, {photo, pdf}, QStringLiteral("张三"), nullptr, &error),
            qPrintable(error));
        const QString out = dir.filePath(QStringLiteral("包.zip"));
        QVERIFY2(exportPackage(*db, out, &error), qPrintable(error));

        const Entries entries = readZip(out);
        QMap<QString, QByteArray> byName;
        for (const auto& [name, bytes] : entries)
            byName.insert(name, bytes);
        QVERIFY(byName.contains(QStringLiteral("manifest.json")));
        QStringList names = byName.keys();
        QVERIFY(names.filter(QRegularExpression(QStringLiteral("^总结/.*\\.pdf$"))).size() == 1);
        QVERIFY(names.filter(QRegularExpression(QStringLiteral("^总结/.*\\.xlsx$"))).size() == 1);
        QVERIFY(names.filter(QRegularExpression(QStringLiteral("^方案/.*\\.pdf$"))).size() == 1);
        const QStringList evidence = names.filter(QStringLiteral("佐证材料/"));
        QCOMPARE(evidence.size(), 2);
        QVERIFY2(evidence.first().contains(acts[0].title.left(10)), qPrintable(evidence.first()));
        QVERIFY(byName.value(evidence.filter(QStringLiteral("开幕式.jpg")).value(0)) == jpeg(Qt::red));

        PackageManifest m;
        QVERIFY2(PackageManifest::fromJson(byName.value(QStringLiteral("manifest.json")), &m, &error),
                 qPrintable(error));
        QCOMPARE(m.unit.name, QStringLiteral("某县市场监管局"));
        QCOMPARE(m.files.size(), entries.size() - 1);
        for (const PackageFileEntry& f : std::as_const(m.files)) {
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(byName.value(f.path), QCryptographicHash::Sha256).toHex()),
                     f.sha256);
            QCOMPARE(f.size, byName.value(f.path).size());
        }
        CampaignSnapshot s;
        QVERIFY(SnapshotLoader::load(*db, 0, &s, &error));
        const CampaignSummary summary =
            Summary::summarize(s.campaign, s.activities, s.departments, QDate(2021, 9, 20));
        QCOMPARE(m.figures.value(QStringLiteral("total")).toInt(), summary.total());
        QCOMPARE(m.figures.value(QStringLiteral("done")).toInt(), summary.statuses[ActivityStatus::Done]);
        QCOMPARE(m.activities.size(), s.activities.size());
        QCOMPARE(m.activities.first().evidence.size(), 2);
    }

    void pickedPhotosArePrintedInTheSummary()
    {
        QTemporaryDir dir;
        auto db = createUnit(dir.filePath(QStringLiteral("c.campaign")), QStringLiteral("县局"), 3);
        const QList<Activity> acts = activities(*db);
        QList<Attachment> rows;
        QString error;
        QStringList files;
        for (int i = 0; i < 5; ++i)
            files << writeFile(dir.filePath(QStringLiteral("照片%1.jpg").arg(i)),
                               jpeg(QColor::fromHsv(i * 60, 200, 200)));
        QVERIFY(EvidenceFiles::attach(*db, acts[0].id, files, QString(), &rows, &error));
        for (int i = 0; i < 5; ++i)
            QVERIFY(AttachmentRepository(*db).setInReport(rows[i].id, i != 2, &error)); // four picked
        QVERIFY(AttachmentRepository(*db).setCaption(rows[0].id, QStringLiteral("启动仪式现场"), &error));
        PackageInput input;
        QVERIFY(PackageSource::loadYear(*db, 0, QDate(2021, 9, 20), &input, &error));
        QCOMPARE(input.reportPhotos.size(), 4);
        const QList<ReportChart> grids =
            ReportPhotos::grids(input.snapshot, input.reportPhotos, input.mediaRoot);
        QCOMPARE(grids.size(), 1); // four to a grid
        QVERIFY(grids.first().image.width() >= 1000);
        // The grid shows the photos: the top-left cell is the first photo's colour.
        const QColor topLeft = grids.first().image.pixelColor(450, 320);
        const QColor expected = QColor::fromHsv(0, 200, 200);
        QVERIFY2(qAbs(topLeft.red() - expected.red()) < 20 && qAbs(topLeft.green() - expected.green()) < 20,
                 qPrintable(topLeft.name()));
        if (!qEnvironmentVariableIsEmpty("CP_SCREENSHOTS"))
            grids.first().image.save(qEnvironmentVariable("CP_SCREENSHOTS") +
                                     QStringLiteral("/photo-grid.png"));
        const QString out = dir.filePath(QStringLiteral("p.zip"));
        QVERIFY2(PackageWriter::write(input, out, &error), qPrintable(error));
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        auto db = createUnit(dir.filePath(QStringLiteral("c.campaign")), QStringLiteral("县局"), 2);
        QString error;
        QVERIFY(EvidenceFiles::attach(
            *db, activities(*db)[0].id,
            {writeFile(dir.filePath(QStringLiteral("v.mp4")), QByteArray(3 << 20, 'v'))}, QString(), nullptr,
            &error));
        // Stops at the first step past one megabyte of evidence, like the Cancel button.
        struct CancelAfter : ExportProgress
        {
            qint64 lastTotal = 0;
            bool step(qint64 done, qint64 total) override
            {
                lastTotal = total;
                return done < (1 << 20);
            }
        } cancel;
        PackageInput input;
        QVERIFY(PackageSource::loadYear(*db, 0, QDate(2021, 9, 20), &input, &error));
        const QString out = dir.filePath(QStringLiteral("p.zip"));
        QVERIFY(!PackageWriter::write(input, out, &error, &cancel));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(cancel.lastTotal > qint64(3 << 20)); // the evidence, and the documents before it
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("p.zip*")}).size(), 0);
    }

    void entryNamesAreUtf8Flagged()
    {
        QTemporaryDir dir;
        auto db = createUnit(dir.filePath(QStringLiteral("c.campaign")), QStringLiteral("县局"), 1);
        QString error;
        const QString out = dir.filePath(QStringLiteral("p.zip"));
        QVERIFY2(exportPackage(*db, out, &error), qPrintable(error));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(8);
        // Local header: general purpose flag bit 11 = names in UTF-8.
        QVERIFY(quint8(head[7]) & 0x08);
    }

    void unchosenEvidenceStaysHome()
    {
        QTemporaryDir dir;
        auto db = createUnit(dir.filePath(QStringLiteral("c.campaign")), QStringLiteral("县局"), 2);
        const QList<Activity> acts = activities(*db);
        QList<Attachment> rows;
        QString error;
        QVERIFY(EvidenceFiles::attach(*db, acts[1].id,
                                      {writeFile(dir.filePath(QStringLiteral("a.png")), "x")}, QString(),
                                      &rows, &error));
        QVERIFY(AttachmentRepository(*db).setChosen(rows.first().id, false, &error));
        const QString out = dir.filePath(QStringLiteral("p.zip"));
        QVERIFY2(exportPackage(*db, out, &error), qPrintable(error));
        for (const auto& [name, bytes] : readZip(out))
            QVERIFY2(!name.startsWith(QStringLiteral("佐证材料/")), qPrintable(name));
    }

    void failureKeepsTheOldTarget()
    {
        QTemporaryDir dir;
        auto db = createUnit(dir.filePath(QStringLiteral("c.campaign")), QStringLiteral("县局"), 2);
        const QList<Activity> acts = activities(*db);
        QList<Attachment> rows;
        QString error;
        QVERIFY(EvidenceFiles::attach(*db, acts[0].id,
                                      {writeFile(dir.filePath(QStringLiteral("a.jpg")), jpeg(Qt::blue))},
                                      QString(), &rows, &error));
        QVERIFY(QFile::remove(EvidenceFiles::pathOf(*db, rows.first()))); // the media folder lost a file
        const QString out = writeFile(dir.filePath(QStringLiteral("p.zip")), "old bytes");
        QVERIFY(!exportPackage(*db, out, &error));
        QVERIFY2(error.contains(QStringLiteral("a.jpg")), qPrintable(error));
        QCOMPARE(digest(out), QCryptographicHash::hash("old bytes", QCryptographicHash::Sha256).toHex());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("p.zip*")}).size(), 1);
    }
};

QTEST_MAIN(TestPackageExport) // PDF documents need QGuiApplication
#include "tst_packageexport.moc"
