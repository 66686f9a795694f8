// Free-text dates from plan tables: every form the import issue lists, read against the campaign year.
#include "importing/FreeDate.h"

#include <QTest>

class TestFreeDate : public QObject
{
    Q_OBJECT

private:
    static FreeDate::Context context2024() { return {2024, QDate(2024, 9, 1), QDate(2024, 9, 30)}; }

private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        auto d = [](int m, int day) { return QDate(2024, m, day); };
        QTest::newRow("day") << QStringLiteral("9月1日") << d(9, 1) << d(9, 1);
        QTest::newRow("day-day") << QStringLiteral("9月1日-30日") << d(9, 1) << d(9, 30);
        QTest::newRow("至") << QStringLiteral("9月1日至9月30日") << d(9, 1) << d(9, 30);
        QTest::newRow("1-30日") << QStringLiteral("9月1-30日") << d(9, 1) << d(9, 30);
        QTest::newRow("across months") << QStringLiteral("8月28日-9月1日") << d(8, 28) << d(9, 1);
        QTest::newRow("dotted") << QStringLiteral("9.1-9.30") << d(9, 1) << d(9, 30);
        QTest::newRow("with year") << QStringLiteral("2024年9月1日") << d(9, 1) << d(9, 1);
        QTest::newRow("iso") << QStringLiteral("2024-09-01") << d(9, 1) << d(9, 1);
        QTest::newRow("slashes") << QStringLiteral("2024/9/1") << d(9, 1) << d(9, 1);
        QTest::newRow("serial") << QStringLiteral("45536") << d(9, 1) << d(9, 1);
        QTest::newRow("上旬") << QStringLiteral("9月上旬") << d(9, 1) << d(9, 10);
        QTest::newRow("中旬") << QStringLiteral("9月中旬") << d(9, 11) << d(9, 20);
        QTest::newRow("下旬") << QStringLiteral("9月下旬") << d(9, 21) << d(9, 30);
        QTest::newRow("初") << QStringLiteral("9月初") << d(9, 1) << d(9, 5);
        QTest::newRow("月底") << QStringLiteral("9月底") << d(9, 26) << d(9, 30);
        QTest::newRow("month") << QStringLiteral("9月") << d(9, 1) << d(9, 30);
        QTest::newRow("months") << QStringLiteral("9-10月") << d(9, 1) << d(10, 31);
        QTest::newRow("即日起") << QStringLiteral("即日起至9月30日") << d(9, 1) << d(9, 30);
        QTest::newRow("全年") << QStringLiteral("全年") << d(1, 1) << d(12, 31);
        QTest::newRow("上午") << QStringLiteral("9月10日上午") << d(9, 10) << d(9, 10);
        QTest::newRow("full width") << QStringLiteral("９月１０日－１５日") << d(9, 10) << d(9, 15);
        QTest::newRow("spaces") << QStringLiteral(" 9 月 1 日 — 9 月 5 日 ") << d(9, 1) << d(9, 5);
        QTest::newRow("iso range") << QStringLiteral("2024-09-01至2024-09-07") << d(9, 1) << d(9, 7);
        QTest::newRow("起") << QStringLiteral("9月15日起") << d(9, 15) << d(9, 30);
        QTest::newRow("前") << QStringLiteral("9月20日前") << d(9, 20) << d(9, 20);
        QTest::newRow("月份") << QStringLiteral("9月份") << d(9, 1) << d(9, 30);
        QTest::newRow("list") << QStringLiteral("9月5日、9月12日") << d(9, 5) << d(9, 12);
        QTest::newRow("chinese numerals") << QStringLiteral("九月十五日") << d(9, 15) << d(9, 15);
        QTest::newRow("旬 range") << QStringLiteral("9月上旬-中旬") << d(9, 1) << d(9, 20);
        QTest::newRow("dotted day") << QStringLiteral("9.16") << d(9, 16) << d(9, 16);
    }
    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const FreeDate::Result r = FreeDate::parse(text, context2024());
        QVERIFY2(r.ok, qPrintable(text));
        QCOMPARE(r.start, start);
        QCOMPARE(r.end, end);
        QVERIFY(!r.otherYear);
    }

    void unreadable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << QStringLiteral("待定");
        QTest::newRow("no day number") << QStringLiteral("月日");
        QTest::newRow("bad month") << QStringLiteral("13月1日");
        QTest::newRow("bad day") << QStringLiteral("9月31日");
        QTest::newRow("backwards") << QStringLiteral("9月30日-9月1日x");
        QTest::newRow("phone number") << QStringLiteral("13800001111");
        QTest::newRow("bare number") << QStringLiteral("15");
        QTest::newRow("即日起 without campaign") << QStringLiteral("即日起");
    }
    void unreadable()
    {
        QFETCH(QString, text);
        FreeDate::Context c = context2024();
        if (text == QStringLiteral("即日起"))
            c.campaignStart = c.campaignEnd = QDate();
        QVERIFY2(!FreeDate::parse(text, c).ok, qPrintable(text));
    }

    void yearFromTheCampaign()
    {
        const FreeDate::Result r = FreeDate::parse(QStringLiteral("9月1日"), {2019, {}, {}});
        QCOMPARE(r.start, QDate(2019, 9, 1));
        const FreeDate::Result other = FreeDate::parse(QStringLiteral("2023年9月1日"), context2024());
        QVERIFY(other.ok);
        QVERIFY(other.otherYear);
        QCOMPARE(other.start, QDate(2023, 9, 1));
    }

    void intoNextYear()
    {
        const FreeDate::Result r = FreeDate::parse(QStringLiteral("12月20日-1月10日"), context2024());
        QVERIFY(r.ok);
        QCOMPARE(r.end, QDate(2025, 1, 10));
    }

    void justFromNow()
    {
        const FreeDate::Result r = FreeDate::parse(QStringLiteral("即日起"), context2024());
        QVERIFY(r.ok);
        QCOMPARE(r.start, QDate(2024, 9, 1));
        QCOMPARE(r.end, QDate(2024, 9, 30));
    }

    void serials()
    {
        QCOMPARE(FreeDate::fromSerial(45536), QDate(2024, 9, 1));
        QCOMPARE(FreeDate::fromSerial(1), QDate(1899, 12, 31));
        QVERIFY(!FreeDate::fromSerial(-5).isValid());
        QVERIFY(!FreeDate::fromSerial(1e12).isValid());
    }
};

QTEST_GUILESS_MAIN(TestFreeDate)
#include "tst_freedate.moc"
