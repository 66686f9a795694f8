#include "BenchSize.h"
#include "CalendarMonth.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "IcsWriter.h"
#include "SnapshotLoader.h"
#include "TimelineView.h"
#include "UpcomingList.h"

#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QtTest>

// The schedule at 100 000 activities: rebuilding the timeline rows, scrolling and painting the
// timeline view (only visible rows are painted), a calendar month, the upcoming list and the .ics.
class BenchSchedule : public QObject
{
    Q_OBJECT

private:
    CampaignSnapshot m_snapshot;
    TimelineLayout::Input m_input;
    QHash<qint64, QColor> m_colours;

private slots:
    void initTestCase()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Database> db =
            CampaignFile::createDefault(dir.filePath(QStringLiteral("bench.campaign")), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(SnapshotLoader::load(*db, 0, &m_snapshot, &error), qPrintable(error));
        m_snapshot.activities = DemoGenerator::generate(m_snapshot, benchRows(100000, 500), 1);
        for (int i = 0; i < m_snapshot.activities.size(); ++i) {
            m_snapshot.activities[i].id = i + 1;
            m_snapshot.activities[i].uuid = QUuid::createUuid();
        }
        m_input.activities = &m_snapshot.activities;
        m_input.today = QDate(2021, 9, 15);
        m_input.pillars = m_snapshot.campaign.pillars;
        m_input.departments = m_snapshot.departments;
        for (const Pillar& p : m_snapshot.campaign.pillars)
            m_colours.insert(p.id, QColor(p.colour));
    }

    void rebuildRows()
    {
        TimelineLayout layout;
        QBENCHMARK
        {
            layout.rebuild(m_input);
        }
        QCOMPARE(layout.activityCount(), benchRows(100000, 500));
    }

    void scrollAndPaint_data()
    {
        QTest::addColumn<int>("zoom");
        QTest::newRow("day") << int(TimelineZoom::Day);
        QTest::newRow("week") << int(TimelineZoom::Week);
        QTest::newRow("month") << int(TimelineZoom::Month);
    }

    // One iteration = 50 frames, each scrolled a page further down (and a little right) and painted.
    void scrollAndPaint()
    {
        QFETCH(int, zoom);
        TimelineView view;
        view.resize(1600, 900);
        view.setZoom(TimelineZoom(zoom));
        view.setContent(&m_snapshot.activities, m_input, m_snapshot.campaign.campaign, m_colours);
        QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QScrollBar* v = view.verticalScrollBar();
        QScrollBar* h = view.horizontalScrollBar();
        QVERIFY(v->maximum() > benchRows(100000, 500) * 20); // every row, scrollable
        int step = 0;
        QBENCHMARK
        {
            for (int i = 0; i < 50; ++i, ++step) {
                v->setValue((step * v->pageStep()) % v->maximum());
                h->setValue((step * 37) % std::max(1, h->maximum()));
                view.viewport()->render(&frame);
            }
        }
    }

    void calendarMonth()
    {
        CalendarMonth month;
        QBENCHMARK
        {
            month.build(m_snapshot.activities, {}, m_input.today, QDate(2021, 9, 1), {});
        }
        QVERIFY(!month.day(QDate(2021, 9, 15))->running.isEmpty());
    }

    void upcoming()
    {
        QList<UpcomingItem> items;
        QBENCHMARK
        {
            items = UpcomingList::compute(m_snapshot.activities, m_snapshot.campaign.campaign, m_input.today);
        }
        QVERIFY(!items.isEmpty());
    }

    void icsExport()
    {
        QByteArray ics;
        QBENCHMARK
        {
            ics = IcsWriter::render(m_snapshot, {});
        }
        QVERIFY(ics.size() > benchRows(100000, 500) * 100);
        qInfo("%lld MB of iCalendar", qint64(ics.size() / 1000000));
    }
};

QTEST_MAIN(BenchSchedule)
#include "bench_schedule.moc"
