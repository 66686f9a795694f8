#include "PublicityFixture.h"

#include "PublicityExport.h"
#include "QrCode.h"

#include <QDir>
#include <QImageReader>

using namespace Publicity;
using namespace PublicityFixture;

// QR codes that decode back, pictures that load or fail clearly, over-long text that stays on the
// page, the command line's export function and the PDF text repair.
class TestPublicityOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CampaignSnapshot m_snap;

    static QList<QRectF> inkOf(const PublicityDocument& doc, int page)
    {
        QImage scratch(10, 10, QImage::Format_RGB32);
        QPainter p(&scratch);
        QList<QRectF> ink;
        doc.paintPage(p, page, QRectF(0, 0, 10, 10), &ink);
        return ink;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_snap = snapshot(m_dir);
    }

    void qrDecodes_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("text");
        QTest::newRow("theme 12315") << QStringLiteral("theme") << QStringLiteral("12315");
        QTest::newRow("slogan url") << QStringLiteral("slogan") << QStringLiteral("https://www.12315.cn/");
        QTest::newRow("event chinese") << QStringLiteral("event") << QStringLiteral("质量月 12315 投诉举报");
    }

    void qrDecodes()
    {
        if (!hasTool(QStringLiteral("zbarimg")))
            QFAIL("zbarimg (zbar-tools) is not installed: the QR code must be decoded by an independent "
                  "reader");
        QFETCH(QString, templateName);
        QFETCH(QString, text);
        Options o;
        o.templateName = templateName;
        o.qrText = text;
        o.qrCaption = QStringLiteral("扫码投诉举报");
        PublicityDocument doc(m_snap, o);
        QString error;
        QVERIFY2(doc.prepare(&error), qPrintable(error));
        const QString png = m_dir.filePath(QStringLiteral("qr.png"));
        QStringList written;
        QVERIFY2(PublicityWriter::savePng(doc, png, 150, &written, &error), qPrintable(error));
        QCOMPARE(written, QStringList{png});
        const QString out =
            run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
        QCOMPARE(out.trimmed(), text);
    }

    void qrRejectsEmptyAndHuge()
    {
        QrCode code;
        QString error;
        QVERIFY(!code.encode(QString(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!code.encode(QString(5000, QLatin1Char('x')), &error));
        QVERIFY(code.isNull());
        QVERIFY(code.encode(QStringLiteral("12315"), &error));
        QCOMPARE(code.size(), 21);
    }

    void pngIs300Dpi()
    {
        Options o;
        o.templateName = QStringLiteral("slogan");
        PublicityDocument doc(m_snap, o);
        QString error;
        QVERIFY(doc.prepare(&error));
        const QString path = m_dir.filePath(QStringLiteral("a4.png"));
        QVERIFY2(PublicityWriter::savePng(doc, path, 300, nullptr, &error), qPrintable(error));
        QImageReader reader(path);
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(2480, 3508));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    }

    void missingOrBrokenPicture()
    {
        Options o;
        o.imagePath = m_dir.filePath(QStringLiteral("nowhere.png"));
        QString error;
        PublicityDocument missing(m_snap, o);
        QVERIFY(!missing.prepare(&error));
        QVERIFY2(error.contains(o.imagePath), qPrintable(error));
        QCOMPARE(missing.pageCount(), 0);

        QFile broken(m_dir.filePath(QStringLiteral("broken.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG\r\n\x1a\n not really a picture");
        broken.close();
        o.imagePath = broken.fileName();
        PublicityDocument unreadable(m_snap, o);
        error.clear();
        QVERIFY(!unreadable.prepare(&error));
        QVERIFY2(error.contains(broken.fileName()), qPrintable(error));
    }

    void pictureIsPlaced_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::newRow("theme") << QStringLiteral("theme");
        QTest::newRow("slogan") << QStringLiteral("slogan");
        QTest::newRow("event") << QStringLiteral("event");
    }

    void pictureIsPlaced()
    {
        QFETCH(QString, templateName);
        QImage logo(400, 200, QImage::Format_RGB32);
        logo.fill(QColor(0x2266AA));
        const QString path = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(path));
        Options o;
        o.templateName = templateName;
        o.imagePath = path;
        o.landscape = templateName == QLatin1String("event");
        PublicityDocument doc(m_snap, o);
        QString error;
        QVERIFY2(doc.prepare(&error), qPrintable(error));
        const QImage page = PublicityWriter::renderPage(doc, 0, 60);
        int blue = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                blue += page.pixel(x, y) == qRgb(0x22, 0x66, 0xAA);
        QVERIFY2(blue > 500, qPrintable(QString::number(blue)));
        QCOMPARE(paintedOutside(doc, 0, 40), 0);
    }

    void overlongTextStaysOnPage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("templateName");
        QTest::newRow("theme") << int(Kind::Poster) << QStringLiteral("theme");
        QTest::newRow("slogan") << int(Kind::Poster) << QStringLiteral("slogan");
        QTest::newRow("event") << int(Kind::Poster) << QStringLiteral("event");
        QTest::newRow("banner") << int(Kind::Banner) << QStringLiteral("pages");
        QTest::newRow("long banner") << int(Kind::Banner) << QStringLiteral("long");
        QTest::newRow("sheet") << int(Kind::SloganSheet) << QString();
    }

    void overlongTextStaysOnPage()
    {
        QFETCH(int, kind);
        QFETCH(QString, templateName);
        CampaignSnapshot snap = m_snap;
        const QString longText = QStringLiteral("坚持质量第一建设质量强国推动经济高质量发展").repeated(12);
        snap.campaign.campaign.title = longText;
        snap.campaign.campaign.theme = longText + QStringLiteral(" ") + longText;
        snap.campaign.slogans = {{0, 0, 0, longText.left(60) + QStringLiteral(" ") + longText.left(40)}};
        snap.campaign.pillars[1].title = longText;
        snap.unit.name = longText;
        snap.activities[0].title = longText;
        snap.activities[0].location = longText;
        snap.activities[0].description = longText.repeated(10);
        Options o;
        o.kind = Kind(kind);
        o.templateName = templateName;
        o.qrText = QStringLiteral("12315");
        o.qrCaption = longText;
        PublicityDocument doc(snap, o);
        QString error;
        QVERIFY2(doc.prepare(&error), qPrintable(error));
        const QRectF page(QPointF(0, 0), doc.pageSizeDots());
        for (int i = 0; i < qMin(doc.pageCount(), 3); ++i) {
            QCOMPARE(paintedOutside(doc, i, 30), 0);
            for (const QRectF& r : inkOf(doc, i))
                QVERIFY(page.contains(r));
        }
        const QDir out(qEnvironmentVariable("CP_PUBLICITY_OUT", m_dir.path()));
        const QString png =
            out.filePath(QStringLiteral("overlong-%1.png").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(PublicityWriter::renderPage(doc, 0, 40).save(png));
    }

    void exportFunction()
    {
        ExportOptions o;
        o.kind = QStringLiteral("poster");
        o.format = QStringLiteral("pdf");
        o.out = m_dir.filePath(QStringLiteral("cli.pdf"));
        o.size = QStringLiteral("a3");
        o.landscape = true;
        QString error;
        QVERIFY2(exportPublicity(m_snap, o, &error), qPrintable(error));
        QVERIFY(QFileInfo(o.out).size() > 1000);

        o.kind = QStringLiteral("banner");
        o.format = QStringLiteral("png");
        o.size = QStringLiteral("A4");
        o.slogan = 0;
        o.dpi = 20;
        o.out = m_dir.filePath(QStringLiteral("banner.png"));
        QVERIFY2(exportPublicity(m_snap, o, &error), qPrintable(error));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("banner-15.png"))));
        QVERIFY(!QFile::exists(o.out));

        const auto fails = [&](ExportOptions bad, const QString& mention) {
            QString e;
            bad.out = m_dir.filePath(QStringLiteral("never.pdf"));
            const bool ok = exportPublicity(m_snap, bad, &e);
            return !ok && e.contains(mention) && !QFile::exists(bad.out);
        };
        ExportOptions bad = o;
        bad.format = QStringLiteral("pdf");
        bad.size = QStringLiteral("B5");
        QVERIFY(fails(bad, QStringLiteral("B5")));
        bad.size = QStringLiteral("A4");
        bad.templateName = QStringLiteral("fancy");
        QVERIFY(fails(bad, QStringLiteral("fancy")));
        bad.templateName.clear();
        bad.slogan = 99;
        QVERIFY(fails(bad, QStringLiteral("99")));
    }
};

QTEST_MAIN(TestPublicityOutput)
#include "tst_publicityoutput.moc"
