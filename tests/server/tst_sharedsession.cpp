#include "ActivityEditor.h"
#include "ActivityStore.h"
#include "ActivityTableModel.h"
#include "ServerTestDb.h"
#include "Workspace.h"
#include "evidence/PackageJobRunner.h"
#include "reference/ReferenceEditor.h"
#include "server/ServerChangeFeed.h"
#include "server/SharedSession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

// The window over a shared server, below the widgets: two users of one county each open the unit
// (a local copy pulled from the server) and edit through their editors. Every edit reaches the server
// under the version its user read; the other user's table shows it without a reload; a lost race
// changes nothing and hands both values to the user; undo undoes only one's own edits; other kinds of
// edit are refused instead of changing only the local copy.
class TestSharedSession : public QObject
{
    Q_OBJECT

    ServerTestDb m_db{"cp_shared"};
    QString m_zd = m_db.role("zd"), m_zd2 = m_db.role("zd2");
    QTemporaryDir m_dir;

    // One user's window, as Application builds it.
    struct Window
    {
        std::unique_ptr<SharedSession> session;
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<ActivityEditor> editor;
        ActivityTableModel* model() const { return workspace->activityModel(); }
        int row(const QUuid& uuid) const
        {
            for (int r = 0; r < model()->rowCount(); ++r)
                if (model()->activityAt(r).uuid == uuid)
                    return r;
            return -1;
        }
        Activity activity(const QUuid& uuid) const
        {
            const int r = row(uuid);
            return r >= 0 ? model()->activityAt(r) : Activity();
        }
    };

    std::unique_ptr<Window> open(const QString& role, const QString& copyName)
    {
        auto w = std::make_unique<Window>();
        QString error;
        const ServerAddress address = m_db.address(role);
        w->session = SharedSession::connect(address, ServerTestDb::password(role), &error);
        if (!w->session) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        const QString copy = m_dir.filePath(copyName);
        if (!SharedSession::pullInto(address, ServerTestDb::password(role), w->session->unitId(), copy,
                                     &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        static const SystemClock clock;
        w->workspace = Workspace::open(copy, clock, &error);
        if (!w->workspace) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        w->editor = std::make_unique<ActivityEditor>(*w->workspace);
        w->session->attach(*w->workspace, w->editor->store());
        return w;
    }

    QString serverValue(const QString& sql) { return m_db.adminValue(sql); }
    QString serverTitle(const QUuid& uuid)
    {
        return serverValue(QStringLiteral("SELECT title FROM activity WHERE uuid = '%1'")
                               .arg(uuid.toString(QUuid::WithoutBraces)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QVERIFY2(m_db.addHebei({QStringLiteral("正定县")}, &error), qPrintable(error));
        for (const QString& role : {m_zd, m_zd2})
            QVERIFY2(ServerAdmin::addUser(m_db.admin(), role, QStringLiteral("正定县"),
                                          ServerTestDb::password(role), &error),
                     qPrintable(error));
        // The county's plan goes up once, as `push` would.
        QVERIFY2(m_db.pushDemo(m_zd, QStringLiteral("正定县"), 60, 7,
                               m_dir.filePath(QStringLiteral("zd.campaign")), &error),
                 qPrintable(error));
    }

    void editsReachTheServerAndTheOtherTable()
    {
        auto a = open(m_zd, QStringLiteral("a1.campaign"));
        auto b = open(m_zd2, QStringLiteral("b1.campaign"));
        QVERIFY(a && b);
        QCOMPARE(a->model()->rowCount(), b->model()->rowCount());
        QVERIFY(a->model()->rowCount() > 0);
        const Activity before = a->model()->activityAt(3);
        Activity after = before;
        after.title = QStringLiteral("质量开放日（张三改）");
        after.assistingDepartmentIds = {};
        after.progress = 40;
        QVERIFY(a->editor->edit(before, after, QString()));
        QCOMPARE(serverTitle(before.uuid), after.title);
        QCOMPARE(
            serverValue(
                QStringLiteral("SELECT count(*) FROM activity_assist WHERE activity_id = %1").arg(before.id)),
            QStringLiteral("0"));
        // The other user's table follows, row in place, without touching their undo stack.
        const int rowInB = b->row(before.uuid);
        QTRY_COMPARE_WITH_TIMEOUT(b->activity(before.uuid).title, after.title, 10000);
        QCOMPARE(b->row(before.uuid), rowInB);
        QCOMPARE(b->activity(before.uuid).progress, 40);
        QVERIFY(b->activity(before.uuid).assistingDepartmentIds.isEmpty());
        QCOMPARE(b->workspace->undoStack()->count(), 0);
        // The history, read from the server, names the user.
        QList<ActivityChange> history;
        QString error;
        QVERIFY2(b->workspace->activityHistory(before.id, before.uuid.toString(QUuid::WithoutBraces),
                                               &history, &error),
                 qPrintable(error));
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().changedBy, m_zd);
    }

    void aLostRaceChangesNothingAndOffersBothValues()
    {
        auto a = open(m_zd, QStringLiteral("a2.campaign"));
        auto b = open(m_zd2, QStringLiteral("b2.campaign"));
        QVERIFY(a && b);
        const Activity original = a->model()->activityAt(5);
        Activity theirs = original;
        theirs.location = QStringLiteral("县政务服务中心");
        QVERIFY(b->editor->edit(original, theirs, QString()));
        // A has not heard of it yet (no events processed): its edit names the old version.
        QSignalSpy conflicts(&a->editor->store(), &ActivityStore::conflicted);
        QSignalSpy rejected(a->editor.get(), &ActivityEditor::rejected);
        Activity mine = original;
        mine.location = QStringLiteral("人民广场");
        QVERIFY(!a->editor->edit(original, mine, QString()));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(rejected.size(), 1);
        const auto list = conflicts.first().first().value<QList<ActivityConflict>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().mine.location, mine.location);
        QCOMPARE(list.first().theirs.location, theirs.location);
        QCOMPARE(list.first().changedBy, m_zd2);
        QVERIFY(!list.first().gone);
        QCOMPARE(serverValue(QStringLiteral("SELECT location FROM activity WHERE uuid = '%1'")
                                 .arg(original.uuid.toString(QUuid::WithoutBraces))),
                 theirs.location);
        QCOMPARE(a->workspace->undoStack()->count(), 0);

        // Keep mine: written again on the version just seen.
        QVERIFY(a->editor->edit(list.first().theirs, mine, QString()));
        QCOMPARE(serverValue(QStringLiteral("SELECT location FROM activity WHERE uuid = '%1'")
                                 .arg(original.uuid.toString(QUuid::WithoutBraces))),
                 mine.location);
        QTRY_COMPARE_WITH_TIMEOUT(b->activity(original.uuid).location, mine.location, 10000);

        // Take theirs: B loses the next race and takes A's value into its table.
        Activity again = b->activity(original.uuid);
        Activity bMine = again;
        bMine.owner = QStringLiteral("李四");
        Activity aNext = a->activity(original.uuid);
        Activity aChange = aNext;
        aChange.owner = QStringLiteral("张三");
        QVERIFY(a->editor->edit(aNext, aChange, QString()));
        QSignalSpy bConflicts(&b->editor->store(), &ActivityStore::conflicted);
        QVERIFY(!b->editor->edit(again, bMine, QString()));
        QCOMPARE(bConflicts.size(), 1);
        QString error;
        QVERIFY2(b->session->takeTheirs(bConflicts.first().first().value<QList<ActivityConflict>>(), &error),
                 qPrintable(error));
        QCOMPARE(b->activity(original.uuid).owner, QStringLiteral("张三"));
    }

    void undoUndoesOnlyOnesOwnEdits()
    {
        auto a = open(m_zd, QStringLiteral("a3.campaign"));
        auto b = open(m_zd2, QStringLiteral("b3.campaign"));
        QVERIFY(a && b);
        const Activity x = a->model()->activityAt(10);
        const Activity y = a->model()->activityAt(11);
        Activity x2 = x;
        x2.title = QStringLiteral("我的修改");
        QVERIFY(a->editor->edit(x, x2, QString()));
        Activity y2 = b->activity(y.uuid);
        const Activity yBefore = y2;
        y2.title = QStringLiteral("别人的修改");
        QVERIFY(b->editor->edit(yBefore, y2, QString()));
        QTRY_COMPARE_WITH_TIMEOUT(a->activity(y.uuid).title, y2.title, 10000);
        QCOMPARE(a->workspace->undoStack()->count(), 1);
        a->workspace->undoStack()->undo();
        QCOMPARE(serverTitle(x.uuid), x.title);
        QCOMPARE(serverTitle(y.uuid), y2.title);
        QCOMPARE(a->activity(x.uuid).title, x.title);
        QTRY_COMPARE_WITH_TIMEOUT(b->activity(x.uuid).title, x.title, 10000);
    }

    void addRemoveAndUndoGoThroughTheServer()
    {
        auto a = open(m_zd, QStringLiteral("a4.campaign"));
        auto b = open(m_zd2, QStringLiteral("b4.campaign"));
        QVERIFY(a && b);
        Activity fresh;
        fresh.campaignId = a->workspace->currentCampaignId();
        fresh.title = QStringLiteral("计量惠民服务进社区");
        fresh.start = QDate(2021, 9, 15);
        fresh.end = QDate(2021, 9, 15);
        const qint64 id = a->editor->add(fresh);
        QVERIFY(id > 0);
        const QString count =
            serverValue(QStringLiteral("SELECT count(*) FROM activity WHERE id = %1").arg(id));
        QCOMPARE(count, QStringLiteral("1")); // the server's id is the copy's
        const QUuid uuid = a->model()->activityAt(a->model()->rowOfId(id)).uuid;
        QTRY_VERIFY_WITH_TIMEOUT(b->row(uuid) >= 0, 10000);
        QVERIFY(a->editor->remove({id}));
        QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM activity WHERE id = %1").arg(id)),
                 QStringLiteral("0"));
        QTRY_VERIFY_WITH_TIMEOUT(b->row(uuid) < 0, 10000);
        a->workspace->undoStack()->undo(); // the removal: back under its id and uuid
        QCOMPARE(serverValue(QStringLiteral("SELECT id FROM activity WHERE uuid = '%1'")
                                 .arg(uuid.toString(QUuid::WithoutBraces))),
                 QString::number(id));
        QTRY_VERIFY_WITH_TIMEOUT(b->row(uuid) >= 0, 10000);
    }

    void otherEditsAreRefusedNotKeptLocally()
    {
        auto a = open(m_zd, QStringLiteral("a5.campaign"));
        QVERIFY(a);
        ReferenceEditor reference(*a->workspace);
        Campaign campaign = a->workspace->campaign().campaign;
        const QString title = campaign.title;
        campaign.title = QStringLiteral("改过的标题");
        QString error;
        QVERIFY(!reference.editCampaign(campaign, &error));
        QVERIFY2(error.contains(QStringLiteral("push")), qPrintable(error));
        QCOMPARE(a->workspace->campaign().campaign.title, title);
        QCOMPARE(a->workspace->undoStack()->count(), 0);
        // Writes that are not undo commands are refused alike: a new year's campaign, a package.
        const int campaigns = int(a->workspace->campaigns().size());
        error.clear();
        QCOMPARE(reference.copyCampaign(a->workspace->currentCampaignId(), 2022, true, &error), qint64(0));
        QVERIFY2(error.contains(QStringLiteral("push")), qPrintable(error));
        QCOMPARE(int(a->workspace->campaigns().size()), campaigns);
        PackageJobRunner packages(*a->workspace, {});
        error.clear();
        QVERIFY(!packages.startImport(m_dir.filePath(QStringLiteral("any.zip")), &error));
        QVERIFY2(error.contains(QStringLiteral("push")), qPrintable(error));
    }

    // The server drops the window's connections (a restart, a network cut). Another user's change
    // made while the window could not listen is found and shown once it is back, and an edit made
    // before the heartbeat noticed anything reaches the server on a connection opened again.
    void aDroppedConnectionComesBack()
    {
        ServerChangeFeed::setHeartbeatInterval(200);
        auto a = open(m_zd, QStringLiteral("a6.campaign"));
        auto b = open(m_zd2, QStringLiteral("b6.campaign"));
        QVERIFY(a && b);
        QSignalSpy lost(a->session.get(), &SharedSession::connectionLost);
        QSignalSpy back(a->session.get(), &SharedSession::reconnected);

        dropConnectionsOf(m_zd);
        // Without an event loop turn for `a`: its feed cannot have heard of this change.
        const Activity changed = b->model()->activityAt(11);
        Activity theirs = changed;
        theirs.title = QStringLiteral("断线期间别人改的");
        QVERIFY(b->editor->edit(changed, theirs, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(back.count() >= 1, 20000);
        QVERIFY(lost.count() >= 1);
        QCOMPARE(a->activity(changed.uuid).title, theirs.title);
        QCOMPARE(a->workspace->undoStack()->count(), 0);

        // Dropped again, and this time the user edits before any heartbeat: the write finds the
        // connection dead, opens it again and goes through.
        ServerChangeFeed::setHeartbeatInterval(15000);
        dropConnectionsOf(m_zd);
        const Activity before = a->model()->activityAt(12);
        Activity mine = before;
        mine.title = QStringLiteral("重连后我改的");
        QVERIFY(a->editor->edit(before, mine, QString()));
        QCOMPARE(serverTitle(before.uuid), mine.title);
        QCOMPARE(a->activity(before.uuid).title, mine.title);
    }

private:
    // Ends every server session of `role` and waits until the server has let them go.
    void dropConnectionsOf(const QString& role)
    {
        const QString who = QStringLiteral(" FROM pg_stat_activity WHERE usename = '%1'").arg(role);
        QCOMPARE(serverValue(QStringLiteral("SELECT count(*) > 0") + who), QStringLiteral("true"));
        serverValue(QStringLiteral("SELECT count(pg_terminate_backend(pid))") + who);
        for (int i = 0; i < 100 && serverValue(QStringLiteral("SELECT count(*)") + who) != QLatin1String("0");
             ++i)
            QThread::msleep(50);
        QCOMPARE(serverValue(QStringLiteral("SELECT count(*)") + who), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestSharedSession)
#include "tst_sharedsession.moc"
