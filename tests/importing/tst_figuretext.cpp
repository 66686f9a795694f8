// Figures as summaries write them: the number, whether it is approximate (余), and the measure word.
#include "importing/FigureText.h"

#include <QTest>

class TestFigureText : public QObject
{
    Q_OBJECT

private slots:
    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("approximate");
        QTest::addColumn<QString>("measure");
        QTest::newRow("余") << QStringLiteral("1500余份") << 1500.0 << true << QStringLiteral("份");
        QTest::newRow("近…余") << QStringLiteral("近1400余份") << 1400.0 << true << QStringLiteral("份");
        QTest::newRow("百余") << QStringLiteral("百余人") << 100.0 << true << QStringLiteral("人");
        QTest::newRow("万余") << QStringLiteral("万余份") << 10000.0 << true << QStringLiteral("份");
        QTest::newRow("1.2万") << QStringLiteral("1.2万人次") << 12000.0 << false << QStringLiteral("人次");
        QTest::newRow("多") << QStringLiteral("2000多条") << 2000.0 << true << QStringLiteral("条");
        QTest::newRow("超") << QStringLiteral("超150人次") << 150.0 << true << QStringLiteral("人次");
        QTest::newRow("full width") << QStringLiteral("５００人") << 500.0 << false << QStringLiteral("人");
        QTest::newRow("exact") << QStringLiteral("36条") << 36.0 << false << QStringLiteral("条");
        QTest::newRow("bare") << QStringLiteral("1200") << 1200.0 << false << QString();
        QTest::newRow("共计 thousands")
            << QStringLiteral("共计3,000份") << 3000.0 << false << QStringLiteral("份");
        QTest::newRow("chinese") << QStringLiteral("三千余份") << 3000.0 << true << QStringLiteral("份");
        QTest::newRow("两万") << QStringLiteral("两万人次") << 20000.0 << false << QStringLiteral("人次");
        QTest::newRow("1.3万余") << QStringLiteral("1.3万余人次") << 13000.0 << true
                                 << QStringLiteral("人次");
        QTest::newRow("以上") << QStringLiteral("200人以上") << 200.0 << true << QStringLiteral("人");
        QTest::newRow("达") << QStringLiteral("达10000余人") << 10000.0 << true << QStringLiteral("人");
        QTest::newRow("台次") << QStringLiteral("120台次") << 120.0 << false << QStringLiteral("台次");
        QTest::newRow("decimal") << QStringLiteral("2.5") << 2.5 << false << QString();
    }
    void forms()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(bool, approximate);
        QFETCH(QString, measure);
        const FigureText::Result r = FigureText::parse(text);
        QVERIFY2(r.ok, qPrintable(text));
        QCOMPARE(r.amount.value, value);
        QCOMPARE(r.amount.approximate, approximate);
        QVERIFY(r.amount.isSet);
        QCOMPARE(r.measure, measure);
    }

    void notFigures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << QStringLiteral("若干");
        QTest::newRow("sentence") << QStringLiteral("发放资料1500份并开展咨询");
        QTest::newRow("date") << QStringLiteral("9月1日");
    }
    void notFigures()
    {
        QFETCH(QString, text);
        QVERIFY2(!FigureText::parse(text).ok, qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestFigureText)
#include "tst_figuretext.moc"
