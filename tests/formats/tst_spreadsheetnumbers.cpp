#include "formats/SpreadsheetNumbers.h"

#include <QTest>

// Excel serial dates and number-format codes as a person sees them in a plan table.
class SpreadsheetNumbersTest : public QObject
{
    Q_OBJECT

private slots:
    void serialDates_data();
    void serialDates();
    void formats_data();
    void formats();
};

void SpreadsheetNumbersTest::serialDates_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QDate>("date");
    QTest::newRow("1") << 1.0 << false << QDate(1900, 1, 1);
    QTest::newRow("59") << 59.0 << false << QDate(1900, 2, 28);
    QTest::newRow("61 (after Excel's 1900-02-29)") << 61.0 << false << QDate(1900, 3, 1);
    QTest::newRow("2024-09-01") << 45536.0 << false << QDate(2024, 9, 1);
    QTest::newRow("with a time") << 45536.75 << false << QDate(2024, 9, 1);
    QTest::newRow("1904 system") << 0.0 << true << QDate(1904, 1, 1);
    QTest::newRow("negative") << -1.0 << false << QDate();
    QTest::newRow("beyond 9999") << 3e6 << false << QDate();
    QTest::newRow("NaN") << qQNaN() << false << QDate();
}

void SpreadsheetNumbersTest::serialDates()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QDate, date);
    QCOMPARE(SpreadsheetNumbers::dateFromSerial(serial, date1904), date);
}

void SpreadsheetNumbersTest::formats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    const int number = int(TableCell::Kind::Number), date = int(TableCell::Kind::Date);
    QTest::newRow("general") << 0 << QString() << 1500.0 << number << QStringLiteral("1500");
    QTest::newRow("fraction") << 0 << QString() << 0.1 + 0.2 << number << QStringLiteral("0.3");
    QTest::newRow("phone number") << 0 << QString() << 13812345678.0 << number
                                  << QStringLiteral("13812345678");
    QTest::newRow("built-in 14") << 14 << QString() << 45536.0 << date << QStringLiteral("2024-09-01");
    QTest::newRow("built-in 9") << 9 << QString() << 0.25 << number << QStringLiteral("25%");
    QTest::newRow("built-in 20 (time)") << 20 << QString() << 0.375 << number << QStringLiteral("9:00");
    QTest::newRow("Chinese date") << 176 << QStringLiteral("yyyy\"年\"m\"月\"d\"日\"") << 45536.0 << date
                                  << QStringLiteral("2024年9月1日");
    QTest::newRow("locale prefix") << 177 << QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\";@") << 45565.0
                                   << date << QStringLiteral("2024年9月30日");
    QTest::newRow("month and day") << 178 << QStringLiteral("m\"月\"d\"日\"") << 45536.0 << date
                                   << QStringLiteral("9月1日");
    QTest::newRow("slashes") << 179 << QStringLiteral("yyyy/m/d") << 45536.0 << date
                             << QStringLiteral("2024/9/1");
    QTest::newRow("date and minutes")
        << 180 << QStringLiteral("yyyy-mm-dd hh:mm") << 45536.5 << date << QStringLiteral("2024-09-01 12:00");
    QTest::newRow("escaped") << 181 << QStringLiteral("m\\月d\\日") << 45536.0 << date
                             << QStringLiteral("9月1日");
    QTest::newRow("percent code") << 182 << QStringLiteral("0.0%") << 0.125 << number
                                  << QStringLiteral("12.5%");
    QTest::newRow("thousands") << 183 << QStringLiteral("#,##0") << 1500.0 << number
                               << QStringLiteral("1500");
}

void SpreadsheetNumbersTest::formats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(double, value);
    QFETCH(int, kind);
    QFETCH(QString, text);
    const TableCell cell =
        SpreadsheetNumbers::cell(value, SpreadsheetNumbers::styleOf(id, code), code, false);
    QCOMPARE(int(cell.kind), kind);
    QCOMPARE(cell.text, text);
    QCOMPARE(cell.number, value);
}

QTEST_GUILESS_MAIN(SpreadsheetNumbersTest)
#include "tst_spreadsheetnumbers.moc"
