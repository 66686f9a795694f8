#include "CalendarExport.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "SnapshotLoader.h"
#include "TimelineExport.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// The timeline as files the way the CLI writes them: a landscape PDF tiled over pages, a PNG,
// one department only, and a clear refusal (leaving no file) when the picture would be too large.
class TstTimelineExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CampaignSnapshot m_snapshot;
    const QDate m_today{2021, 9, 15};

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int pageCount(const QByteArray& pdf)
    {
        return int(
            QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral(R"(/Type\s*/Page[^s])"))));
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("plan.campaign"));
        std::unique_ptr<Database> db = CampaignFile::createDefault(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(DemoGenerator::populate(*db, 300, 3, &error), qPrintable(error));
        QVERIFY2(SnapshotLoader::load(*db, 0, &m_snapshot, &error), qPrintable(error));
    }

    void pdfIsLandscapeAndTiled()
    {
        const QString out = m_dir.filePath(QStringLiteral("timeline.pdf"));
        QString error;
        QVERIFY2(TimelineExport::writeFile(m_snapshot, {}, m_today, QStringLiteral("pdf"), out, &error),
                 qPrintable(error));
        const QByteArray pdf = read(out);
        if (const QString keep = qEnvironmentVariable("CP_SCREENSHOT_DIR"); !keep.isEmpty())
            QFile::copy(out, keep + QStringLiteral("/timeline.pdf"));
        QVERIFY(pdf.startsWith("%PDF"));
        // A4 landscape: 842 × 595 points.
        QVERIFY2(pdf.contains("/MediaBox [0 0 841.8") || pdf.contains("/MediaBox [0 0 842"),
                 "not A4 landscape");
        // 300 activities plus group rows at 26 rows a page cannot fit on one page.
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 10 && pages <= 20, qPrintable(QString::number(pages)));

        // Day zoom is wider than a page: the same rows tile across two or more pages.
        TimelineExport::Options wide;
        wide.zoom = TimelineZoom::Day;
        const QString wideOut = m_dir.filePath(QStringLiteral("wide.pdf"));
        QVERIFY2(TimelineExport::writeFile(m_snapshot, wide, m_today, QStringLiteral("pdf"), wideOut, &error),
                 qPrintable(error));
        const int widePages = pageCount(read(wideOut));
        QVERIFY2(widePages >= 2 * pages, qPrintable(QStringLiteral("%1 vs %2").arg(widePages).arg(pages)));

        // One department: fewer rows, fewer pages.
        TimelineExport::Options one;
        one.departmentId =
            CalendarExport::findDepartment(m_snapshot, m_snapshot.departments.first().name, &error);
        QVERIFY(one.departmentId != 0);
        const QString deptOut = m_dir.filePath(QStringLiteral("dept.pdf"));
        QVERIFY2(TimelineExport::writeFile(m_snapshot, one, m_today, QStringLiteral("pdf"), deptOut, &error),
                 qPrintable(error));
        const int deptPages = pageCount(read(deptOut));
        QVERIFY(deptPages >= 1 && deptPages < pages);
    }

    void pngHoldsWholeTimeline()
    {
        const QString out = m_dir.filePath(QStringLiteral("timeline.png"));
        QString error;
        QVERIFY2(TimelineExport::writeFile(m_snapshot, {}, m_today, QStringLiteral("png"), out, &error),
                 qPrintable(error));
        QImage image(out);
        QVERIFY(!image.isNull());
        // 300 activity rows of 24 px plus groups and header, drawn at twice the pixels.
        QVERIFY(image.height() >= 2 * 300 * 24);
    }

    void tooLargePictureIsRefusedWithoutAFile()
    {
        CampaignSnapshot big = m_snapshot;
        big.activities = DemoGenerator::generate(m_snapshot, 5000, 9);
        const QString out = m_dir.filePath(QStringLiteral("big.png"));
        QString error;
        QVERIFY(!TimelineExport::writeFile(big, {}, m_today, QStringLiteral("png"), out, &error));
        QVERIFY2(error.contains(QLatin1String("too many")), qPrintable(error));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!TimelineExport::writeFile(m_snapshot, {}, m_today, QStringLiteral("svg"), out, &error));
    }
};

QTEST_MAIN(TstTimelineExport)
#include "tst_timelineexport.moc"
