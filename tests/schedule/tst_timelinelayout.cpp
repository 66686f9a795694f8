#include "TimelineDocument.h"
#include "TimelineLayout.h"
#include "TimelineRenderer.h"
#include "TimelineScale.h"

#include <QBuffer>
#include <QImage>
#include <QtTest>

// Rows, grouping, filtering and bar geometry of the timeline for known dates.
class TstTimelineLayout : public QObject
{
    Q_OBJECT

private:
    static Activity make(qint64 id, qint64 pillar, qint64 lead, QDate s, QDate e)
    {
        Activity a;
        a.id = id;
        a.pillarId = pillar;
        a.leadDepartmentId = lead;
        a.title = QStringLiteral("A%1").arg(id);
        a.start = s;
        a.end = e;
        return a;
    }
    QList<Activity> m_list{
        make(1, 20, 1, QDate(2021, 9, 10), QDate(2021, 9, 12)),
        make(2, 10, 2, QDate(2021, 9, 3), QDate(2021, 9, 3)),
        make(3, 10, 1, QDate(2021, 9, 1), QDate(2021, 9, 5)),
        make(4, 0, 0, QDate(), QDate()),
        make(5, 20, 2, QDate(2021, 8, 30), QDate(2021, 9, 2)),
    };
    QList<Pillar> m_pillars{
        {10, 1, 1, QStringLiteral("P1"), QStringLiteral("One"), {}, QStringLiteral("#ff0000")},
        {20, 1, 2, QStringLiteral("P2"), QStringLiteral("Two"), {}, QStringLiteral("#00ff00")}};
    QList<Department> m_departments{{1, 1, QStringLiteral("D1"), false}, {2, 2, QStringLiteral("D2"), false}};

    TimelineLayout::Input input(TimelineGrouping g) const
    {
        TimelineLayout::Input in;
        in.activities = &m_list;
        in.grouping = g;
        in.pillars = m_pillars;
        in.departments = m_departments;
        in.today = QDate(2021, 9, 15);
        return in;
    }
    static QList<qint64> ids(const TimelineLayout& l, const QList<Activity>& list)
    {
        QList<qint64> out;
        for (const TimelineRow& r : l.rows())
            out << (r.kind == TimelineRow::Kind::Group ? -r.group - 1 : list.at(r.activity).id);
        return out;
    }

private slots:
    void scaleMapsDatesToPixels()
    {
        const TimelineScale s(QDate(2021, 8, 30), QDate(2021, 10, 3), 10);
        QCOMPARE(s.dayCount(), 35);
        QCOMPARE(s.width(), 350.0);
        QCOMPARE(s.x(QDate(2021, 9, 1)), 20.0);
        QCOMPARE(s.dateAt(29.9), QDate(2021, 9, 1));
        QCOMPARE(s.dateAt(-50), QDate(2021, 8, 30));
        QCOMPARE(s.dateAt(10000), QDate(2021, 10, 3));
        QCOMPARE(s.daysBetween(100, 126), 3);
        QCOMPARE(s.daysBetween(100, 84), -2);
    }

    void groupsByPillarInNoticeOrder()
    {
        TimelineLayout l;
        l.rebuild(input(TimelineGrouping::Pillar));
        // Group 0 = "One": 3 (Sep 1) before 2 (Sep 3); group 1 = "Two": 5 then 1; group 2 = none: 4.
        QCOMPARE(ids(l, m_list), (QList<qint64>{-1, 3, 2, -2, 5, 1, -3, 4}));
        QCOMPARE(l.groups().at(0).count, 2);
        QCOMPARE(l.groups().at(0).colour, QColor(QStringLiteral("#ff0000")));
        QCOMPARE(l.earliest(), QDate(2021, 8, 30));
        QCOMPARE(l.latest(), QDate(2021, 9, 12));
        QCOMPARE(l.rowAt(0), 0);
        QCOMPARE(l.rowAt(TimelineLayout::rowHeight * 7 + 1), 7);
        QCOMPARE(l.rowAt(TimelineLayout::rowHeight * 8), -1);
        QCOMPARE(l.rowOfActivity(1, m_list), 5);
    }

    void groupsByLeadDepartmentAndFilters()
    {
        TimelineLayout::Input in = input(TimelineGrouping::LeadDepartment);
        in.filter.from = QDate(2021, 9, 4);
        l_check(in, QList<qint64>{-1, 3, 1});
        in.filter = {};
        in.filter.departmentId = 2;
        l_check(in, QList<qint64>{-2, 5, 2});
    }

    void l_check(const TimelineLayout::Input& in, const QList<qint64>& expected)
    {
        TimelineLayout l;
        l.rebuild(in);
        QCOMPARE(ids(l, m_list), expected);
    }

    void barGeometryForKnownDates()
    {
        TimelineLayout l;
        l.rebuild(input(TimelineGrouping::Pillar));
        const TimelineScale s(QDate(2021, 8, 30), QDate(2021, 10, 3), 12);
        // Row 1 is activity 3: Sep 1 to Sep 5 inclusive = 5 days from day 2.
        const QRectF bar = l.barRect(1, s, m_list);
        QCOMPARE(bar.left(), 24.0);
        QCOMPARE(bar.width(), 60.0);
        QCOMPARE(bar.top(), TimelineLayout::rowHeight + 5);
        QCOMPARE(bar.height(), TimelineLayout::rowHeight - 10);
        // A one-day activity is one day wide; group rows and undated activities have no bar.
        QCOMPARE(l.barRect(2, s, m_list).width(), 12.0);
        QVERIFY(l.barRect(0, s, m_list).isEmpty());
        QVERIFY(l.barRect(7, s, m_list).isEmpty());
    }

    void fitScaleCoversCampaignInWholeWeeks()
    {
        TimelineLayout l;
        l.rebuild(input(TimelineGrouping::Pillar));
        Campaign c;
        c.start = QDate(2021, 9, 1);
        c.end = QDate(2021, 9, 30);
        c.summaryDeadline = QDate(2021, 10, 15);
        const TimelineScale s = TimelineRenderer::fitScale(c, l, QDate(2021, 9, 15), 10);
        QCOMPARE(s.first().dayOfWeek(), 1);
        QCOMPARE(s.last().dayOfWeek(), 7);
        QVERIFY(s.first() <= QDate(2021, 8, 30));
        QVERIFY(s.last() >= QDate(2021, 10, 15));
    }

    void pngHasBarsWhereTheGeometrySaysSo()
    {
        TimelineLayout l;
        l.rebuild(input(TimelineGrouping::Pillar));
        TimelineRenderer::Data d;
        d.activities = &m_list;
        d.layout = &l;
        d.scale = TimelineScale(QDate(2021, 8, 30), QDate(2021, 10, 3), 12);
        d.pillarColours = {{10, QColor(QStringLiteral("#ff0000"))}, {20, QColor(QStringLiteral("#00ff00"))}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(TimelineDocument::writePng(d, &buffer, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.loadFromData(buffer.data(), "PNG"));
        const double ratio = double(image.width()) / (TimelineRenderer::defaultNameWidth + d.scale.width());
        // Middle of activity 3's bar (row 1): the outline colour family of pillar One (red).
        const QRectF bar = l.barRect(1, d.scale, m_list);
        const QPointF inside(TimelineRenderer::defaultNameWidth + bar.center().x(),
                             TimelineRenderer::headerHeight + bar.center().y());
        const QColor c = image.pixelColor((inside * ratio).toPoint());
        QVERIFY2(c.red() > 200 && c.green() < 200, qPrintable(c.name()));
        // Just right of the bar, past the title, nothing red.
        const QColor outside = image.pixelColor(
            (QPointF(TimelineRenderer::defaultNameWidth + 300, inside.y()) * ratio).toPoint());
        QVERIFY(!(outside.red() > 200 && outside.green() < 100));
    }
};

QTEST_MAIN(TstTimelineLayout)
#include "tst_timelinelayout.moc"
