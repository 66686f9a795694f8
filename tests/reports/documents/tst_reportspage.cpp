#include "DocxReadback.h"
#include "ExternalReaders.h"

#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "EvidenceEditor.h"
#include "ExportRunner.h"
#include "ReportSectionModel.h"
#include "ReportSectionRepository.h"
#include "ReportsPage.h"
#include "SectionEditor.h"
#include "SummaryEditor.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
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
    void draftIsShownExportedAndRegenerated();
    void cancelledExportLeavesNoFile();
    void wordExportCarriesTheChartsInTheBackground();
    void printsToAPrinter();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SummaryEditor> m_summary;
    std::unique_ptr<EvidenceEditor> m_evidence;
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
    m_summary = std::make_unique<SummaryEditor>(*m_workspace);
    m_evidence = std::make_unique<EvidenceEditor>(*m_workspace);
}

void TestReportsPage::cleanup()
{
    m_evidence.reset();
    m_summary.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestReportsPage::sectionsModelAddsMovesRemovesAndStores()
{
    ReportSectionModel model(*m_summary);
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
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.addSection(QStringLiteral("经验启示"), 1));
    QCOMPARE(reset.size(), 1);
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
    ReportsPage page(*m_workspace, *m_summary, *m_evidence);
    page.resize(1200, 800);
    page.show();
    SectionEditor* editor = page.sectionEditor();
    editor->sectionList()->setCurrentIndex(page.sectionModel()->index(0, 0));
    QVERIFY(editor->draftList()->count() > 1);
    const QString draft = editor->draftList()->item(1)->text();
    QVERIFY2(draft.contains(QStringLiteral("开展各类活动3000项")), qPrintable(draft));
    editor->bodyEditor()->setPlainText(QStringLiteral("县局高度重视，成立领导小组。"));
    editor->bodyEditor()->moveCursor(QTextCursor::End);
    editor->draftList()->setCurrentRow(1);
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

void TestReportsPage::draftIsShownExportedAndRegenerated()
{
    ReportsPage page(*m_workspace, *m_summary, *m_evidence);
    page.resize(1400, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SectionEditor* editor = page.sectionEditor();
    ReportSectionModel* model = page.sectionModel();
    editor->sectionList()->setCurrentIndex(model->index(0, 0));
    QVERIFY(model->isDraft());
    QVERIFY(editor->draftNote()->isVisible());
    const QString overview = model->draft().value(0).body;
    QVERIFY2(overview.startsWith(QStringLiteral("今年9月是第44个全国“质量月”")), qPrintable(overview));
    QCOMPARE(editor->bodyEditor()->toPlainText(), overview);
    if (!qEnvironmentVariableIsEmpty("CP_KEEP_EXPORTS"))
        page.grab().save(
            QDir(qEnvironmentVariable("CP_KEEP_EXPORTS")).filePath(QStringLiteral("reports-page-draft.png")));

    // Nothing written yet: the summary goes out with its draft, not empty headings.
    const QString path = m_dir->filePath(QStringLiteral("draft.pdf"));
    QSignalSpy finished(&page, &ReportsPage::exportFinished);
    page.exportTo(ReportOptions::Kind::Summary, ReportOptions::Format::Pdf, path);
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QString error;
    QString text = ExternalReaders::withoutSpace(ExternalReaders::pdfText(path, &error));
    text.remove(
        QRegularExpression(QStringLiteral("—\\d+—"))); // page numbers where a paragraph turns the page
    for (const ReportSection& s : model->draft())
        for (const QString& paragraph : s.body.split(QLatin1Char('\n')))
            QVERIFY2(text.contains(ExternalReaders::withoutSpace(paragraph)), qPrintable(paragraph));
    QList<ReportSection> stored;
    QVERIFY2(ReportSectionRepository(m_workspace->database())
                 .list(m_workspace->currentCampaignId(), &stored, &error),
             qPrintable(error));
    QVERIFY(stored.isEmpty());

    // The user's text, then a regenerate that asks first and can be undone.
    editor->sectionList()->setCurrentIndex(model->index(2, 0));
    editor->bodyEditor()->setPlainText(QStringLiteral("部门协作还不够紧密。"));
    editor->flush();
    QVERIFY(!model->isDraft());
    QVERIFY(!editor->draftNote()->isVisible());
    m_workspace->undoStack()->clear();
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(editor->regenerate());
    QCOMPARE(editor->bodyEditor()->toPlainText(), model->draft().value(2).body);
    QVERIFY(!model->isDraft()); // kept in the file now
    m_workspace->undoStack()->undo();
    QCOMPARE(editor->bodyEditor()->toPlainText(), QStringLiteral("部门协作还不够紧密。"));
}

void TestReportsPage::cancelledExportLeavesNoFile()
{
    ReportsPage page(*m_workspace, *m_summary, *m_evidence);
    const QString path = m_dir->filePath(QStringLiteral("plan.pdf"));
    QSignalSpy finished(&page, &ReportsPage::exportFinished);
    page.exportTo(ReportOptions::Kind::Plan, ReportOptions::Format::Pdf, path);
    page.runner()->cancel();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("plan*")}).size(), 0);
}

// Both documents offer Word beside ODT; the summary's .docx is written by the same background task
// as the other formats, with progress, and carries the dashboard charts as pictures.
void TestReportsPage::wordExportCarriesTheChartsInTheBackground()
{
    ReportsPage page(*m_workspace, *m_summary, *m_evidence);
    int wordButtons = 0;
    for (const QPushButton* b : page.findChildren<QPushButton*>())
        wordButtons += b->text() == QStringLiteral("Word…");
    QCOMPARE(wordButtons, 2); // the plan's and the summary's
    const QString path = m_dir->filePath(QStringLiteral("summary.docx"));
    QSignalSpy finished(&page, &ReportsPage::exportFinished);
    page.exportTo(ReportOptions::Kind::Summary, ReportOptions::Format::Docx, path);
    QVERIFY(page.runner()->isBusy());
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QJsonObject read;
    QString error;
    QVERIFY2(DocxReadback::run(QStringLiteral("read"), path, &read, &error), qPrintable(error));
    QVERIFY(read.value(QStringLiteral("pictures")).toArray().size() >= 2);
    const QString pageError = DocxReadback::checkPage(read);
    QVERIFY2(pageError.isEmpty(), qPrintable(pageError));
    QCOMPARE(read.value(QStringLiteral("paragraphs"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("style"))
                 .toString(),
             QStringLiteral("Title"));
}

void TestReportsPage::printsToAPrinter()
{
    ReportsPage page(*m_workspace, *m_summary, *m_evidence);
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
