#include "PublicityFixture.h"

#include "SloganSheetRenderer.h"

#include <QDir>

using namespace Publicity;
using namespace PublicityFixture;

// Every poster template, size and orientation, the slogan sheet and both kinds of banner: rendered
// to PDF and PNG, their text read back with pdftotext, and nothing painted off the page.
class TestPublicityRender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QDir m_out; // CP_PUBLICITY_OUT keeps the PDFs and PNGs for a person to look at
    CampaignSnapshot m_snap;

    QString writePdf(const PublicityDocument& doc, const QString& name)
    {
        QString error;
        const QString path = m_out.filePath(name);
        if (!PublicityWriter::savePdf(doc, path, &error))
            qWarning() << error;
        return path;
    }

    static void checkInk(const PublicityDocument& doc, const QList<QRectF>& ink)
    {
        const QRectF page(QPointF(0, 0), doc.pageSizeDots());
        QVERIFY(!ink.isEmpty());
        for (const QRectF& r : ink)
            QVERIFY2(page.contains(r), qPrintable(QStringLiteral("ink %1,%2 %3x%4 leaves the page")
                                                      .arg(r.x())
                                                      .arg(r.y())
                                                      .arg(r.width())
                                                      .arg(r.height())));
    }

    static QString tag() { return QString::fromLatin1(QTest::currentDataTag()); }

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
        m_out = QDir(qEnvironmentVariable("CP_PUBLICITY_OUT", m_dir.path()));
        QVERIFY(m_out.mkpath(QStringLiteral(".")));
        QCOMPARE(m_snap.campaign.slogans.size(), 15);
        if (!hasTool(QStringLiteral("pdftotext")))
            QFAIL("pdftotext (poppler-utils) is not installed: the test needs an independent PDF reader");
    }

    void posters_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("landscape");
        for (const QString& t : {QStringLiteral("theme"), QStringLiteral("slogan"), QStringLiteral("event")})
            for (const auto& [name, size] : {qMakePair("A4", QPageSize::A4), qMakePair("A3", QPageSize::A3),
                                             qMakePair("A2", QPageSize::A2)})
                for (const bool landscape : {false, true})
                    QTest::addRow("%s-%s-%s", qPrintable(t), name, landscape ? "landscape" : "portrait")
                        << t << int(size) << landscape;
    }

    void posters()
    {
        QFETCH(QString, templateName);
        QFETCH(int, size);
        QFETCH(bool, landscape);
        Options o;
        o.templateName = templateName;
        o.pageSize = QPageSize::PageSizeId(size);
        o.landscape = landscape;
        o.slogan = 3;
        o.qrText = QStringLiteral("12315");
        o.qrCaption = QStringLiteral("全国12315投诉举报热线");
        PublicityDocument doc(m_snap, o);
        QString error;
        QVERIFY2(doc.prepare(&error), qPrintable(error));
        QCOMPARE(doc.pageCount(), 1);
        const QSizeF mm = doc.pageLayout().fullRect(QPageLayout::Millimeter).size();
        QCOMPARE(mm.width() > mm.height(), landscape);

        const QString pdf = writePdf(doc, tag() + QStringLiteral(".pdf"));
        const QString text = pdfText(pdf);
        QVERIFY2(!text.contains(QChar(0x2F49)), "radicals instead of ideographs");
        const QString flat = squeeze(text);
        const Campaign& c = m_snap.campaign.campaign;
        QVERIFY2(flat.contains(squeeze(c.title)), qPrintable(text));
        QVERIFY2(flat.contains(squeeze(c.theme)), qPrintable(text));
        QVERIFY(flat.contains(m_snap.unit.name));
        QVERIFY(flat.contains(QStringLiteral("2021年9月1日")));
        QVERIFY(flat.contains(o.qrCaption));
        if (templateName == QLatin1String("theme"))
            for (const Pillar& p : m_snap.campaign.pillars)
                QVERIFY2(flat.contains(squeeze(p.title)), qPrintable(p.title + QLatin1Char('\n') + text));
        if (templateName == QLatin1String("slogan"))
            QVERIFY(flat.contains(squeeze(m_snap.campaign.slogans.at(2).text)));
        if (templateName == QLatin1String("event")) {
            const Activity& a = m_snap.activities.first();
            QVERIFY(flat.contains(squeeze(a.title)));
            QVERIFY(flat.contains(a.location));
            QVERIFY(flat.contains(QStringLiteral("2021年9月15日")));
            QVERIFY(flat.contains(squeeze(a.description)));
        }

        const QImage png = PublicityWriter::renderPage(doc, 0, 40);
        QVERIFY(qAbs(png.width() - mm.width() / 25.4 * 40) <= 1);
        QVERIFY(png.save(m_out.filePath(tag() + QStringLiteral(".png"))));
        QCOMPARE(paintedOutside(doc, 0, 40), 0);
        checkInk(doc, inkOf(doc, 0));
    }

    void sloganSheet()
    {
        Options o;
        o.kind = Kind::SloganSheet;
        o.pageSize = QPageSize::A2; // ignored: the attachment is A4 portrait
        o.landscape = true;
        PublicityDocument doc(m_snap, o);
        QString error;
        QVERIFY2(doc.prepare(&error), qPrintable(error));
        QCOMPARE(doc.pageLayout().pageSize().id(), QPageSize::A4);
        QCOMPARE(doc.pageLayout().orientation(), QPageLayout::Portrait);
        QCOMPARE(doc.pageCount(), 1);
        const QStringList lines =
            pdfText(writePdf(doc, QStringLiteral("slogans.pdf"))).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0).trimmed(), QStringLiteral("附件2"));
        QCOMPARE(lines.value(1).trimmed(), QStringLiteral("2021年全国“质量月”活动口号"));
        for (int i = 0; i < m_snap.campaign.slogans.size(); ++i)
            QCOMPARE(lines.value(2 + i).simplified(),
                     QStringLiteral("%1. %2").arg(i + 1).arg(m_snap.campaign.slogans.at(i).text));
        QCOMPARE(paintedOutside(doc, 0, 40), 0);
        checkInk(doc, inkOf(doc, 0));
        QVERIFY(PublicityWriter::renderPage(doc, 0, 40).save(m_out.filePath(QStringLiteral("slogans.png"))));
    }

    void sloganSheetHeadingFollowsYear()
    {
        QCOMPARE(SloganSheetRenderer::heading(2024), QStringLiteral("2024年全国“质量月”活动口号"));
    }

    void longSloganSheetContinues()
    {
        CampaignSnapshot snap = m_snap;
        for (int i = 0; i < 30; ++i)
            snap.campaign.slogans.append(
                {0, 0, 0, QStringLiteral("坚持质量第一 建设质量强国 第%1条").arg(i)});
        snap.campaign.slogans.append({0, 0, 0, QString(120, QChar(0x8D28))}); // one that must wrap
        Options o;
        o.kind = Kind::SloganSheet;
        PublicityDocument doc(snap, o);
        QString error;
        QVERIFY(doc.prepare(&error));
        QCOMPARE(doc.pageCount(), 3);
        for (int page = 0; page < doc.pageCount(); ++page) {
            QCOMPARE(paintedOutside(doc, page, 30), 0);
            checkInk(doc, inkOf(doc, page));
        }
    }

    void bannerPages_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("A3") << int(QPageSize::A3);
    }

    void bannerPages()
    {
        QFETCH(int, size);
        Options o;
        o.kind = Kind::Banner;
        o.pageSize = QPageSize::PageSizeId(size);
        PublicityDocument doc(m_snap, o);
        QString error;
        QVERIFY2(doc.prepare(&error), qPrintable(error));
        QCOMPARE(doc.pageLayout().orientation(), QPageLayout::Landscape);
        QCOMPARE(doc.pageCount(), m_snap.campaign.slogans.size());
        const QString pdf = writePdf(doc, tag() + QStringLiteral("-banner.pdf"));
        const QRectF page(QPointF(0, 0), doc.pageSizeDots());
        for (int i = 0; i < doc.pageCount(); ++i) {
            const QString slogan = m_snap.campaign.slogans.at(i).text;
            const QString text = pdfText(pdf, i + 1);
            QCOMPARE(squeeze(text), squeeze(slogan));
            // Two phrases: one line, or two lines split exactly at the space.
            const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
            QVERIFY(lines.size() <= 2);
            if (lines.size() == 2)
                QCOMPARE(lines.join(QLatin1Char(' ')).simplified(), slogan.simplified());
            // The largest type that fits: the text reaches across the page or down it.
            const QList<QRectF> ink = inkOf(doc, i);
            checkInk(doc, ink);
            QRectF all;
            for (const QRectF& r : ink)
                all |= r;
            QVERIFY2(all.width() > page.width() * 0.75 || all.height() > page.height() * 0.6,
                     qPrintable(slogan));
            QCOMPARE(paintedOutside(doc, i, 30), 0);
        }
        QVERIFY(PublicityWriter::renderPage(doc, 0, 40)
                    .save(m_out.filePath(tag() + QStringLiteral("-banner.png"))));
    }

    void longBanner()
    {
        Options o;
        o.kind = Kind::Banner;
        o.templateName = QStringLiteral("long");
        o.slogan = 1;
        o.scheme = QStringLiteral("plain");
        PublicityDocument doc(m_snap, o);
        QString error;
        QVERIFY2(doc.prepare(&error), qPrintable(error));
        QVERIFY(doc.pageCount() >= 5);
        const QString slogan = squeeze(m_snap.campaign.slogans.first().text);
        const QString pdf = writePdf(doc, QStringLiteral("long.pdf"));
        QString covered;
        for (int i = 0; i < doc.pageCount(); ++i) {
            QString text = squeeze(pdfText(pdf, i + 1));
            QString note = QStringLiteral("横幅1第%1/%2张").arg(i + 1).arg(doc.pageCount());
            if (i > 0)
                note += QStringLiteral("：沿左侧虚线裁切，对齐前一张的实线粘贴");
            QVERIFY2(text.contains(note), qPrintable(text));
            // Without the gluing note, the text is the part of the slogan this sheet shows.
            const QString part = text.remove(note);
            QVERIFY2(slogan.contains(part), qPrintable(part));
            // Neighbouring sheets share the characters in the overlap.
            covered = covered.isEmpty()
                          ? part
                          : covered + part.mid(qMax(0, int(covered.size() - slogan.indexOf(part))));
            QCOMPARE(paintedOutside(doc, i, 30), 0);
            checkInk(doc, inkOf(doc, i));
            if (i < 2)
                QVERIFY(PublicityWriter::renderPage(doc, i, 40)
                            .save(m_out.filePath(QStringLiteral("long-%1.png").arg(i + 1))));
        }
        QCOMPARE(covered, slogan);
    }
};

QTEST_MAIN(TestPublicityRender)
#include "tst_publicityrender.moc"
