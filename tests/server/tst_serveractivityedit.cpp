#include "ServerTestDb.h"

#include "server/ServerActivityEdit.h"

#include <QTest>

// A versioned edit on a real server (pg_cluster fixture): saved on the version read; refused after
// someone else's change, with their value, their name and the new version, and saved again on that
// version ("keep mine"); a deleted row or another county's row is gone; columns outside the list
// are refused before any SQL.
class TestServerActivityEdit : public QObject
{
    Q_OBJECT

    ServerTestDb m_db{"cp_edit_"};
    QString m_zd = m_db.role("zd"), m_zd2 = m_db.role("zd2"), m_jx = m_db.role("jx");
    QSqlDatabase m_mine, m_theirs, m_other;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QVERIFY2(m_db.addHebei({QStringLiteral("正定县"), QStringLiteral("井陉县")}, &error),
                 qPrintable(error));
        for (const auto& [role, unit] :
             {std::pair{m_zd, "正定县"}, std::pair{m_zd2, "正定县"}, std::pair{m_jx, "井陉县"}})
            QVERIFY2(ServerAdmin::addUser(m_db.admin(), role, QString::fromUtf8(unit),
                                          ServerTestDb::password(role), &error),
                     qPrintable(error));
        m_mine = m_db.as(m_zd, QStringLiteral("mine"));
        m_theirs = m_db.as(m_zd2, QStringLiteral("theirs"));
        m_other = m_db.as(m_jx, QStringLiteral("other"));
        QVERIFY(m_mine.isOpen() && m_theirs.isOpen() && m_other.isOpen());
        QSqlQuery q(m_mine);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO activity (uuid, title, location, created_ms, updated_ms) "
                                       "VALUES ('a1', '质量开放日', '县政府广场', 1, 1), "
                                       "('a2', '计量宣传', '', 1, 1)")),
                 qPrintable(q.lastError().text()));
    }

    void savedOnTheVersionRead()
    {
        ServerActivityEdit::Row row;
        bool found = false;
        QString error;
        QVERIFY2(ServerActivityEdit::read(m_mine, QStringLiteral("a1"), {QStringLiteral("title")}, &row,
                                          &found, &error),
                 qPrintable(error));
        QVERIFY(found);
        QCOMPARE(row.version, 1);
        QCOMPARE(row.changedBy, m_zd); // the insert
        ServerActivityEdit::Outcome outcome;
        ServerActivityEdit::Row now;
        QVERIFY2(ServerActivityEdit::update(m_mine, QStringLiteral("a1"), row.version,
                                            {{QStringLiteral("title"), QStringLiteral("企业质量开放日")},
                                             {QStringLiteral("progress"), 30}},
                                            &outcome, &now, &error),
                 qPrintable(error));
        QCOMPARE(outcome, ServerActivityEdit::Outcome::Saved);
        QCOMPARE(now.version, 2);
        QCOMPARE(m_db.adminValue(
                     QStringLiteral("SELECT title || ' ' || progress FROM activity WHERE uuid = 'a1'")),
                 QStringLiteral("企业质量开放日 30"));
        // The date as the plan wrote it, and the references, are the user's to edit too.
        QVERIFY2(ServerActivityEdit::update(m_mine, QStringLiteral("a1"), now.version,
                                            {{QStringLiteral("date_text"), QStringLiteral("9月中旬")},
                                             {QStringLiteral("lead_department_id"), QVariant()}},
                                            &outcome, &now, &error),
                 qPrintable(error));
        QCOMPARE(outcome, ServerActivityEdit::Outcome::Saved);
        QCOMPARE(m_db.adminValue(QStringLiteral("SELECT date_text FROM activity WHERE uuid = 'a1'")),
                 QStringLiteral("9月中旬"));
        QCOMPARE(
            m_db.adminValue(QStringLiteral("SELECT new_value FROM activity_change WHERE activity_uuid = 'a1' "
                                           "AND field = 'date_text'")),
            QStringLiteral("9月中旬"));
    }

    void aLostRaceComesBackWithTheirValue()
    {
        QString error;
        ServerActivityEdit::Row mine, theirs;
        bool found = false;
        const QStringList location{QStringLiteral("location")};
        QVERIFY(ServerActivityEdit::read(m_mine, QStringLiteral("a1"), location, &mine, &found, &error) &&
                found);
        QVERIFY(ServerActivityEdit::read(m_theirs, QStringLiteral("a1"), location, &theirs, &found, &error) &&
                found);
        QCOMPARE(mine.version, theirs.version);
        ServerActivityEdit::Outcome outcome;
        ServerActivityEdit::Row now;
        QVERIFY(ServerActivityEdit::update(m_theirs, QStringLiteral("a1"), theirs.version,
                                           {{QStringLiteral("location"), QStringLiteral("县市场监管局")}},
                                           &outcome, &now, &error));
        QCOMPARE(outcome, ServerActivityEdit::Outcome::Saved);
        // Mine was read before theirs was saved: refused, nothing written, their value reported.
        QVERIFY(ServerActivityEdit::update(m_mine, QStringLiteral("a1"), mine.version,
                                           {{QStringLiteral("location"), QStringLiteral("正定古城南门")}},
                                           &outcome, &now, &error));
        QCOMPARE(outcome, ServerActivityEdit::Outcome::LostRace);
        QCOMPARE(now.version, mine.version + 1);
        QCOMPARE(now.values.value(QStringLiteral("location")).toString(), QStringLiteral("县市场监管局"));
        QCOMPARE(now.changedBy, m_zd2);
        QVERIFY(now.changedAt.isValid());
        QCOMPARE(m_db.adminValue(QStringLiteral("SELECT location FROM activity WHERE uuid = 'a1'")),
                 QStringLiteral("县市场监管局"));
        // Keep mine: the same edit on the version now known is saved.
        QVERIFY(ServerActivityEdit::update(m_mine, QStringLiteral("a1"), now.version,
                                           {{QStringLiteral("location"), QStringLiteral("正定古城南门")}},
                                           &outcome, &now, &error));
        QCOMPARE(outcome, ServerActivityEdit::Outcome::Saved);
        QCOMPARE(m_db.adminValue(QStringLiteral("SELECT location FROM activity WHERE uuid = 'a1'")),
                 QStringLiteral("正定古城南门"));
        // Both edits are in the history, each with its user.
        QCOMPARE(m_db.adminValue(QStringLiteral(
                     "SELECT string_agg(changed_by || ':' || new_value, ',' ORDER BY id) "
                     "FROM activity_change WHERE activity_uuid = 'a1' AND field = 'location'")),
                 QStringLiteral("%1:县市场监管局,%2:正定古城南门").arg(m_zd2, m_zd));
    }

    void aDeletedRowIsGone()
    {
        QString error;
        ServerActivityEdit::Row row, now;
        bool found = false;
        QVERIFY(ServerActivityEdit::read(m_mine, QStringLiteral("a2"), {QStringLiteral("notes")}, &row,
                                         &found, &error) &&
                found);
        QSqlQuery q(m_theirs);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM activity WHERE uuid = 'a2'")));
        ServerActivityEdit::Outcome outcome;
        QVERIFY(ServerActivityEdit::update(m_mine, QStringLiteral("a2"), row.version,
                                           {{QStringLiteral("notes"), QStringLiteral("改")}}, &outcome, &now,
                                           &error));
        QCOMPARE(outcome, ServerActivityEdit::Outcome::Gone);
    }

    void anotherCountysRowCannotBeChanged()
    {
        QString error;
        ServerActivityEdit::Row row, now;
        bool found = true;
        QVERIFY(ServerActivityEdit::read(m_other, QStringLiteral("a1"), {QStringLiteral("title")}, &row,
                                         &found, &error));
        QVERIFY(!found); // row-level security hides it
        const QString version =
            m_db.adminValue(QStringLiteral("SELECT row_version FROM activity WHERE uuid = 'a1'"));
        ServerActivityEdit::Outcome outcome;
        QVERIFY(ServerActivityEdit::update(m_other, QStringLiteral("a1"), version.toLongLong(),
                                           {{QStringLiteral("title"), QStringLiteral("井陉县改的")}},
                                           &outcome, &now, &error));
        QCOMPARE(outcome, ServerActivityEdit::Outcome::Gone);
        QCOMPARE(m_db.adminValue(QStringLiteral("SELECT title FROM activity WHERE uuid = 'a1'")),
                 QStringLiteral("企业质量开放日"));
    }

    void onlyEditableColumns()
    {
        QString error;
        ServerActivityEdit::Outcome outcome;
        ServerActivityEdit::Row now;
        for (const QString& column : {QStringLiteral("unit_id"), QStringLiteral("row_version"),
                                      QStringLiteral("title = 'x', unit_id"), QStringLiteral("uuid")}) {
            error.clear();
            QVERIFY(!ServerActivityEdit::update(m_mine, QStringLiteral("a1"), 1, {{column, 1}}, &outcome,
                                                &now, &error));
            QVERIFY(error.contains(column));
        }
        bool found = false;
        QVERIFY(!ServerActivityEdit::read(m_mine, QStringLiteral("a1"), {QStringLiteral("unit_id")}, &now,
                                          &found, &error));
        QVERIFY(!ServerActivityEdit::update(m_mine, QStringLiteral("a1"), 1, {}, &outcome, &now, &error));
    }

    void cleanupTestCase()
    {
        m_mine = m_theirs = m_other = QSqlDatabase();
        for (const char* name : {"mine", "theirs", "other"})
            ServerConnection::close(QLatin1String(name));
        m_db.close();
    }
};

QTEST_GUILESS_MAIN(TestServerActivityEdit)
#include "tst_serveractivityedit.moc"
