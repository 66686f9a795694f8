#include "ExternalReaders.h"

#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "ExportRunner.h"
#include "ReportSectionModel.h"
#include "ReportSectionRepository.h"
#include "ReportsPage.h"
#include "SectionEditor.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The 总结报告 page: narrative sections edited and stored, drafts inserted, exports in the background.
class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sectionsModelAddsMovesRemovesAndStores();
    void typedTextAndInsertedDraftsReachTheFileAndThePdf();
    void cancelledExportLeavesNoFile();
    void printsToAPrinter();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    FixedClock m_clock{QDate(2021, 9, 20)};
};

void TestReportsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("page.campaign"));
    QString error;
    {
        std::unique_ptr<Database> db = CampaignFile::createDefault(path, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(DemoGenerator::populate(*db, 3000, 3, &error), qPrintable(error));
    }
    m_workspace = Workspace::open(path, m_clock, &error);
    QVERIFY2(m_workspace, qPrintable(error));
}

void TestReportsPage::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestReportsPage::sectionsModelAddsMovesRemovesAndStores()
{
    ReportSectionModel model(m_workspace->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY(model.load(m_workspace->currentCampaignId(), &error));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("基本情况"));
    // Showing the defaults writes nothing; the first edit stores them.
    ReportSectionRepository repo(m_workspace->database());
    QList<ReportSection> stored;
    QVERIFY(repo.list(m_workspace->currentCampaignId(), &stored, &error));
    QVERIFY(stored.isEmpty());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.addSection(QStringLiteral("经验启示"), 1));
    QCOMPARE(inserted.size(), 1);
    QVERIFY(model.moveSection(1, 4));
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("总体情况")));
    QVERIFY(model.removeSection(2));
    QVERIFY(repo.list(m_workspace->currentCampaignId(), &stored, &error));
    QStringList titles;
    for (const ReportSection& s : stored)
        titles << s.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("总体情况"), QStringLiteral("主要做法和成效"),
                                  QStringLiteral("下一步工作打算"), QStringLiteral("经验启示")}));
    QCOMPARE(model.sections().size(), 4);
    QCOMPARE(model.sections().last().title, QStringLiteral("经验启示"));
}

void TestReportsPage::typedTextAndInsertedDraftsReachTheFileAndThePdf()
{
    ReportsPage page(*m_workspace);
    page.resize(1200, 800);
    page.show();
    SectionEditor* editor = page.sectionEditor();
    editor->sectionList()->setCurrentIndex(page.sectionModel()->index(0, 0));
    QVERIFY(editor->draftList()->count() > 0);
    const QString draft = editor->draftList()->item(0)->text();
    QVERIFY2(draft.contains(QStringLiteral("开展各类活动3000项")), qPrintable(draft));
    editor->bodyEditor()->setPlainText(QStringLiteral("县局高度重视，成立领导小组。"));
    editor->bodyEditor()->moveCursor(QTextCursor::End);
    editor->insertDraft();
    const QString body = page.sectionModel()->index(0, 0).data(ReportSectionModel::BodyRole).toString();
    QCOMPARE(body, QStringLiteral("县局高度重视，成立领导小组。") + draft);
    QString error;
    QList<ReportSection> stored;
    QVERIFY(ReportSectionRepository(m_workspace->database())
                .list(m_workspace->currentCampaignId(), &stored, &error));
    QCOMPARE(stored.value(0).body, body);
    if (!qEnvironmentVariableIsEmpty("CP_KEEP_EXPORTS"))
        page.grab().save(
            QDir(qEnvironmentVariable("CP_KEEP_EXPORTS")).filePath(QStringLiteral("reports-page.png")));

    const QString path = m_dir->filePath(QStringLiteral("summary.pdf"));
    QSignalSpy finished(&page, &ReportsPage::exportFinished);
    page.exportTo(ReportOptions::Kind::Summary, ReportOptions::Format::Pdf, path);
    QVERIFY(page.runner()->isBusy()); // running in the background: the event loop is ours meanwhile
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QString text = ExternalReaders::withoutSpace(ExternalReaders::pdfText(path, &error));
    QVERIFY2(text.contains(ExternalReaders::withoutSpace(body)), qPrintable(error));
}

void TestReportsPage::cancelledExportLeavesNoFile()
{
    ReportsPage page(*m_workspace);
    const QString path = m_dir->filePath(QStringLiteral("plan.pdf"));
    QSignalSpy finished(&page, &ReportsPage::exportFinished);
    page.exportTo(ReportOptions::Kind::Plan, ReportOptions::Format::Pdf, path);
    page.runner()->cancel();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("plan*")}).size(), 0);
}

void TestReportsPage::printsToAPrinter()
{
    ReportsPage page(*m_workspace);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    QString error;
    QVERIFY2(page.printTo(ReportOptions::Kind::Plan, &printer, &error), qPrintable(error));
    const QString text = ExternalReaders::pdfText(path, &error);
    QVERIFY2(text.contains(QStringLiteral("活动安排")), qPrintable(error));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
