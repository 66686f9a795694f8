#include "ReferenceFixture.h"

#include "MetricListModel.h"
#include "PillarListModel.h"

#include <QSqlQuery>
#include <QTest>

// Asking before a removal never claims "no activity uses it" when the count could not be read.
class TestRemovalQuestion : public QObject
{
    Q_OBJECT

private:
    // A temporary view in front of `table` that fails when read, on this connection only.
    static void breakReads(const ReferenceFixture& f, const QString& table)
    {
        QVERIFY(QSqlQuery(f.db->connection())
                    .exec(QStringLiteral("CREATE TEMP VIEW %1 AS SELECT * FROM no_such_table").arg(table)));
    }

private slots:
    void pillarWhoseUsageCannotBeRead()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        PillarListModel model(*f.db);
        CampaignContent content;
        QString error;
        QVERIFY2(CampaignRepository(*f.db).load(f.firstCampaignId(), &content, &error), qPrintable(error));
        model.setPillars(content.pillars);
        breakReads(f, QStringLiteral("activity"));
        const QString question = model.removalQuestion(0);
        QVERIFY2(!question.contains(QLatin1String("No activity")), qPrintable(question));
        QVERIFY2(question.contains(QLatin1String("could not be read")), qPrintable(question));
        QVERIFY2(question.contains(QLatin1String("no_such_table")), qPrintable(question));
    }

    void metricWhoseUsageCannotBeRead()
    {
        ReferenceFixture f;
        QVERIFY(f.create());
        MetricListModel model(*f.db);
        CampaignContent content;
        QString error;
        QVERIFY2(CampaignRepository(*f.db).load(f.firstCampaignId(), &content, &error), qPrintable(error));
        model.setMetrics(content.metrics);
        QVERIFY(model.rowCount() > 0);
        breakReads(f, QStringLiteral("activity_figure"));
        const QString question = model.removalQuestion(0);
        QVERIFY2(!question.contains(QLatin1String("No activity")), qPrintable(question));
        QVERIFY2(question.contains(QLatin1String("could not be read")), qPrintable(question));
    }
};

QTEST_GUILESS_MAIN(TestRemovalQuestion)
#include "tst_removalquestion.moc"
