#include "PackageFixture.h"

#include "ActivityEditor.h"
#include "Clock.h"
#include "ConsolidatedModel.h"
#include "PackagePage.h"
#include "PackageReader.h"
#include "SubordinateActivityModel.h"
#include "SubordinateRepository.h"
#include "UnitRollUpChart.h"
#include "Workspace.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTranslator>

using namespace PackageFixture;

namespace {

QList<SubordinateUnit> units(const Workspace& ws)
{
    QList<SubordinateUnit> out;
    QString error;
    if (!SubordinateRepository(ws.database()).units(&out, &error))
        qFatal("%s", qPrintable(error));
    return out;
}
// The real page with its file dialogs answered by the test.
class ChooserPage : public PackagePage
{
public:
    using PackagePage::PackagePage;
    QString exportPath;
    QString importPath;
    QString consolidatedPath;

protected:
    QString chooseExportPath() override { return exportPath; }
    QString chooseImportPath() override { return importPath; }
    QString chooseConsolidatedPath() override { return consolidatedPath; }
};

// Found by their (translated) captions, as a user finds them.
QPushButton* button(QWidget* page, const char* text)
{
    const QString caption = QCoreApplication::translate("PackagePage", text);
    for (QPushButton* b : page->findChildren<QPushButton*>())
        if (b->text() == caption)
            return b;
    qFatal("no button %s", text);
}

// The line under the buttons that says how the last job went; empty while hidden.
QString message(QWidget* page)
{
    const auto* label = page->findChild<QLabel*>(QStringLiteral("message"));
    return label && label->isVisible() ? label->text() : QString();
}

QStringList filesIn(const QString& dir, const QString& prefix)
{
    return QDir(dir).entryList({prefix + QLatin1Char('*')}, QDir::Files | QDir::Hidden);
}
} // namespace

// The report package page driven through its buttons: exports and imports run on a worker thread,
// the table and chart follow an import, Cancel and closing leave no file, a bad package says why.
class TestPackagePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2021, 9, 20)};
    QString m_countyZip;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void save(QWidget* w, const QString& name)
    {
        const QString out = qEnvironmentVariable("CP_SCREENSHOTS");
        if (!out.isEmpty())
            w->grab().save(out + QLatin1Char('/') + name);
    }

    // A unit whose chosen evidence is `megabytes` of random bytes, so writing it takes a while.
    QString bigUnit(const QString& name, int megabytes)
    {
        const QString file = path(name + QStringLiteral(".campaign"));
        auto db = createUnit(file, QStringLiteral("某区市场监管局"), 3);
        QStringList sources;
        for (int i = 0; i < 2; ++i) {
            QByteArray bytes(qsizetype(megabytes) << 19, Qt::Uninitialized);
            QRandomGenerator(42 + i).fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
            sources << writeFile(path(QStringLiteral("%1-%2.mp4").arg(name).arg(i)), bytes);
        }
        QString error;
        if (!EvidenceFiles::attach(*db, activities(*db).first().id, sources, QString(), nullptr, &error))
            qFatal("%s", qPrintable(error));
        return file;
    }

    // A package from bigUnit(): 40 MB of evidence to read, hash and store.
    QString bigPackage(const QString& name)
    {
        const QString source = bigUnit(name, 40);
        QString error;
        auto db = Database::open(source, &error);
        const QString out = path(name + QStringLiteral(".zip"));
        if (!db || !exportPackage(*db, out, &error))
            qFatal("%s", qPrintable(error));
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariable("CP_QM").isEmpty()) { // screenshots in Chinese
            auto* t = new QTranslator(qApp);
            if (t->load(qEnvironmentVariable("CP_QM")))
                QCoreApplication::installTranslator(t);
            QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        }
        auto county =
            createUnit(path(QStringLiteral("county.campaign")), QStringLiteral("某县市场监管局"), 6);
        QString error;
        QVERIFY(EvidenceFiles::attach(*county, activities(*county).first().id,
                                      {writeFile(path(QStringLiteral("现场.jpg")), jpeg(Qt::green))},
                                      QString(), nullptr, &error));
        m_countyZip = path(QStringLiteral("county.zip"));
        QVERIFY2(exportPackage(*county, m_countyZip, &error), qPrintable(error));
        createUnit(path(QStringLiteral("city.campaign")), QStringLiteral("某市市场监管局"), 4);
    }

    void exportButtonWritesAPackageOnAWorker()
    {
        QString error;
        auto ws = Workspace::open(path(QStringLiteral("city.campaign")), m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        ActivityEditor activities(*ws);
        ChooserPage page(*ws, activities);
        page.resize(1100, 760);
        page.show();
        page.exportPath = path(QStringLiteral("city")); // the page adds .zip
        QPushButton* exportButton = button(&page, "Export report package…");
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(page.isBusy());
        // One job at a time: the buttons are off and a second start is refused.
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(!button(&page, "Import package…")->isEnabled());
        QVERIFY(!page.startExport(path(QStringLiteral("second.zip"))));
        QVERIFY2(message(&page).contains(QStringLiteral("already running")), qPrintable(message(&page)));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 120000);
        QVERIFY(exportButton->isEnabled());
        const QString zip = path(QStringLiteral("city.zip"));
        QVERIFY2(message(&page).contains(zip), qPrintable(message(&page)));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("second.zip"))));

        PackageReader reader(zip);
        QVERIFY2(reader.open(&error), qPrintable(error));
        QStringList created;
        QVERIFY2(reader.verify(nullptr, &created, &error), qPrintable(error));
        QCOMPARE(reader.manifest().unit.name, QStringLiteral("某市市场监管局"));
        QCOMPARE(reader.manifest().activities.size(), 4);
    }

    void importButtonUpdatesTableAndChart()
    {
        QString error;
        auto ws = Workspace::open(path(QStringLiteral("city.campaign")), m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        ActivityEditor activities(*ws);
        ChooserPage page(*ws, activities);
        page.resize(1100, 760);
        page.show();
        auto* chartView = page.findChild<UnitRollUpChart*>();
        QVERIFY(chartView);
        auto bars = [&] {
            return qobject_cast<QHorizontalStackedBarSeries*>(chartView->chart()->series().value(0));
        };
        QVERIFY(bars());
        QCOMPARE(bars()->barSets().size(), 4);           // done, in progress, not started, cancelled
        QCOMPARE(bars()->barSets().first()->count(), 1); // this unit only
        QCOMPARE(page.model()->rowCount(), 2);

        page.importPath = m_countyZip;
        QTest::mouseClick(button(&page, "Import package…"), Qt::LeftButton);
        QVERIFY(page.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
        QVERIFY2(message(&page).contains(QStringLiteral("某县市场监管局")), qPrintable(message(&page)));
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->index(1, ConsolidatedModel::Unit).data().toString(),
                 QStringLiteral("某县市场监管局"));
        // The unit picked after the import lists its six activities once they are read (on another
        // thread, so a large unit does not hold up the window).
        SubordinateActivityModel* unitActivities = page.findChild<SubordinateActivityModel*>();
        QVERIFY(unitActivities);
        QTRY_COMPARE_WITH_TIMEOUT(unitActivities->rowCount(), 6, 10000);
        QVERIFY(!unitActivities->index(0, SubordinateActivityModel::Title).data().toString().isEmpty());

        // Two bars now, each adding up to its unit's activities; the first unit is drawn on top.
        QList<QBarSet*> sets = bars()->barSets();
        QCOMPARE(sets.first()->count(), 2);
        auto* axis = qobject_cast<QBarCategoryAxis*>(chartView->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->at(0), QStringLiteral("某县市场监管局 (6)"));
        qreal countyTotal = 0;
        for (QBarSet* s : sets)
            countyTotal += s->at(0);
        QCOMPARE(countyTotal, 6.0);
        QCOMPARE(sets.at(0)->at(0), page.model()->index(1, ConsolidatedModel::Done).data().toDouble());
        QCOMPARE(sets.at(0)->color(), QColor(0x27, 0xAE, 0x60));
        save(&page, QStringLiteral("package-page-imported.png"));

        // The consolidated summary across both units, written on the worker and read back as text.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: the summary must be read by an independent "
                  "reader");
        page.consolidatedPath = path(QStringLiteral("汇总.pdf"));
        QPushButton* consolidated = button(&page, "Export consolidated summary…");
        QTest::mouseClick(consolidated, Qt::LeftButton);
        QVERIFY(!consolidated->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
        QVERIFY2(message(&page).contains(page.consolidatedPath), qPrintable(message(&page)));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {page.consolidatedPath, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("某县市场监管局")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("某市市场监管局")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("10")), qPrintable(text)); // 4 + 6 activities in all
        // Other types by suffix; anything else is refused before a job starts.
        page.consolidatedPath = path(QStringLiteral("汇总.xlsx"));
        QTest::mouseClick(consolidated, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
        QVERIFY(QFileInfo(page.consolidatedPath).size() > 0);
        page.consolidatedPath = path(QStringLiteral("汇总.txt"));
        QTest::mouseClick(consolidated, Qt::LeftButton);
        QVERIFY(!page.isBusy());
        QVERIFY2(message(&page).contains(QStringLiteral("汇总.txt")), qPrintable(message(&page)));
        QVERIFY(!QFileInfo::exists(page.consolidatedPath));
    }

    void badPackageShowsTheReason()
    {
        QString error;
        auto ws = Workspace::open(path(QStringLiteral("city.campaign")), m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        ActivityEditor activities(*ws);
        ChooserPage page(*ws, activities);
        page.show();
        const int rows = page.model()->rowCount();
        page.importPath = writeFile(path(QStringLiteral("bad.zip")), "plain text, not a zip");
        QTest::mouseClick(button(&page, "Import package…"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
        const QString shown = message(&page);
        QVERIFY2(shown.contains(QStringLiteral("bad.zip")) && shown.contains(QStringLiteral("not a zip")),
                 qPrintable(shown));
        QCOMPARE(page.model()->rowCount(), rows);
    }

    void cancelMidExportLeavesNoFile()
    {
        const QString file = bigUnit(QStringLiteral("big"), 40); // 2 × 20 MB of random bytes
        QString error;
        auto ws = Workspace::open(file, m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        ActivityEditor activities(*ws);
        ChooserPage page(*ws, activities);
        page.show();
        page.exportPath = path(QStringLiteral("big-export.zip"));
        QTest::mouseClick(button(&page, "Export report package…"), Qt::LeftButton);
        auto* bar = page.findChild<QProgressBar*>();
        QTRY_VERIFY(bar->maximum() > 0); // the first progress figure arrived: the worker is writing
        QVERIFY(page.isBusy());
        save(&page, QStringLiteral("package-page-exporting.png"));
        QTest::mouseClick(button(&page, "Cancel"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
        QVERIFY2(message(&page).contains(QStringLiteral("cancelled")), qPrintable(message(&page)));
        QCOMPARE(filesIn(m_dir.path(), QStringLiteral("big-export")), QStringList());
    }

    void closingWhileExportingCancelsCleanly()
    {
        const QString file = bigUnit(QStringLiteral("closing"), 40);
        QString error;
        auto ws = Workspace::open(file, m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        ActivityEditor activities(*ws);
        auto* page = new ChooserPage(*ws, activities);
        page->show();
        page->exportPath = path(QStringLiteral("closing-export.zip"));
        QTest::mouseClick(button(page, "Export report package…"), Qt::LeftButton);
        QTRY_VERIFY(page->findChild<QProgressBar*>()->maximum() > 0);
        delete page; // as when the window closes or another file opens
        QCOMPARE(filesIn(m_dir.path(), QStringLiteral("closing-export")), QStringList());
    }

    void cancelMidImportChangesNothing()
    {
        const QString package = bigPackage(QStringLiteral("cancelsource"));
        const QString upper = path(QStringLiteral("cancel-upper.campaign"));
        createUnit(upper, QStringLiteral("某省市场监管局"), 2);
        QString error;
        {
            auto ws = Workspace::open(upper, m_clock, &error);
            QVERIFY2(ws, qPrintable(error));
            ActivityEditor activities(*ws);
            ChooserPage page(*ws, activities);
            page.show();
            page.importPath = package;
            QTest::mouseClick(button(&page, "Import package…"), Qt::LeftButton);
            QTRY_VERIFY(page.findChild<QProgressBar*>()->maximum() > 0);
            QTest::mouseClick(button(&page, "Cancel"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
            QVERIFY2(message(&page).contains(QStringLiteral("cancelled")), qPrintable(message(&page)));
            QCOMPARE(page.model()->rowCount(), 2); // this unit and the total
            QVERIFY(tree(MediaStore::rootFor(upper)).isEmpty());
            QCOMPARE(units(*ws).size(), 0); // nothing merged
        }
    }

    void closingWhileImportingRemovesStoredEvidence()
    {
        const QString package = bigPackage(QStringLiteral("closesource"));
        const QString upper = path(QStringLiteral("close-upper.campaign"));
        createUnit(upper, QStringLiteral("某省市场监管局"), 2);
        QString error;
        auto ws = Workspace::open(upper, m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        ActivityEditor activities(*ws);
        auto* page = new ChooserPage(*ws, activities);
        page->show();
        page->importPath = package;
        QTest::mouseClick(button(page, "Import package…"), Qt::LeftButton);
        QTRY_VERIFY(page->findChild<QProgressBar*>()->maximum() > 0);
        delete page; // as when the window closes or another file opens
        QVERIFY(tree(MediaStore::rootFor(upper)).isEmpty());
        QCOMPARE(units(*ws).size(), 0); // nothing merged
    }
};

QTEST_MAIN(TestPackagePage)
#include "tst_packagepage.moc"
