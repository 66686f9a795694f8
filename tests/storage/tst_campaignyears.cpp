#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "CampaignTemplate.h"
#include "Database.h"
#include "DepartmentRepository.h"
#include "IntegrityCheck.h"
#include "ProfileRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The built-in campaign of every year whose facts are known, the campaign state (schema step 7) and
// the flag for a notice whose content is not built in.
class TestCampaignYears : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static CampaignTemplate templateFor(int year)
    {
        CampaignTemplate t;
        QString error;
        if (!CampaignTemplate::load(CampaignTemplate::builtInPath(year), &t, &error))
            qFatal("template %d: %s", year, qPrintable(error));
        return t;
    }

private slots:
    void everyKnownYearIsBuiltIn()
    {
        QCOMPARE(CampaignTemplate::builtInYears(),
                 (QList<int>{2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025}));
        QCOMPARE(CampaignTemplate::newestBuiltInYear(), 2025);
        QVERIFY(CampaignTemplate::builtInPath(2017).isEmpty());
    }

    void facts_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("documentNumber");
        QTest::addColumn<int>("issuers");
        QTest::addColumn<int>("pillars");
        QTest::addColumn<bool>("complete");
        QTest::newRow("2018") << 2018 << "加强市场监管 建设质量强国"
                              << "" << 0 << 1 << false;
        QTest::newRow("2019") << 2019 << "共创中国质量 建设质量强国"
                              << "国市监质〔2019〕162号" << 14 << 3 << false;
        QTest::newRow("2020") << 2020 << "建设质量强国 决胜全面小康"
                              << "" << 16 << 1 << false;
        QTest::newRow("2021") << 2021 << "深入实施质量提升行动 大力推进质量强国建设"
                              << "国市监质发〔2021〕51号" << 20 << 5 << true;
        QTest::newRow("2022") << 2022 << "推动质量变革创新 促进质量强国建设"
                              << "国市监质发〔2022〕76号" << 21 << 2 << false;
        QTest::newRow("2023") << 2023 << "增强质量意识 推进高质量发展"
                              << "" << 25 << 6 << false;
        QTest::newRow("2024") << 2024 << "加强质量支撑 共建质量强国"
                              << "" << 27 << 0 << false;
        QTest::newRow("2025") << 2025 << "加强全面质量管理 促进质量强国建设"
                              << "" << 0 << 0 << false;
    }

    void facts()
    {
        QFETCH(int, year);
        const CampaignTemplate t = templateFor(year);
        const Campaign& c = t.content.campaign;
        QCOMPARE(c.year, year);
        QCOMPARE(c.title, QStringLiteral("%1年全国“质量月”活动").arg(year));
        QTEST(c.theme, "theme");
        QTEST(c.documentNumber, "documentNumber");
        QTEST(t.issuerCount, "issuers");
        QTEST(int(t.content.pillars.size()), "pillars");
        QTEST(c.contentComplete, "complete");
        QCOMPARE(c.start, QDate(year, 9, 1));
        QCOMPARE(c.end, QDate(year, 9, 30));
        // Only 2021's issue date is known; it came out in late August.
        QCOMPARE(c.issuedOn, year == 2021 ? QDate(2021, 8, 20) : QDate());
        // The count in the issuing bodies' text is the stored count.
        if (t.issuerCount > 0)
            QVERIFY(c.issuingBody.contains(QStringLiteral("等%1个部门").arg(t.issuerCount)));
        else
            QVERIFY(!QRegularExpression(QStringLiteral("\\d")).match(c.issuingBody).hasMatch());
        QCOMPARE(c.ordinal(), year - 1977);
        QVERIFY(!t.content.metrics.isEmpty());
        QVERIFY(!t.departments.isEmpty());
        QVERIFY(!t.note.isEmpty());
        for (const Pillar& p : t.content.pillars)
            QVERIFY(!p.title.isEmpty() && p.colour.startsWith(QLatin1Char('#')));
    }

    void ordinal()
    {
        QCOMPARE(Campaign::ordinalOf(2021), 44);
        QCOMPARE(Campaign::ordinalOf(2025), 48);
    }

    void createsEachYear()
    {
        for (int year : CampaignTemplate::builtInYears()) {
            QString error;
            const QString file = m_dir.filePath(QStringLiteral("y%1.campaign").arg(year));
            auto db = CampaignFile::createForYear(file, year, &error);
            QVERIFY2(db, qPrintable(error));
            QList<Campaign> list;
            QVERIFY(CampaignRepository(*db).list(&list, &error));
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().year, year);
            QCOMPARE(list.first().state, CampaignState::Planning);
            QCOMPARE(list.first().contentComplete, year == 2021);
        }
        QString error;
        QVERIFY(!CampaignFile::createForYear(m_dir.filePath(QStringLiteral("none.campaign")), 1990, &error));
        QVERIFY(error.contains(QStringLiteral("2025")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.campaign"))));
    }

    void stateIsStored()
    {
        QString error;
        auto db = CampaignFile::createForYear(m_dir.filePath(QStringLiteral("state.campaign")), 2024, &error);
        QVERIFY2(db, qPrintable(error));
        CampaignRepository repo(*db);
        QList<Campaign> list;
        QVERIFY(repo.list(&list, &error));
        Campaign c = list.first();
        c.state = CampaignState::Summarizing;
        c.contentComplete = true;
        QVERIFY2(repo.update(c, &error), qPrintable(error));
        QVERIFY(repo.list(&list, &error));
        QCOMPARE(list.first(), c);
        // A copy for the next year starts its planning again.
        qint64 copy = 0;
        QVERIFY2(repo.copyCampaign(c.id, 2026, false, &copy, &error), qPrintable(error));
        QVERIFY(repo.list(&list, &error));
        QCOMPARE(list.first().state, CampaignState::Planning);
    }

    // Version 4 files get a state from their dates: past years are history (已报送), a year not yet
    // begun is in planning; the unit profile and every row survive, and a backup is taken first.
    void migratesVersion4()
    {
        const QString file = m_dir.filePath(QStringLiteral("v4.campaign"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/schema-v4.campaign"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error));
        int version = 0;
        QVERIFY(db->schemaVersion(&version, &error));
        QCOMPARE(version, Database::latestVersion);
        QVERIFY(QFile::exists(db->backupPath()));
        QCOMPARE(IntegrityCheck::run(db->backupPath()).schemaVersion, 4);
        QList<Campaign> list;
        QVERIFY(CampaignRepository(*db).list(&list, &error));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).year, 2099);
        QCOMPARE(list.at(0).state, CampaignState::Planning);
        QCOMPARE(list.at(1).year, 2021);
        QCOMPARE(list.at(1).state, CampaignState::Reported);
        QVERIFY(list.at(1).contentComplete);
        UnitProfile unit;
        QVERIFY2(ProfileRepository(*db).load(&unit, &error), qPrintable(error));
        QCOMPARE(unit.name, QStringLiteral("某县市场监督管理局"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignYears)
#include "tst_campaignyears.moc"
