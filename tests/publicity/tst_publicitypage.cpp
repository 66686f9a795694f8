#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "PublicityDocument.h"
#include "PublicityOptionsPanel.h"
#include "PublicityPage.h"
#include "PublicityPreview.h"
#include "PublicityWriter.h"
#include "ReferenceEditor.h"
#include "SloganEditor.h"
#include "SloganListModel.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Publicity;

// The 宣传物料 page on a real file: slogan edits reach the file, choices reach the preview, and
// wrong inputs are reported instead of drawn.
class TestPublicityPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2021, 9, 10)};

    std::unique_ptr<Workspace> openFresh(const QString& name)
    {
        QString error;
        const QString path = m_dir.filePath(name);
        if (!CampaignFile::createDefault(path, &error))
            qFatal("%s", qPrintable(error));
        return Workspace::open(path, m_clock, &error);
    }

    static QStringList savedSlogans(const Workspace& ws)
    {
        QString error;
        auto db = Database::open(ws.path(), &error);
        CampaignRepository repo(*db);
        CampaignContent content;
        if (!repo.load(ws.currentCampaignId(), &content, &error))
            qFatal("%s", qPrintable(error));
        QStringList out;
        for (const Slogan& s : content.slogans)
            out << s.text;
        return out;
    }

private slots:
    // The workspace's slogan list, edited as the page edits it; each edit goes through the editor.
    void modelIsSound()
    {
        auto ws = openFresh(QStringLiteral("model.campaign"));
        QVERIFY(ws);
        ReferenceEditor editor(*ws);
        SloganListModel& model = *ws->sloganModel();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &SloganListModel::edited);
        QVERIFY(editor.setSlogans({QStringLiteral("甲 乙"), QStringLiteral(" 丙 "), QString()}));
        QCOMPARE(model.texts(), (QStringList{QStringLiteral("甲 乙"), QStringLiteral("丙")}));
        QCOMPARE(edited.count(), 0);
        QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("丙"));
        QCOMPARE(model.pasteLines(QStringLiteral("1. 丁\n\n（2）戊 己\n三、庚\r\n"), 1), 3);
        QCOMPARE(model.texts(),
                 (QStringList{QStringLiteral("甲 乙"), QStringLiteral("丁"), QStringLiteral("戊 己"),
                              QStringLiteral("庚"), QStringLiteral("丙")}));
        QVERIFY(model.moveRow({}, 4, {}, 0));
        QCOMPARE(model.texts().first(), QStringLiteral("丙"));
        QVERIFY(model.removeRows(1, 2));
        QVERIFY(model.setData(model.index(0), QStringLiteral("  新  口号 ")));
        QCOMPARE(model.texts().first(), QStringLiteral("新 口号"));
        QVERIFY(!model.setData(model.index(0), QString()));
        QVERIFY(model.insertRows(0, 1));
        const QList<Slogan> list = model.slogans(9);
        QCOMPARE(list.size(), 3); // the empty row is not a slogan
        QCOMPARE(list.first().position, 1);
        QCOMPARE(list.first().campaignId, 9);
        QCOMPARE(edited.count(), 4);
        QCOMPARE(savedSlogans(*ws),
                 (QStringList{QStringLiteral("新 口号"), QStringLiteral("戊 己"), QStringLiteral("庚")}));
        QCOMPARE(ws->undoStack()->count(), 5);
    }

    void editsReachTheFile()
    {
        auto ws = openFresh(QStringLiteral("edits.campaign"));
        QVERIFY(ws);
        ReferenceEditor editor(*ws);
        PublicityPage page(ws.get());
        QSignalSpy reloaded(ws.get(), &Workspace::referenceDataChanged);
        QCOMPARE(page.sloganModel()->rowCount(), 15);
        QCOMPARE(page.sloganEditor()->paste(QStringLiteral("16. 质量强国 你我同行\n17. 质量月 月月质量")), 2);
        QCOMPARE(savedSlogans(*ws).size(), 17);
        QCOMPARE(savedSlogans(*ws).last(), QStringLiteral("质量月 月月质量"));
        QVERIFY(reloaded.count() >= 1);
        QCOMPARE(ws->campaign().slogans.size(), 17);

        page.sloganEditor()->view()->setCurrentIndex(page.sloganModel()->index(16));
        page.sloganEditor()->moveSelected(-1);
        QCOMPARE(savedSlogans(*ws).at(15), QStringLiteral("质量月 月月质量"));
        page.sloganEditor()->removeSelected();
        QCOMPARE(savedSlogans(*ws).size(), 16);
        QVERIFY(!savedSlogans(*ws).contains(QStringLiteral("质量月 月月质量")));

        // The banner set follows the list.
        page.optionsPanel()->kindBox()->setCurrentIndex(
            page.optionsPanel()->kindBox()->findData(int(Kind::Banner)));
        page.rebuild();
        QVERIFY(page.document());
        QCOMPARE(page.document()->pageCount(), 16);
        QCOMPARE(page.preview()->pageCount(), 16);
    }

    void choicesReachThePreview()
    {
        auto ws = openFresh(QStringLiteral("choices.campaign"));
        PublicityPage page(ws.get());
        page.resize(1200, 800);
        PublicityOptionsPanel* o = page.optionsPanel();
        o->templateBox()->setCurrentIndex(o->templateBox()->findData(QStringLiteral("slogan")));
        o->sizeBox()->setCurrentIndex(o->sizeBox()->findData(int(QPageSize::A3)));
        o->orientationBox()->setCurrentIndex(1);
        o->sloganBox()->setCurrentIndex(o->sloganBox()->findData(4));
        o->qrCheck()->setChecked(true);
        page.rebuild();
        QVERIFY(page.document());
        const Options opt = page.document()->options();
        QCOMPARE(opt.templateName, QStringLiteral("slogan"));
        QCOMPARE(opt.pageSize, QPageSize::A3);
        QVERIFY(opt.landscape);
        QCOMPARE(opt.slogan, 4);
        QCOMPARE(opt.qrText, QStringLiteral("12315"));
        const QString pdf = m_dir.filePath(QStringLiteral("page.pdf"));
        QString error;
        QVERIFY2(page.savePdf(pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString out = qEnvironmentVariable("CP_PUBLICITY_OUT");
        if (!out.isEmpty())
            page.grab().save(out + QStringLiteral("/page.png"));

        // An event notice needs an activity; the built-in file has none.
        o->templateBox()->setCurrentIndex(o->templateBox()->findData(QStringLiteral("event")));
        page.rebuild();
        QVERIFY(!page.document());
        QVERIFY(!page.message().isEmpty());
        QVERIFY(!page.savePdf(pdf + QStringLiteral("2"), &error));
    }

    void printsThroughQPrinter()
    {
        auto ws = openFresh(QStringLiteral("print.campaign"));
        PublicityPage page(ws.get());
        QVERIFY(page.document());
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(pdf);
        printer.setFullPage(true);
        printer.setPageLayout(page.document()->pageLayout());
        PublicityWriter::paintAll(*page.document(), &printer);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        if (!info.waitForFinished())
            QFAIL("pdfinfo (poppler-utils) is not installed: the test needs an independent PDF reader");
        const QString pages = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(pages.contains(QStringLiteral("(A4)")), qPrintable(pages));
    }

    void missingPictureIsReported()
    {
        auto ws = openFresh(QStringLiteral("picture.campaign"));
        PublicityPage page(ws.get());
        const QString missing = m_dir.filePath(QStringLiteral("no-logo.png"));
        page.optionsPanel()->imageEdit()->setText(missing);
        page.rebuild();
        QVERIFY(!page.document());
        QVERIFY2(page.message().contains(missing), qPrintable(page.message()));
        page.optionsPanel()->imageEdit()->clear();
        page.rebuild();
        QVERIFY(page.document());
        QVERIFY(page.message().isEmpty());
    }
};

QTEST_MAIN(TestPublicityPage)
#include "tst_publicitypage.moc"
