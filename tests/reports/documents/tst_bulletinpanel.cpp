#include "ExternalReaders.h"

#include "../../models/TestFile.h"

#include "ActivitiesPage.h"
#include "ActivityDetailPanel.h"
#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "BulletinActions.h"
#include "BulletinDocument.h"
#include "BulletinDraft.h"
#include "BulletinEditor.h"
#include "BulletinPanel.h"
#include "BulletinRepository.h"
#include "EvidenceEditor.h"
#include "ReferenceEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

// The bulletin in the activity's detail: the draft shown until edited, typing kept and undone,
// regenerating (asking first), copying as plain text, and PDFs whose text is exactly what was typed.

namespace {
// The bulletin the file keeps for the activity (null when none); fails the test when unreadable.
QString keptText(const Database& db, qint64 activityId)
{
    QString text, error;
    if (!BulletinRepository(db).text(activityId, &text, &error))
        qFatal("%s", qPrintable(error));
    return text;
}
} // namespace

class TestBulletinPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void draftUntilEditedThenKeptAndUndone();
    void regenerateAsksAndIsUndoable();
    void copiesPlainText();
    void pdfHasExactlyTheTypedText();
    void severalBulletinsOnePerPage();
    void notCompletedHasNoDraft();

private:
    QList<qint64> ids(ActivityStatus status) const;
    QString draftOf(qint64 id) const;
    static void answerNextQuestion(QMessageBox::StandardButton button);

    std::unique_ptr<TestFile> m_file;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ActivityEditor> m_activities;
    std::unique_ptr<EvidenceEditor> m_evidence;
    std::unique_ptr<BulletinEditor> m_bulletins;
    FixedClock m_clock{QDate(2025, 10, 8)};
};

void TestBulletinPanel::init()
{
    m_file = std::make_unique<TestFile>(80, 5);
    m_ws = m_file->open(m_clock);
    m_activities = std::make_unique<ActivityEditor>(*m_ws);
    m_evidence = std::make_unique<EvidenceEditor>(*m_ws);
    m_bulletins = std::make_unique<BulletinEditor>(*m_ws);
    QString error;
    QVERIFY(ReferenceEditor(*m_ws).editUnit(
        {QStringLiteral("青山县市场监督管理局"), QStringLiteral("青山县"), UnitProfile::Level::County},
        &error));
}

void TestBulletinPanel::cleanup()
{
    m_bulletins.reset();
    m_evidence.reset();
    m_activities.reset();
    m_ws.reset();
    m_file.reset();
}

QList<qint64> TestBulletinPanel::ids(ActivityStatus status) const
{
    QList<qint64> out;
    for (const Activity& a : m_ws->activityModel()->activities())
        if (a.status == status)
            out << a.id;
    return out;
}

QString TestBulletinPanel::draftOf(qint64 id) const
{
    CampaignSnapshot s = m_ws->snapshot();
    for (const Activity& a : s.activities)
        if (a.id == id)
            return BulletinDraft::text(s, a, m_clock.today());
    return {};
}

void TestBulletinPanel::answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}

void TestBulletinPanel::draftUntilEditedThenKeptAndUndone()
{
    const qint64 id = ids(ActivityStatus::Done).value(0);
    QVERIFY(id != 0);
    ActivityDetailPanel detail(*m_ws, *m_activities, *m_evidence, *m_bulletins);
    detail.resize(520, 1600);
    detail.showActivity(id);
    BulletinPanel* panel = detail.bulletinPanel();
    QVERIFY(panel->isDraft());
    const QString draft = draftOf(id);
    QCOMPARE(panel->editor()->toPlainText(), draft);
    // Written in 2025 about 2021: the ordinal names its year, not 今年.
    QVERIFY2(draft.contains(QStringLiteral("\n2021年9月是第44个全国“质量月”。")), qPrintable(draft));
    QVERIFY2(panel->stateLabel()->text().contains(QStringLiteral("Draft")),
             qPrintable(panel->stateLabel()->text()));
    QString error;
    QVERIFY(keptText(m_ws->database(), id).isNull()); // showing writes nothing
    if (!qEnvironmentVariableIsEmpty("CP_KEEP_EXPORTS"))
        detail.widget()->grab().save(
            QDir(qEnvironmentVariable("CP_KEEP_EXPORTS")).filePath(QStringLiteral("bulletin-panel.png")));

    m_ws->undoStack()->clear();
    panel->editor()->setFocus();
    QTest::keyClick(panel->editor(), Qt::Key_End, Qt::ControlModifier);
    QKeyEvent typed(QEvent::KeyPress, 0, Qt::NoModifier, QStringLiteral("补充")); // as an input method types
    QApplication::sendEvent(panel->editor(), &typed);
    panel->flush();
    QVERIFY(!panel->isDraft());
    QCOMPARE(keptText(m_ws->database(), id), draft + QStringLiteral("补充"));
    QCOMPARE(m_ws->undoStack()->count(), 1);
    m_ws->undoStack()->undo();
    QVERIFY(panel->isDraft());
    QCOMPARE(panel->editor()->toPlainText(), draft);
    m_ws->undoStack()->redo();
    QCOMPARE(panel->editor()->toPlainText(), draft + QStringLiteral("补充"));
}

void TestBulletinPanel::regenerateAsksAndIsUndoable()
{
    const qint64 id = ids(ActivityStatus::Done).value(1);
    ActivityDetailPanel detail(*m_ws, *m_activities, *m_evidence, *m_bulletins);
    detail.showActivity(id);
    BulletinPanel* panel = detail.bulletinPanel();
    QString error;
    QVERIFY(m_bulletins->setText(id, {}, QStringLiteral("我的标题\n我写的正文。"), QStringLiteral("Edit"),
                                 false, &error));
    QCOMPARE(panel->editor()->toPlainText(), QStringLiteral("我的标题\n我写的正文。"));
    answerNextQuestion(QMessageBox::Cancel);
    QVERIFY(!panel->regenerate());
    QCOMPARE(keptText(m_ws->database(), id), QStringLiteral("我的标题\n我写的正文。"));
    answerNextQuestion(QMessageBox::Yes);
    QVERIFY(panel->regenerate());
    QCOMPARE(keptText(m_ws->database(), id), draftOf(id));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Regenerate Bulletin"));
    m_ws->undoStack()->undo();
    QCOMPARE(panel->editor()->toPlainText(), QStringLiteral("我的标题\n我写的正文。"));
}

void TestBulletinPanel::copiesPlainText()
{
    const qint64 id = ids(ActivityStatus::Done).value(0);
    ActivityDetailPanel detail(*m_ws, *m_activities, *m_evidence, *m_bulletins);
    detail.showActivity(id);
    detail.bulletinPanel()->copyAsText();
    const BulletinDraft::Parts parts = BulletinDraft::split(draftOf(id));
    QCOMPARE(QGuiApplication::clipboard()->text(),
             (QStringList{parts.headline} + parts.paragraphs).join(QStringLiteral("\n\n")) +
                 QLatin1Char('\n'));
}

void TestBulletinPanel::pdfHasExactlyTheTypedText()
{
    const qint64 id = ids(ActivityStatus::Done).value(2);
    ActivityDetailPanel detail(*m_ws, *m_activities, *m_evidence, *m_bulletins);
    detail.showActivity(id);
    BulletinPanel* panel = detail.bulletinPanel();
    const QString typed =
        QStringLiteral("青山县开展“质量月”宣传（测试）\n9月16日上午，县局在人民广场发放宣传资料1500余份，"
                       "接受群众咨询200余人次；现场气氛热烈！\n下一步，将持续推进质量强县建设。");
    panel->editor()->setPlainText(typed);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bulletin.pdf"));
    QString error;
    QVERIFY2(panel->exportTo(QStringLiteral("pdf"), pdf, &error), qPrintable(error));
    const QStringList pages = ExternalReaders::pdfPages(pdf, &error);
    QCOMPARE(pages.size(), 1);
    // pdftotext gives back exactly the characters typed, the page number aside.
    QString text = pages.first();
    text.remove(QStringLiteral("—1—"));
    QCOMPARE(text, ExternalReaders::withoutSpace(typed));
    if (!qEnvironmentVariableIsEmpty("CP_KEEP_EXPORTS"))
        QFile::copy(pdf,
                    QDir(qEnvironmentVariable("CP_KEEP_EXPORTS")).filePath(QStringLiteral("bulletin.pdf")));
}

void TestBulletinPanel::severalBulletinsOnePerPage()
{
    const QList<qint64> done = ids(ActivityStatus::Done).mid(0, 3);
    QCOMPARE(done.size(), 3);
    QList<qint64> selected = done;
    selected << ids(ActivityStatus::NotStarted).value(0); // without a bulletin: left out
    QString error;
    QList<qint64> withBulletin;
    QVERIFY2(m_bulletins->withBulletin(selected, &withBulletin, &error), qPrintable(error));
    QCOMPARE(withBulletin.size(), 3);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bulletins.pdf"));
    QVERIFY2(BulletinActions::write(*m_bulletins, withBulletin, QStringLiteral("pdf"), pdf, &error),
             qPrintable(error));
    const QStringList pages = ExternalReaders::pdfPages(pdf, &error);
    QCOMPARE(pages.size(), 3);
    for (const QString& page : pages)
        QVERIFY2(page.contains(QStringLiteral("下一步")), qPrintable(page));
    // The not completed one is refused by name when asked for directly.
    QVERIFY(!BulletinActions::write(*m_bulletins, selected, QStringLiteral("pdf"), pdf, &error));
    QVERIFY2(error.contains(QStringLiteral("not completed")), qPrintable(error));
    if (!qEnvironmentVariableIsEmpty("CP_KEEP_EXPORTS"))
        QFile::copy(pdf,
                    QDir(qEnvironmentVariable("CP_KEEP_EXPORTS")).filePath(QStringLiteral("bulletins.pdf")));
}

void TestBulletinPanel::notCompletedHasNoDraft()
{
    const qint64 id = ids(ActivityStatus::InProgress).value(0);
    ActivityDetailPanel detail(*m_ws, *m_activities, *m_evidence, *m_bulletins);
    detail.showActivity(id);
    BulletinPanel* panel = detail.bulletinPanel();
    QVERIFY(!panel->isDraft());
    QVERIFY(panel->editor()->toPlainText().isEmpty());
    QVERIFY(!panel->editor()->isEnabled());
    QVERIFY(!panel->regenerateButton()->isEnabled());
    QVERIFY(panel->stateLabel()->text().contains(QStringLiteral("completed")));
    // Marking it completed drafts one at once.
    Activity a = m_ws->activityModel()->activityAt(m_ws->activityModel()->rowOfId(id));
    Activity done = a;
    done.status = ActivityStatus::Done;
    done.progress = 100;
    QVERIFY(m_activities->edit(a, done, {}));
    QVERIFY(panel->isDraft());
    QCOMPARE(panel->editor()->toPlainText(), draftOf(id));
}

QTEST_MAIN(TestBulletinPanel)
#include "tst_bulletinpanel.moc"
