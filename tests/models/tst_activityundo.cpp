#include "ActivityEditor.h"
#include "ActivityRepository.h"
#include "ActivityTableModel.h"
#include "AttachmentRepository.h"
#include "EvidenceFiles.h"
#include "TestFile.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <optional>

// Every undoable change is in the file at once, and so is its undo: reopening finds the expected rows.
class TestActivityUndo : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2021, 9, 15)};

    static QList<Activity> reread(const TestFile& file)
    {
        QString error;
        auto db = Database::open(file.path, &error);
        if (!db)
            qFatal("%s", qPrintable(error));
        QList<Activity> all;
        if (!ActivityRepository(*db).loadAll(0, &all, &error))
            qFatal("%s", qPrintable(error));
        return all;
    }
    static std::optional<Activity> byId(const QList<Activity>& list, qint64 id)
    {
        for (const Activity& a : list)
            if (a.id == id)
                return a;
        return std::nullopt;
    }

private slots:
    void editUndoRedoReachTheFile()
    {
        TestFile file(10);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityTableModel* model = ws->activityModel();
        const Activity original = model->activityAt(4);
        QSignalSpy changed(ws.get(), &Workspace::activitiesChanged);
        QVERIFY(
            model->setData(model->index(4, ActivityTableModel::TitleColumn), QStringLiteral("改过的标题")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ws->undoStack()->undoText(), QStringLiteral("Edit Title"));
        QCOMPARE(byId(reread(file), original.id)->title, QStringLiteral("改过的标题"));
        ws->undoStack()->undo();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model->activityAt(4).title, original.title);
        QCOMPARE(byId(reread(file), original.id)->title, original.title);
        ws->undoStack()->redo();
        QCOMPARE(byId(reread(file), original.id)->title, QStringLiteral("改过的标题"));
    }

    void addAndDuplicateUndoRedoKeepIds()
    {
        TestFile file(3);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        Activity a;
        a.campaignId = ws->currentCampaignId();
        a.title = QStringLiteral("新活动");
        a.figures = {MetricValue{ws->campaign().metrics.first().id, {20000, true, true}, {}}};
        const qint64 id = editor.add(a);
        QVERIFY(id > 0);
        const QUuid uuid = byId(reread(file), id)->uuid;
        QVERIFY(!uuid.isNull());
        QCOMPARE(ws->undoStack()->undoText(), QStringLiteral("Add Activity"));
        ws->undoStack()->undo();
        QVERIFY(!byId(reread(file), id));
        QCOMPARE(ws->activityModel()->rowOfId(id), -1);
        ws->undoStack()->redo();
        const std::optional<Activity> back = byId(reread(file), id);
        QVERIFY(back);
        QCOMPARE(back->uuid, uuid);
        QCOMPARE(back->figures.first().target.approximate, true);

        const QList<qint64> copies = editor.duplicate({id});
        QCOMPARE(copies.size(), 1);
        const std::optional<Activity> copy = byId(reread(file), copies.first());
        QVERIFY(copy && copy->uuid != uuid);
        QCOMPARE(copy->figures, back->figures);
        ws->undoStack()->undo();
        QVERIFY(!byId(reread(file), copies.first()));
    }

    void deleteUndoRestoresSameRows()
    {
        TestFile file(20);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityTableModel* model = ws->activityModel();
        const QList<Activity> before = reread(file);
        const QList<qint64> ids = {model->activityAt(2).id, model->activityAt(3).id, model->activityAt(9).id};
        QVERIFY(editor.remove(ids));
        QCOMPARE(ws->undoStack()->undoText(), QStringLiteral("Delete 3 Activities"));
        QCOMPARE(reread(file).size(), 17);
        QCOMPARE(model->rowCount(), 17);
        ws->undoStack()->undo();
        QCOMPARE(reread(file), before); // ids, uuids, timestamps, departments and figures
        QCOMPARE(model->activities(), before);
    }

    // Deleting activities drops their attachment rows with them; undo puts those back too, in the same
    // transaction, with the same ids (the content stayed in the media folder).
    void deleteUndoRestoresEvidence()
    {
        TestFile file(5);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        const qint64 id = ws->activityModel()->activityAt(1).id;
        const QString photo = file.dir.filePath(QStringLiteral("现场.png"));
        {
            QFile f(photo);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not really a png, but evidence all the same");
        }
        QString error;
        QList<Attachment> attached;
        QVERIFY2(
            EvidenceFiles::attach(ws->database(), id, {photo}, QStringLiteral("王五"), &attached, &error),
            qPrintable(error));
        QVERIFY(editor.remove({id}));
        AttachmentRepository attachments(ws->database());
        auto rows = [&] {
            QList<Attachment> out;
            if (!attachments.forActivity(id, &out, &error))
                qFatal("%s", qPrintable(error));
            return out;
        };
        QVERIFY(rows().isEmpty());
        ws->undoStack()->undo();
        QCOMPARE(rows(), attached);
        QVERIFY(QFile::exists(EvidenceFiles::pathOf(ws->database(), attached.first())));
        ws->undoStack()->redo();
        QVERIFY(rows().isEmpty());
        ws->undoStack()->undo();
        QCOMPARE(rows(), attached);
    }

    void bulkChangesAreOneStep()
    {
        TestFile file(20);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        ActivityTableModel* model = ws->activityModel();
        const QList<qint64> ids = {model->activityAt(0).id, model->activityAt(1).id, model->activityAt(2).id};
        const QList<Activity> before = reread(file);
        QVERIFY(editor.setStatus(ids, ActivityStatus::Done));
        const qint64 dept = ws->departments().last().id;
        QVERIFY(editor.setLeadDepartment(ids, dept));
        for (qint64 id : ids) {
            QCOMPARE(byId(reread(file), id)->status, ActivityStatus::Done);
            QCOMPARE(byId(reread(file), id)->progress, 100);
            QCOMPARE(byId(reread(file), id)->leadDepartmentId, dept);
        }
        QCOMPARE(ws->undoStack()->count(), 2);
        ws->undoStack()->undo();
        ws->undoStack()->undo();
        const QList<Activity> after = reread(file);
        for (qint64 id : ids) {
            QCOMPARE(byId(after, id)->status, byId(before, id)->status);
            QCOMPARE(byId(after, id)->leadDepartmentId, byId(before, id)->leadDepartmentId);
        }
    }

    void refusedWriteIsNotPushed()
    {
        TestFile file(2);
        auto ws = file.open(m_clock);
        ActivityEditor editor(*ws);
        Activity bad = ws->activityModel()->activityAt(0);
        const Activity before = bad;
        bad.pillarId = 999999; // no such pillar: the file refuses (foreign key)
        QSignalSpy rejected(&editor, &ActivityEditor::rejected);
        QVERIFY(!editor.edit(before, bad, {}));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(ws->undoStack()->count(), 0);
        QCOMPARE(ws->activityModel()->activityAt(0), before);
    }
};

QTEST_GUILESS_MAIN(TestActivityUndo)
#include "tst_activityundo.moc"
