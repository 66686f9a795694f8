#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "LocalNoticeRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// Schema step 5: a campaign's local notices next to the national one, through their repository
// and with the campaign they belong to.
class TestLocalNotices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static LocalNotice provincial()
    {
        LocalNotice n;
        n.level = LocalNotice::Level::Provincial;
        n.issuingBody = QStringLiteral("河北省市场监督管理局");
        n.title = QStringLiteral("关于开展2021年全省“质量月”活动的通知");
        n.documentNumber = QStringLiteral("冀市监质〔2021〕8号");
        n.issuedOn = QDate(2021, 8, 30);
        n.theme = QStringLiteral("深入实施质量提升行动 大力推进质量强省建设");
        return n;
    }

private slots:
    void roundTripAndCascade()
    {
        QString error;
        auto db = CampaignFile::createDefault(m_dir.filePath(QStringLiteral("a.campaign")), &error);
        QVERIFY2(db, qPrintable(error));
        CampaignRepository campaigns(*db);
        QList<Campaign> list;
        QVERIFY(campaigns.list(&list, &error));
        const qint64 id = list.first().id;
        LocalNoticeRepository repo(*db);
        QList<LocalNotice> stored;
        QVERIFY(repo.list(id, &stored, &error));
        QVERIFY(stored.isEmpty());
        LocalNotice city = provincial();
        city.level = LocalNotice::Level::Prefectural;
        city.issuingBody = QStringLiteral("石家庄市市场监督管理局");
        city.issuedOn = QDate();
        QList<LocalNotice> notices{provincial(), city};
        QVERIFY2(repo.replaceAll(id, notices, &error), qPrintable(error));
        QVERIFY(notices[1].id > 0);
        QVERIFY(repo.list(id, &stored, &error));
        QCOMPARE(stored, notices);
        // the campaign's content carries them; a copy into the next year does not (its notices are new)
        CampaignContent content;
        QVERIFY2(campaigns.load(id, &content, &error), qPrintable(error));
        QCOMPARE(content.localNotices, notices);
        qint64 next = 0;
        QVERIFY2(campaigns.copyCampaign(id, 2022, false, &next, &error), qPrintable(error));
        QVERIFY(repo.list(next, &stored, &error));
        QVERIFY(stored.isEmpty());
        QVERIFY2(campaigns.remove(id, &error), qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM local_notice")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void createWritesThemInTheSameTransaction()
    {
        QString error;
        auto db = CampaignFile::createDefault(m_dir.filePath(QStringLiteral("b.campaign")), &error);
        QVERIFY2(db, qPrintable(error));
        CampaignContent content;
        content.campaign.year = 2030;
        content.campaign.title = QStringLiteral("2030年全国“质量月”活动");
        content.localNotices << provincial();
        CampaignRepository campaigns(*db);
        QVERIFY2(campaigns.create(content, &error), qPrintable(error));
        CampaignContent back;
        QVERIFY2(campaigns.load(content.campaign.id, &back, &error), qPrintable(error));
        QCOMPARE(back.localNotices.size(), 1);
        QCOMPARE(back.localNotices.first().documentNumber, QStringLiteral("冀市监质〔2021〕8号"));
        QCOMPARE(back.localNotices.first().campaignId, content.campaign.id);
    }

    void oldFilesGainTheTable()
    {
        const QString file = m_dir.filePath(QStringLiteral("v1.campaign"));
        QVERIFY(QFile::copy(QFINDTESTDATA("../data/schema-v1.campaign"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        auto db = Database::open(file, &error);
        QVERIFY2(db, qPrintable(error));
        int version = 0;
        QVERIFY(db->schemaVersion(&version, &error));
        QCOMPARE(version, Database::latestVersion);
        CampaignRepository campaigns(*db);
        QList<Campaign> list;
        QVERIFY(campaigns.list(&list, &error));
        const qint64 id = list.first().id;
        QList<LocalNotice> notices{provincial()};
        QVERIFY2(LocalNoticeRepository(*db).replaceAll(id, notices, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLocalNotices)
#include "tst_localnotices.moc"
