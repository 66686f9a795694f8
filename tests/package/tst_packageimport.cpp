#include "PackageFixture.h"

#include "ActivityRepository.h"
#include "ExportProgress.h"
#include "PackageImport.h"
#include "PackageManifest.h"
#include "SubordinateRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace PackageFixture;

// Importing subordinate packages: merge by unit and activity uuid, and every kind of bad package refused
// with a clear message while the campaign file and its media folder keep their bytes.
class TestPackageImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_package; // a good package from 某县 with two evidence files
    QString m_upper;   // the prefecture's file

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Imports into the upper file and checks that a refusal changed nothing.
    QString refused(const QString& package, const PackageLimits& limits = {})
    {
        const QByteArray before = digest(m_upper);
        const auto store = tree(MediaStore::rootFor(m_upper));
        QString error;
        {
            QString openError;
            auto db = Database::open(m_upper, &openError);
            if (!db)
                qFatal("%s", qPrintable(openError));
            PackageImport::Result result;
            if (PackageImport::run(*db, package, &result, &error, nullptr, limits))
                return QStringLiteral("IMPORTED");
        }
        if (digest(m_upper) != before)
            return QStringLiteral("FILE CHANGED");
        if (tree(MediaStore::rootFor(m_upper)) != store)
            return QStringLiteral("MEDIA CHANGED");
        if (error.contains(QLatin1Char('\n')) || error.isEmpty())
            return QStringLiteral("NOT ONE LINE: ") + error;
        return error;
    }

    Entries goodEntries() const { return readZip(m_package); }

    enum Lie { Honest, DeclaredSmaller, DeclaredLarger, WrongCrc };

    // The good package rewritten byte by byte; the photo's headers (local and central alike) lie as
    // asked, and the manifest agrees with the headers, so only the data itself can give the lie away.
    QString lyingPackage(Lie lie, bool deflate, const QByteArray& payload = {})
    {
        const Entries entries = goodEntries();
        QString target;
        QByteArray real;
        for (const auto& [name, bytes] : entries)
            if (name.endsWith(QStringLiteral("现场.jpg")))
                std::tie(target, real) = std::tie(name, bytes);
        if (!payload.isEmpty())
            real = payload;
        RawEntry lying{target, real, deflate, -1, std::nullopt};
        QByteArray claimed = real;
        switch (lie) {
        case Honest:
            break;
        case DeclaredSmaller:
            claimed = real.left(qMin<qsizetype>(real.size() / 2, 1000));
            lying.declaredSize = claimed.size();
            lying.crc = crc32(claimed);
            break;
        case DeclaredLarger:
            lying.declaredSize = real.size() + 100;
            break;
        case WrongCrc:
            lying.crc = crc32(real) ^ 0x5A5A5A5Au;
            break;
        }
        const qint64 claimedSize = lie == DeclaredLarger ? real.size() + 100 : claimed.size();
        QByteArray manifest = manifestWith(entries, [&](QJsonObject& o) {
            QJsonArray files = o.value(QStringLiteral("files")).toArray();
            for (auto it = files.begin(); it != files.end(); ++it) {
                QJsonObject f = it->toObject();
                if (f.value(QStringLiteral("path")).toString() == target)
                    f[QStringLiteral("size")] = claimedSize;
                *it = f;
            }
            o[QStringLiteral("files")] = files;
        });
        const auto sha = [](const QByteArray& b) {
            return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex();
        };
        manifest.replace(digestOf(entries, target), sha(claimed));
        QList<RawEntry> raw;
        for (const auto& [name, bytes] : entries) {
            if (name == target)
                raw.append(lying);
            else
                raw.append({name, name == QLatin1String("manifest.json") ? manifest : bytes, true, -1,
                            std::nullopt});
        }
        const QString out = path(QStringLiteral("lying-%1-%2.zip").arg(int(lie)).arg(deflate));
        writeRawZip(out, raw);
        return out;
    }

    static QByteArray digestOf(const Entries& entries, const QString& name)
    {
        for (const auto& [n, bytes] : entries)
            if (n == name)
                return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        return {};
    }

    // Runs `check` against a new, empty upper file, so evidence that slipped through would be stored.
    template <typename F> void withFreshUpper(F check)
    {
        QTemporaryDir dir;
        const QString saved = m_upper;
        m_upper = dir.filePath(QStringLiteral("fresh.campaign"));
        createUnit(m_upper, QStringLiteral("某市"), 0);
        check();
        m_upper = saved;
    }

    static QByteArray manifestWith(const Entries& entries, const std::function<void(QJsonObject&)>& edit)
    {
        for (const auto& [name, bytes] : entries) {
            if (name == QLatin1String("manifest.json")) {
                QJsonObject o = QJsonDocument::fromJson(bytes).object();
                edit(o);
                return QJsonDocument(o).toJson();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto county =
            createUnit(path(QStringLiteral("county.campaign")), QStringLiteral("某县市场监管局"), 5);
        const QList<Activity> acts = activities(*county);
        QString error;
        QVERIFY(EvidenceFiles::attach(*county, acts[0].id,
                                      {writeFile(path(QStringLiteral("现场.jpg")), jpeg(Qt::green)),
                                       writeFile(path(QStringLiteral("会议.png")), "png-bytes")},
                                      QString(), nullptr, &error));
        m_package = path(QStringLiteral("county.zip"));
        QVERIFY2(exportPackage(*county, m_package, &error), qPrintable(error));
        m_upper = path(QStringLiteral("prefecture.campaign"));
        createUnit(m_upper, QStringLiteral("某市市场监管局"), 0);
        // A first import so the store and the file have content the refusals must keep.
        auto db = Database::open(m_upper, &error);
        PackageImport::Result r;
        QVERIFY2(PackageImport::run(*db, m_package, &r, &error), qPrintable(error));
    }

    void mergesByUnitAndUuid()
    {
        QTemporaryDir dir;
        auto county = createUnit(dir.filePath(QStringLiteral("c.campaign")), QStringLiteral("某县"), 4);
        QString error;
        const QString first = dir.filePath(QStringLiteral("1.zip"));
        QVERIFY(exportPackage(*county, first, &error));
        auto upper = createUnit(dir.filePath(QStringLiteral("u.campaign")), QStringLiteral("某市"), 0);
        PackageImport::Result r;
        QVERIFY2(PackageImport::run(*upper, first, &r, &error), qPrintable(error));
        QCOMPARE(r.activities, 4);
        QVERIFY(!r.replacedEarlier);

        QList<Activity> acts = activities(*county);
        acts[0].title = QStringLiteral("改过的标题");
        QVERIFY(ActivityRepository(*county).update(acts[0], &error));
        QVERIFY(ActivityRepository(*county).remove({acts[3].id}, &error));
        QTest::qWait(5); // the newer package must carry a later time stamp
        const QString second = dir.filePath(QStringLiteral("2.zip"));
        QVERIFY(exportPackage(*county, second, &error));
        QVERIFY2(PackageImport::run(*upper, second, &r, &error), qPrintable(error));
        QVERIFY(r.replacedEarlier);

        SubordinateRepository units(*upper);
        QList<SubordinateUnit> list;
        QVERIFY(units.units(&list, &error));
        QCOMPARE(list.size(), 1);
        QList<SubordinateActivity> merged;
        QVERIFY(units.activities(list.first().id, &merged, &error));
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.first().title, QStringLiteral("改过的标题"));
        QCOMPARE(merged.first().uuid, acts[0].uuid);

        // The older package no longer applies.
        QVERIFY(!PackageImport::run(*upper, first, &r, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY(units.activities(list.first().id, &merged, &error));
        QCOMPARE(merged.size(), 3);
    }

    void importedEvidenceIsInTheStore()
    {
        QString error;
        auto db = Database::open(m_upper, &error);
        SubordinateRepository units(*db);
        QList<SubordinateUnit> list;
        QVERIFY(units.units(&list, &error));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, QStringLiteral("某县市场监管局"));
        QList<SubordinateActivity> acts;
        QVERIFY(units.activities(list.first().id, &acts, &error));
        QCOMPARE(acts.size(), 5);
        QCOMPARE(acts.first().evidence.size(), 2);
        MediaStore store(m_upper);
        for (const SubordinateEvidence& e : acts.first().evidence)
            QVERIFY(store.contains(e.sha256));
    }

    void notAZip()
    {
        const QString bad = writeFile(path(QStringLiteral("notzip.zip")), "this is plain text, not a zip");
        const QString e = refused(bad);
        QVERIFY2(e.contains(QStringLiteral("not a zip")), qPrintable(e));
    }

    void truncated()
    {
        QFile good(m_package);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        const QString bad = writeFile(path(QStringLiteral("truncated.zip")), bytes.left(bytes.size() / 2));
        const QString e = refused(bad);
        QVERIFY2(e.contains(QStringLiteral("truncated")), qPrintable(e));
    }

    void traversalAndAbsoluteNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../evil.txt");
        QTest::newRow("nested parent") << QStringLiteral("佐证材料/../../evil.txt");
        QTest::newRow("absolute") << QStringLiteral("/tmp/evil.txt");
        QTest::newRow("drive") << QStringLiteral("C:/evil.txt");
        QTest::newRow("backslash") << QStringLiteral("..\\evil.txt");
    }
    void traversalAndAbsoluteNames()
    {
        QFETCH(QString, name);
        Entries entries = goodEntries();
        entries.prepend({name, QByteArray("evil")});
        const QString bad = path(QStringLiteral("names.zip"));
        QFile::remove(bad);
        writeZip(bad, entries);
        const QString e = refused(bad);
        QVERIFY2(e.contains(QStringLiteral("unsafe file name")), qPrintable(e));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/evil.txt")));
    }

    void zipBomb()
    {
        Entries entries = goodEntries();
        entries.append({QStringLiteral("佐证材料/bomb.bin"), QByteArray(20 << 20, '\0')});
        const QString bad = writeFile(path(QStringLiteral("bomb.zip")), {});
        QFile::remove(bad);
        writeZip(bad, entries);
        const QString e = refused(bad);
        QVERIFY2(e.contains(QStringLiteral("zip bomb")), qPrintable(e));
    }

    void totalSizeLimit()
    {
        PackageLimits limits;
        limits.maxTotalBytes = 1000; // the real package is larger than this
        const QString e = refused(m_package, limits);
        QVERIFY2(e.contains(QStringLiteral("safety limits")), qPrintable(e));
    }

    void checksumMismatch()
    {
        Entries entries = goodEntries();
        bool tampered = false;
        for (auto& [name, bytes] : entries) {
            if (name.endsWith(QStringLiteral("会议.png"))) {
                bytes[0] = 'P'; // same size, other content
                tampered = true;
            }
        }
        QVERIFY(tampered);
        const QString bad = path(QStringLiteral("tampered.zip"));
        writeZip(bad, entries);
        // A fresh upper file, so the evidence is not already stored and would have been written.
        QTemporaryDir dir;
        const QString saved = m_upper;
        m_upper = dir.filePath(QStringLiteral("fresh.campaign"));
        createUnit(m_upper, QStringLiteral("某市"), 0);
        const QString e = refused(bad);
        QVERIFY2(e.contains(QStringLiteral("checksum")), qPrintable(e));
        QVERIFY(tree(MediaStore::rootFor(m_upper)).isEmpty());
        m_upper = saved;
    }

    // The hand-made zip writer itself is sound: the same package, rewritten honestly, imports.
    void handMadeZipImports()
    {
        const QString honest = lyingPackage(Honest, true);
        withFreshUpper([&] {
            QString error;
            auto db = Database::open(m_upper, &error);
            PackageImport::Result r;
            QVERIFY2(PackageImport::run(*db, honest, &r, &error), qPrintable(error));
            QCOMPARE(r.evidence, 2);
        });
    }

    void lyingZipHeaders_data()
    {
        QTest::addColumn<int>("lie");
        QTest::addColumn<bool>("deflate");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        const QString more = QStringLiteral("unpacks to more than");
        const QString ends = QStringLiteral("ends after");
        const QString crc = QStringLiteral("CRC-32 does not match");
        QTest::newRow("deflated, size too small") << int(DeclaredSmaller) << true << QByteArray() << more;
        QTest::newRow("deflated, size too large") << int(DeclaredLarger) << true << QByteArray() << ends;
        QTest::newRow("deflated, wrong CRC") << int(WrongCrc) << true << QByteArray() << crc;
        QTest::newRow("stored, size too small") << int(DeclaredSmaller) << false << QByteArray() << more;
        QTest::newRow("stored, size too large") << int(DeclaredLarger) << false << QByteArray() << ends;
        QTest::newRow("stored, wrong CRC") << int(WrongCrc) << false << QByteArray() << crc;
        // 64 MB of zeros deflate to ~64 KB and claim 1 000 bytes: refused after 1 001, not 64 MB.
        QTest::newRow("bomb behind a small size")
            << int(DeclaredSmaller) << true << QByteArray(64 << 20, '\0') << more;
    }
    void lyingZipHeaders()
    {
        QFETCH(int, lie);
        QFETCH(bool, deflate);
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        const QString bad = lyingPackage(Lie(lie), deflate, payload);
        withFreshUpper([&] {
            const QString e = refused(bad);
            QVERIFY2(e.contains(expected) && e.contains(QStringLiteral("现场.jpg")), qPrintable(e));
            QVERIFY(tree(MediaStore::rootFor(m_upper)).isEmpty());
        });
        // The upper file with earlier imports keeps its bytes and media too.
        const QString e = refused(bad);
        QVERIFY2(e.contains(expected), qPrintable(e));
    }

    void unknownManifestVersion()
    {
        Entries entries = goodEntries();
        const QByteArray manifest =
            manifestWith(entries, [](QJsonObject& o) { o[QStringLiteral("version")] = 99; });
        for (auto& [name, bytes] : entries)
            if (name == QLatin1String("manifest.json"))
                bytes = manifest;
        const QString bad = path(QStringLiteral("version.zip"));
        writeZip(bad, entries);
        const QString e = refused(bad);
        QVERIFY2(e.contains(QStringLiteral("newer version")) && e.contains(QStringLiteral("99")),
                 qPrintable(e));
    }

    void missingManifestAndUnlistedFile()
    {
        Entries entries = goodEntries();
        entries.removeIf([](const auto& e) { return e.first == QLatin1String("manifest.json"); });
        const QString none = path(QStringLiteral("nomanifest.zip"));
        writeZip(none, entries);
        QString e = refused(none);
        QVERIFY2(e.contains(QStringLiteral("no manifest.json")), qPrintable(e));

        Entries extra = goodEntries();
        extra.append({QStringLiteral("佐证材料/extra.txt"), QByteArray("not in the manifest")});
        const QString unlisted = path(QStringLiteral("unlisted.zip"));
        writeZip(unlisted, extra);
        e = refused(unlisted);
        QVERIFY2(e.contains(QStringLiteral("not listed")), qPrintable(e));
    }

    void cancelledImportChangesNothing()
    {
        struct Cancel : ExportProgress
        {
            bool step(qint64, qint64) override { return false; }
        } cancel;
        QTemporaryDir dir;
        const QString saved = m_upper;
        m_upper = dir.filePath(QStringLiteral("fresh.campaign"));
        createUnit(m_upper, QStringLiteral("某市"), 0);
        const QByteArray before = digest(m_upper);
        QString error;
        {
            auto db = Database::open(m_upper, &error);
            PackageImport::Result r;
            QVERIFY(!PackageImport::run(*db, m_package, &r, &error, &cancel));
        }
        QVERIFY2(error.contains(QStringLiteral("Cancelled")), qPrintable(error));
        QCOMPARE(digest(m_upper), before);
        QVERIFY(tree(MediaStore::rootFor(m_upper)).isEmpty());
        m_upper = saved;
    }

    // The user attaches a photo while an import that carries the same photo is under way, and the
    // import then fails: the photo the attachment names stays stored.
    void abandonedImportKeepsContentAttachedMeanwhile()
    {
        QTemporaryDir dir;
        const QString upper = dir.filePath(QStringLiteral("upper.campaign"));
        auto db = createUnit(upper, QStringLiteral("某市"), 1);
        QString error;
        PackageImport::Staged staged;
        QVERIFY2(PackageImport::readAndStore(upper, {}, m_package, &staged, &error), qPrintable(error));
        QCOMPARE(staged.created.size(), 2);
        QList<Attachment> rows;
        QVERIFY(
            EvidenceFiles::attach(*db, activities(*db).first().id,
                                  {writeFile(dir.filePath(QStringLiteral("同一张.jpg")), jpeg(Qt::green))},
                                  QString(), &rows, &error));
        QVERIFY(staged.created.contains(rows.first().sha256)); // the same bytes as the package's photo
        QVERIFY2(PackageImport::discard(staged, *db, &error), qPrintable(error));
        QVERIFY(QFile::exists(EvidenceFiles::pathOf(*db, rows.first())));
        QCOMPARE(tree(MediaStore::rootFor(upper)).size(), 1); // the package's other file went
    }

    void reimportSamePackageUpdatesInPlace()
    {
        QString error;
        {
            auto db = Database::open(m_upper, &error);
            PackageImport::Result r;
            QVERIFY2(PackageImport::run(*db, m_package, &r, &error), qPrintable(error));
            QVERIFY(r.replacedEarlier);
        }
        auto db = Database::open(m_upper, &error);
        SubordinateRepository units(*db);
        QList<SubordinateUnit> list;
        QVERIFY(units.units(&list, &error));
        QCOMPARE(list.size(), 1);
        QList<SubordinateActivity> acts;
        QVERIFY(units.activities(list.first().id, &acts, &error));
        QCOMPARE(acts.size(), 5);
    }
};

QTEST_MAIN(TestPackageImport) // the package documents need QGuiApplication
#include "tst_packageimport.moc"
