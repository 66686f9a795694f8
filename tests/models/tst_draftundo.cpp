#include "TestFile.h"

#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "BulletinEditor.h"
#include "BulletinRepository.h"
#include "CampaignSummary.h"
#include "ReportSectionModel.h"
#include "ReportSectionRepository.h"
#include "SummaryDrafts.h"
#include "SummaryEditor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

// The drafts' write path: bulletin edits and summary text go through their editors onto the
// workspace's undo stack, reach the file at once, and come back on undo — regenerating included.

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

class TestDraftUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bulletinEditIsUndoable();
    void firstEditKeepsTheWholeDraftAndUndoGoesBackToIt();
    void regenerateIsUndoable();
    void deletedActivityComesBackWithItsBulletin();

private:
    qint64 doneActivity() const;
    QList<ReportSection> stored() const;

    std::unique_ptr<TestFile> m_file;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ActivityEditor> m_activities;
    std::unique_ptr<BulletinEditor> m_bulletins;
    std::unique_ptr<SummaryEditor> m_summary;
    FixedClock m_clock{QDate(2021, 10, 8)};
};

void TestDraftUndo::init()
{
    m_file = std::make_unique<TestFile>(60, 4);
    m_ws = m_file->open(m_clock);
    m_activities = std::make_unique<ActivityEditor>(*m_ws);
    m_bulletins = std::make_unique<BulletinEditor>(*m_ws);
    m_summary = std::make_unique<SummaryEditor>(*m_ws);
}

void TestDraftUndo::cleanup()
{
    m_summary.reset();
    m_bulletins.reset();
    m_activities.reset();
    m_ws.reset();
    m_file.reset();
}

qint64 TestDraftUndo::doneActivity() const
{
    for (const Activity& a : m_ws->activityModel()->activities())
        if (a.status == ActivityStatus::Done)
            return a.id;
    return 0;
}

QList<ReportSection> TestDraftUndo::stored() const
{
    QString error;
    QList<ReportSection> out;
    if (!ReportSectionRepository(m_ws->database()).list(m_ws->currentCampaignId(), &out, &error))
        qFatal("%s", qPrintable(error));
    return out;
}

void TestDraftUndo::bulletinEditIsUndoable()
{
    const qint64 id = doneActivity();
    QVERIFY(id != 0);
    BulletinEditor* editor = m_bulletins.get();
    QSignalSpy changed(editor, &BulletinEditor::changed);
    QUndoStack* stack = m_ws->undoStack();
    stack->clear();
    QString error;
    QVERIFY(keptText(m_ws->database(), id).isNull());
    QVERIFY2(
        editor->setText(id, QString(), QStringLiteral("标题\n正文"), QStringLiteral("Edit"), false, &error),
        qPrintable(error));
    // Typing on in the same session joins the step; a new session makes its own.
    QVERIFY(editor->setText(id, QStringLiteral("标题\n正文"), QStringLiteral("标题\n正文。"),
                            QStringLiteral("Edit"), true, &error));
    QCOMPARE(stack->count(), 1);
    QVERIFY(editor->setText(id, QStringLiteral("标题\n正文。"), QStringLiteral("新标题\n正文。"),
                            QStringLiteral("Edit"), false, &error));
    QCOMPARE(stack->count(), 2);
    QCOMPARE(keptText(m_ws->database(), id), QStringLiteral("新标题\n正文。"));
    stack->undo();
    QCOMPARE(keptText(m_ws->database(), id), QStringLiteral("标题\n正文。"));
    stack->undo(); // back to no kept text: the activity shows its draft again
    QVERIFY(keptText(m_ws->database(), id).isNull());
    stack->redo();
    QCOMPARE(keptText(m_ws->database(), id), QStringLiteral("标题\n正文。"));
    QVERIFY(changed.size() >= 5);
    QCOMPARE(changed.last().at(0).toLongLong(), id);
}

void TestDraftUndo::firstEditKeepsTheWholeDraftAndUndoGoesBackToIt()
{
    ReportSectionModel model(*m_summary);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QString error;
    QVERIFY2(model.load(m_ws->currentCampaignId(), &error), qPrintable(error));
    const CampaignSnapshot s = m_ws->snapshot();
    const CampaignSummary summary =
        Summary::summarize(s.campaign, s.activities, s.departments, m_clock.today());
    model.setDraftSource(s, summary, {true, {}});
    QVERIFY(model.isDraft());
    const QString overview = SummaryDrafts::overview(s, summary);
    QCOMPARE(model.index(0, 0).data(ReportSectionModel::BodyRole).toString(), overview);
    QVERIFY(model.index(0, 0).data(ReportSectionModel::DraftRole).toBool());
    QVERIFY(stored().isEmpty()); // showing the draft writes nothing

    m_ws->undoStack()->clear();
    const QString problems = model.index(2, 0).data(ReportSectionModel::BodyRole).toString();
    QVERIFY(model.setData(model.index(2, 0), problems + QStringLiteral("宣传覆盖面还不够广。"),
                          ReportSectionModel::BodyRole));
    QVERIFY(model.setData(model.index(2, 0), problems + QStringLiteral("宣传覆盖面还不够广，"),
                          ReportSectionModel::BodyRole));
    QCOMPARE(m_ws->undoStack()->count(), 1); // typing in one section is one step
    QVERIFY(!model.isDraft());
    // Every sentence of the draft is kept, editable, with the change.
    QList<ReportSection> kept = stored();
    QCOMPARE(kept.size(), 4);
    QCOMPARE(kept[0].body, overview);
    QCOMPARE(kept[2].body, problems + QStringLiteral("宣传覆盖面还不够广，"));
    // From now on the text does not follow the data.
    CampaignSnapshot changed = s;
    changed.activities.removeFirst();
    model.setDraftSource(
        changed,
        Summary::summarize(changed.campaign, changed.activities, changed.departments, m_clock.today()),
        {true, {}});
    QCOMPARE(model.index(0, 0).data(ReportSectionModel::BodyRole).toString(), overview);

    m_ws->undoStack()->undo();
    QVERIFY(stored().isEmpty());
    QVERIFY(model.isDraft());
    QVERIFY(model.index(0, 0).data(ReportSectionModel::BodyRole).toString() != overview); // follows again
    m_ws->undoStack()->redo();
    QCOMPARE(stored().value(2).body, problems + QStringLiteral("宣传覆盖面还不够广，"));
}

void TestDraftUndo::regenerateIsUndoable()
{
    ReportSectionModel model(*m_summary);
    QString error;
    QVERIFY(model.load(m_ws->currentCampaignId(), &error));
    const CampaignSnapshot s = m_ws->snapshot();
    model.setDraftSource(s, Summary::summarize(s.campaign, s.activities, s.departments, m_clock.today()),
                         {true, {}});
    QVERIFY(
        model.setData(model.index(0, 0), QStringLiteral("我写的基本情况。"), ReportSectionModel::BodyRole));
    QVERIFY(model.setData(model.index(1, 0), QStringLiteral("我写的做法。"), ReportSectionModel::BodyRole));
    const QList<ReportSection> mine = stored();
    m_ws->undoStack()->clear();
    QVERIFY(model.regenerate());
    QCOMPARE(m_ws->undoStack()->count(), 1);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Regenerate Draft"));
    const QList<ReportSection> regenerated = stored();
    QCOMPARE(regenerated.size(), 4);
    QCOMPARE(regenerated[0].body, model.draft()[0].body);
    QVERIFY(regenerated[0].body.contains(QStringLiteral("个全国“质量月”")));
    QVERIFY(!model.isDraft()); // kept in the file, no longer following the data
    m_ws->undoStack()->undo();
    const QList<ReportSection> back = stored();
    QCOMPARE(back.size(), mine.size());
    for (int i = 0; i < back.size(); ++i)
        QCOMPARE(back[i].body, mine[i].body);
    QCOMPARE(model.index(0, 0).data(ReportSectionModel::BodyRole).toString(),
             QStringLiteral("我写的基本情况。"));
}

void TestDraftUndo::deletedActivityComesBackWithItsBulletin()
{
    const qint64 id = doneActivity();
    QString error;
    QVERIFY(
        m_bulletins->setText(id, {}, QStringLiteral("标题\n正文"), QStringLiteral("Edit"), false, &error));
    QVERIFY(m_activities->remove({id}));
    QVERIFY(keptText(m_ws->database(), id).isNull());
    m_ws->undoStack()->undo();
    QCOMPARE(keptText(m_ws->database(), id), QStringLiteral("标题\n正文"));
}

QTEST_GUILESS_MAIN(TestDraftUndo)
#include "tst_draftundo.moc"
