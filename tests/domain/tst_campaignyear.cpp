#include "Campaign.h"
#include "CampaignState.h"
#include "ThemeVariants.h"

#include <QTest>

// Year rules without a file: the ordinal, the campaign states and the localised theme suggestion.
class TestCampaignYear : public QObject
{
    Q_OBJECT

private slots:
    void ordinal()
    {
        QCOMPARE(Campaign::ordinalOf(1978), 1);
        QCOMPARE(Campaign::ordinalOf(2021), 44);
        Campaign c;
        c.year = 2025;
        QCOMPARE(c.ordinal(), 48);
    }

    void onlyAFinishedCampaignHasNoDeadlines()
    {
        const QDate today(2026, 3, 1);
        QCOMPARE(CampaignStates::deadlineDay(CampaignState::Planning, today), today);
        QCOMPARE(CampaignStates::deadlineDay(CampaignState::Running, today), today);
        QCOMPARE(CampaignStates::deadlineDay(CampaignState::Summarizing, today), today);
        QVERIFY(!CampaignStates::deadlineDay(CampaignState::Reported, today).isValid());
        CampaignState s;
        QVERIFY(CampaignStates::fromInt(3, &s) && s == CampaignState::Reported);
        QVERIFY(!CampaignStates::fromInt(4, &s));
        for (int i = 0; i < CampaignStates::count; ++i)
            QVERIFY(!CampaignStates::displayName(CampaignState(i)).isEmpty());
    }

    void localisedTheme_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("expected");
        QTest::newRow("county") << "推动质量变革创新 促进质量强国建设" << 0
                                << "推动质量变革创新 促进质量强县建设";
        QTest::newRow("prefecture") << "加强质量支撑 共建质量强国" << 1 << "加强质量支撑 共建质量强市";
        QTest::newRow("province") << "加强质量支撑，共建质量强国" << 2 << "加强质量支撑，共建质量强省";
        QTest::newRow("no national word") << "增强质量意识 推进高质量发展" << 1 << "";
        QTest::newRow("the 质协 theme") << "质量：厚植文化 传递信任 构建新生态" << 0 << "";
    }

    void localisedTheme()
    {
        QFETCH(QString, theme);
        QFETCH(int, level);
        QTEST(ThemeVariants::localised(theme, UnitProfile::Level(level)), "expected");
    }
};

QTEST_GUILESS_MAIN(TestCampaignYear)
#include "tst_campaignyear.moc"
