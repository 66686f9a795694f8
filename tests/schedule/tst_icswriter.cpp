#include "IcsChecker.h"

#include "CalendarExport.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "IcsText.h"
#include "IcsWriter.h"
#include "SnapshotLoader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// The .ics export read back by a strict RFC 5545 checker: structure, folding, escaping, all-day
// dates, stable UIDs and the one-department filter.
class TstIcsWriter : public QObject
{
    Q_OBJECT

private:
    static CampaignSnapshot handMade()
    {
        CampaignSnapshot s;
        s.unit.name = QStringLiteral("某某县市场监督管理局");
        Campaign& c = s.campaign.campaign;
        c.year = 2021;
        c.title = QStringLiteral("2021年全国“质量月”活动");
        c.start = QDate(2021, 9, 1);
        c.end = QDate(2021, 9, 30);
        c.summaryDeadline = QDate(2021, 10, 15);
        s.campaign.pillars = {
            {7, 1, 1, QStringLiteral("宣传"), QStringLiteral("质量宣传"), {}, QStringLiteral("#c0392b")}};
        s.departments = {{1, 1, QStringLiteral("办公室"), false},
                         {2, 2, QStringLiteral("质量发展股"), false}};
        Activity a;
        a.id = 1;
        a.uuid = QUuid(QStringLiteral("{11111111-2222-3333-4444-555555555555}"));
        a.pillarId = 7;
        a.title = QStringLiteral("Tricky, title; with \\ backslash");
        a.description = QStringLiteral("Line one\nLine two\r\nLine three, end;") +
                        QString(40, QChar(0x8D28)); // long CJK text forces folding inside UTF-8
        a.location = QStringLiteral("县政府广场");
        a.leadDepartmentId = 1;
        a.start = QDate(2021, 9, 6);
        a.end = QDate(2021, 9, 8);
        a.deadline = QDate(2021, 9, 10);
        a.updated = QDateTime(QDate(2021, 8, 20), QTime(9, 30), Qt::UTC);
        Activity b;
        b.id = 2;
        b.uuid = QUuid(QStringLiteral("{aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee}"));
        b.title = QStringLiteral("Only an end date");
        b.end = QDate(2021, 9, 30);
        b.leadDepartmentId = 2;
        Activity undated;
        undated.id = 3;
        undated.uuid = QUuid(QStringLiteral("{99999999-2222-3333-4444-555555555555}"));
        undated.title = QStringLiteral("No dates at all");
        undated.leadDepartmentId = 2;
        s.activities = {a, b, undated};
        return s;
    }

    static IcsChecker::Component eventWithUid(const IcsChecker& c, const QString& uid)
    {
        for (const IcsChecker::Component& e : c.events())
            if (e.prop(QStringLiteral("UID"))->value == uid)
                return e;
        return {};
    }

private slots:
    void foldsAtSeventyFiveOctetsWithoutSplittingCharacters()
    {
        const QByteArray folded = IcsText::line(QStringLiteral("SUMMARY:") + QString(100, QChar(0x8D28)));
        for (const QByteArray& l : folded.split('\n')) {
            QVERIFY(l.size() <= 76); // 75 octets + the CR
            QVERIFY(l.isEmpty() || l.endsWith('\r'));
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(QString::fromUtf8(unfolded.chopped(2)),
                 QStringLiteral("SUMMARY:") + QString(100, QChar(0x8D28)));
    }

    void escapesText()
    {
        QCOMPARE(IcsText::escape(QStringLiteral("a,b;c\\d\ne\r\nf")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    }

    void passesStrictChecker()
    {
        const CampaignSnapshot s = handMade();
        const QByteArray ics = IcsWriter::render(s, {});
        IcsChecker checker;
        QVERIFY2(checker.check(ics), qPrintable(checker.errors.join(QLatin1Char('\n'))));
        // Period, summary deadline, two activity spans and one deadline; the undated activity is left out.
        QCOMPARE(checker.events().size(), 5);
        QVERIFY(ics.contains("TZID:Asia/Shanghai"));

        const IcsChecker::Component a =
            eventWithUid(checker, QStringLiteral("11111111-2222-3333-4444-555555555555@campaign-planner"));
        QCOMPARE(a.prop(QStringLiteral("DTSTART"))->value, QStringLiteral("20210906"));
        QCOMPARE(a.prop(QStringLiteral("DTSTART"))->params.value(QStringLiteral("VALUE")),
                 QStringLiteral("DATE"));
        QCOMPARE(a.prop(QStringLiteral("DTEND"))->value, QStringLiteral("20210909")); // exclusive
        QCOMPARE(a.prop(QStringLiteral("DTSTAMP"))->value, QStringLiteral("20210820T093000Z"));
        QCOMPARE(IcsChecker::unescape(a.prop(QStringLiteral("SUMMARY"))->value), s.activities[0].title);
        QVERIFY(IcsChecker::unescape(a.prop(QStringLiteral("DESCRIPTION"))->value)
                    .startsWith(QStringLiteral("Line one\nLine two\nLine three, end;")));
        QCOMPARE(IcsChecker::unescape(a.prop(QStringLiteral("CATEGORIES"))->value),
                 QStringLiteral("质量宣传"));

        const IcsChecker::Component d = eventWithUid(
            checker, QStringLiteral("11111111-2222-3333-4444-555555555555-deadline@campaign-planner"));
        QCOMPARE(d.prop(QStringLiteral("DTSTART"))->value, QStringLiteral("20210910"));
        QCOMPARE(d.prop(QStringLiteral("DTEND"))->value, QStringLiteral("20210911"));
        QCOMPARE(d.children.size(), 1); // the reminder

        const IcsChecker::Component b =
            eventWithUid(checker, QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee@campaign-planner"));
        QCOMPARE(b.prop(QStringLiteral("DTSTART"))->value, QStringLiteral("20210930"));
        QCOMPARE(b.prop(QStringLiteral("DTEND"))->value, QStringLiteral("20211001"));
        bool summary = false;
        for (const IcsChecker::Component& e : checker.events())
            summary |= e.prop(QStringLiteral("DTSTART"))->value == QLatin1String("20211015");
        QVERIFY(summary);
    }

    void checkerRejectsBrokenCalendars_data()
    {
        QTest::addColumn<QByteArray>("ics");
        const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n";
        const QByteArray ev =
            "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20210101T000000Z\r\nDTSTART;VALUE=DATE:20210101\r\n";
        QTest::newRow("bare LF") << QByteArray(head + ev).replace("UID:a\r\n", "UID:a\n") +
                                        "END:VEVENT\r\nEND:VCALENDAR\r\n";
        QTest::newRow("long line") << head + ev + "SUMMARY:" + QByteArray(80, 'x') +
                                          "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        QTest::newRow("unbalanced") << head + ev + "END:VCALENDAR\r\n";
        QTest::newRow("no uid") << QByteArray(head + ev).replace("UID:a\r\n", "") +
                                       "END:VEVENT\r\nEND:VCALENDAR\r\n";
        QTest::newRow("bad date") << QByteArray(head + ev).replace("20210101\r\n", "20210231\r\n") +
                                         "END:VEVENT\r\nEND:VCALENDAR\r\n";
        QTest::newRow("unescaped comma") << head + ev + "SUMMARY:a,b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        QTest::newRow("no version") << QByteArray(head).replace("VERSION:2.0\r\n", "") + ev +
                                           "END:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    void checkerRejectsBrokenCalendars()
    {
        QFETCH(QByteArray, ics);
        IcsChecker checker;
        QVERIFY(!checker.check(ics));
    }

    void demoFileExportsStableUidsAndFiltersByDepartment()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("demo.campaign"));
        {
            std::unique_ptr<Database> db = CampaignFile::createDefault(path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(DemoGenerator::populate(*db, 300, 42, &error), qPrintable(error));
        }
        std::unique_ptr<Database> db = Database::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        CampaignSnapshot s;
        QVERIFY2(SnapshotLoader::load(*db, 0, &s, &error), qPrintable(error));
        QVERIFY(!s.departments.isEmpty());

        const QString first = dir.filePath(QStringLiteral("a.ics")),
                      second = dir.filePath(QStringLiteral("b.ics"));
        QVERIFY2(CalendarExport::writeIcsFile(s, QString(), first, &error), qPrintable(error));
        QVERIFY2(CalendarExport::writeIcsFile(s, QString(), second, &error), qPrintable(error));
        QFile fa(first), fb(second);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        IcsChecker a, b;
        QVERIFY2(a.check(fa.readAll()), qPrintable(a.errors.mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY2(b.check(fb.readAll()), qPrintable(b.errors.mid(0, 5).join(QLatin1Char('\n'))));
        QStringList uidsA, uidsB;
        for (const IcsChecker::Component& e : a.events())
            uidsA << e.prop(QStringLiteral("UID"))->value;
        for (const IcsChecker::Component& e : b.events())
            uidsB << e.prop(QStringLiteral("UID"))->value;
        QVERIFY(uidsA.size() > 300);
        QCOMPARE(uidsA, uidsB);
        for (const Activity& act : s.activities)
            QVERIFY(uidsA.contains(IcsWriter::activityUid(act)));

        // One department: only its activities (lead or assisting), still valid.
        const Department dept = s.departments.first();
        const QString only = dir.filePath(QStringLiteral("dept.ics"));
        QVERIFY2(CalendarExport::writeIcsFile(s, dept.name, only, &error), qPrintable(error));
        QFile fd(only);
        QVERIFY(fd.open(QIODevice::ReadOnly));
        IcsChecker d;
        QVERIFY2(d.check(fd.readAll()), qPrintable(d.errors.mid(0, 5).join(QLatin1Char('\n'))));
        int expected = 0;
        for (const Activity& act : s.activities)
            expected += act.leadDepartmentId == dept.id || act.assistingDepartmentIds.contains(dept.id);
        int spans = 0;
        for (const IcsChecker::Component& e : d.events()) {
            const QString uid = e.prop(QStringLiteral("UID"))->value;
            spans += uidsA.contains(uid) && !uid.contains(QLatin1String("-deadline")) &&
                     s.activities.end() !=
                         std::find_if(s.activities.begin(), s.activities.end(),
                                      [&](const Activity& x) { return IcsWriter::activityUid(x) == uid; });
        }
        QVERIFY(expected > 0 && expected < s.activities.size());
        QCOMPARE(spans, expected);

        // An unknown department is refused and leaves no file.
        const QString none = dir.filePath(QStringLiteral("none.ics"));
        QVERIFY(!CalendarExport::writeIcsFile(s, QStringLiteral("No such department"), none, &error));
        QVERIFY(error.contains(QLatin1String("No such department")));
        QVERIFY(!QFile::exists(none));
    }
};

QTEST_GUILESS_MAIN(TstIcsWriter)
#include "tst_icswriter.moc"
