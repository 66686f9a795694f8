#include "ActivityEditor.h"
#include "ActivityFilterBar.h"
#include "ActivityRepository.h"
#include "ActivityTableModel.h"
#include "CalendarPage.h"
#include "CampaignFile.h"
#include "Database.h"
#include "DeadlineReminder.h"
#include "DemoGenerator.h"
#include "MonthGrid.h"
#include "TaskRunner.h"
#include "TimelinePage.h"
#include "TimelineView.h"
#include "UpcomingModel.h"
#include "UpcomingPanel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

// The schedule pages on a real file: dragging a timeline bar writes the new dates and undo puts the
// old ones back; the calendar lists a clicked day; the reminder appears only when something is due.
// Set CP_SCREENSHOT_DIR to keep pictures of the pages.
class TstSchedulePages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2021, 9, 15)};
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ActivityEditor> m_editor;

    Activity stored(qint64 id)
    {
        Activity a;
        QString error;
        if (!ActivityRepository(m_ws->database()).load(id, &a, &error))
            qWarning() << error;
        return a;
    }
    void shoot(QWidget& w, const char* name)
    {
        const QString dir = qEnvironmentVariable("CP_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }
    // The first activity row whose bar is at least three days long.
    static int longBarRow(const TimelineView& view)
    {
        const QList<TimelineRow>& rows = view.timelineLayout().rows();
        for (int r = 0; r < rows.size(); ++r)
            if (view.barOnViewport(r).width() >= 3 * view.scale().dayWidth())
                return r;
        return -1;
    }

    void drag(TimelineView& view, QPointF from, QPointF to, const char* shot = nullptr)
    {
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from.toPoint());
        QTest::mouseMove(view.viewport(), ((from + to) / 2).toPoint());
        QTest::mouseMove(view.viewport(), to.toPoint());
        if (shot)
            shoot(*view.window(), shot);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to.toPoint());
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("plan.campaign"));
        {
            std::unique_ptr<Database> db = CampaignFile::createDefault(path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(DemoGenerator::populate(*db, 400, 7, &error), qPrintable(error));
        }
        m_ws = Workspace::open(path, m_clock, &error);
        QVERIFY2(m_ws, qPrintable(error));
        m_editor = std::make_unique<ActivityEditor>(*m_ws);
        QCOMPARE(m_ws->activityModel()->activities().size(), 400);
    }

    void dragMovesAndResizesBarsUndoably()
    {
        TimelinePage page(*m_ws, *m_editor);
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView& view = *page.view();
        page.setZoom(TimelineZoom::Day);
        const int row = longBarRow(view);
        QVERIFY(row >= 0);
        view.verticalScrollBar()->setValue(int(view.timelineLayout().rowTop(row)) - 100);
        const QRectF before = view.barOnViewport(row);
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + int(before.left()) - 400);
        QRectF bar = view.barOnViewport(row);
        QVERIFY2(bar.left() > view.nameWidth() && bar.right() < view.viewport()->width(),
                 "bar not on screen");
        const qint64 id =
            m_ws->activityModel()->activities().at(view.timelineLayout().rows().at(row).activity).id;
        const Activity original = stored(id);
        shoot(page, "timeline");

        // Move: the middle of the bar three days to the right.
        drag(view, bar.center(), bar.center() + QPointF(3 * view.scale().dayWidth(), 0), "timeline-dragging");
        Activity moved = stored(id);
        QCOMPARE(moved.start, original.start.addDays(3));
        QCOMPARE(moved.end, original.end.addDays(3));
        QCOMPARE(m_ws->undoStack()->count(), 1);
        QVERIFY2(m_ws->undoStack()->undoText().contains(original.title),
                 qPrintable(m_ws->undoStack()->undoText()));
        // The page rebuilt from the model: the bar is drawn at its new place.
        const int movedRow = view.timelineLayout().rowOfActivity(id, m_ws->activityModel()->activities());
        QCOMPARE(
            view.timelineLayout().barRect(movedRow, view.scale(), m_ws->activityModel()->activities()).left(),
            view.scale().x(original.start.addDays(3)));

        m_ws->undoStack()->undo();
        QCOMPARE(stored(id).start, original.start);
        QCOMPARE(stored(id).end, original.end);

        // Resize: the right edge two days further; the start stays.
        bar =
            view.barOnViewport(view.timelineLayout().rowOfActivity(id, m_ws->activityModel()->activities()));
        drag(view, QPointF(bar.right() - 1, bar.center().y()),
             QPointF(bar.right() - 1 + 2 * view.scale().dayWidth(), bar.center().y()));
        QCOMPARE(stored(id).start, original.start);
        QCOMPARE(stored(id).end, original.end.addDays(2));
        m_ws->undoStack()->undo();
        QCOMPARE(stored(id).end, original.end);
        m_ws->undoStack()->redo();
        QCOMPARE(stored(id).end, original.end.addDays(2));
        m_ws->undoStack()->undo();

        // A click without movement changes nothing.
        const int count = m_ws->undoStack()->count();
        bar =
            view.barOnViewport(view.timelineLayout().rowOfActivity(id, m_ws->activityModel()->activities()));
        drag(view, bar.center(), bar.center());
        QCOMPARE(m_ws->undoStack()->count(), count);
        QCOMPARE(stored(id).start, original.start);
        QCOMPARE(stored(id).end, original.end);

        // Edits made while the page is hidden (e.g. redo from the table) show when it comes back.
        page.hide();
        m_ws->undoStack()->redo();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QList<Activity>& list = m_ws->activityModel()->activities();
        const int shownRow = view.timelineLayout().rowOfActivity(id, list);
        QCOMPARE(view.timelineLayout().barRect(shownRow, view.scale(), list).right(),
                 view.scale().x(original.end.addDays(2)) + view.scale().dayWidth());
        m_ws->undoStack()->undo();
    }

    void zoomKeepsTheMiddleDayAndGroupingFollowsDepartments()
    {
        TimelinePage page(*m_ws, *m_editor);
        page.resize(1280, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView& view = *page.view();
        const auto middle = [&view] {
            return view.scale().dateAt(view.horizontalScrollBar()->value() +
                                       (view.viewport()->width() - view.nameWidth()) / 2);
        };
        // Zooming in from weeks to days keeps the day in the middle of the chart in the middle.
        page.setZoom(TimelineZoom::Week);
        const QDate before = middle();
        page.setZoom(TimelineZoom::Day);
        QCOMPARE(view.scale().dayWidth(), TimelineScale::dayWidthFor(TimelineZoom::Day));
        QVERIFY2(qAbs(before.daysTo(middle())) <= 1, qPrintable(middle().toString(Qt::ISODate)));
        page.setZoom(TimelineZoom::Month);
        QCOMPARE(view.scale().dayWidth(), TimelineScale::dayWidthFor(TimelineZoom::Month));
        shoot(page, "timeline-month");

        page.setGrouping(TimelineGrouping::LeadDepartment);
        QStringList labels;
        for (const TimelineGroup& g : view.timelineLayout().groups())
            if (g.count > 0)
                labels << g.label;
        QVERIFY(labels.size() > 1);
        for (const QString& label : labels)
            QVERIFY2(std::any_of(m_ws->departments().cbegin(), m_ws->departments().cend(),
                                 [&](const Department& d) { return d.name == label; }),
                     qPrintable(label));
        page.setZoom(TimelineZoom::Week);
        shoot(page, "timeline-departments");
    }

    // The timeline and calendar use the table's own filter bar, without campaign choice or grouping.
    void filterBarBuildsTheTablesFilter()
    {
        ActivityFilterBar bar(ActivityFilterBar::Use::Schedule);
        bar.setReferenceData(m_ws->campaign().pillars, m_ws->departments());
        bar.show();
        QVERIFY(bar.filter().isEmpty());
        QSignalSpy spy(&bar, &ActivityFilterBar::filterChanged);
        const QList<QDateEdit*> dates = bar.findChildren<QDateEdit*>();
        QCOMPARE(dates.size(), 2);
        dates.at(0)->setDate(QDate(2021, 9, 10));
        QList<QComboBox*> combos;
        for (QComboBox* c : bar.findChildren<QComboBox*>())
            if (c->isVisible())
                combos << c; // pillar, department, status: the campaign choice is hidden here
        QCOMPARE(combos.size(), 3);
        combos.at(1)->setCurrentIndex(2); // the second department
        const ActivityFilter f = bar.filter();
        QCOMPARE(f.from, QDate(2021, 9, 10));
        QVERIFY(!f.to.isValid());
        QCOMPARE(f.departmentId, combos.at(1)->currentData().toLongLong());
        QVERIFY(f.departmentId != 0);
        QCOMPARE(spy.count(), 2);
        // Reloading the choices keeps what was chosen.
        bar.setReferenceData(m_ws->campaign().pillars, m_ws->departments());
        QCOMPARE(bar.filter().departmentId, f.departmentId);
    }

    void calendarListsClickedDay()
    {
        CalendarPage page(*m_ws);
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showMonth(QDate(2021, 9, 1));
        const QDate day(2021, 9, 14);
        const QRectF cell = page.grid()->cellRect(day);
        QVERIFY(!cell.isEmpty());
        QTest::mouseClick(page.grid(), Qt::LeftButton, {}, cell.center().toPoint());
        QCOMPARE(page.grid()->selectedDate(), day);
        int expected = 0;
        for (const Activity& a : m_ws->activityModel()->activities())
            expected += (a.start <= day && a.end >= day) + (a.deadline == day);
        QVERIFY(expected > 0);
        QCOMPARE(page.dayList()->count(), expected);
        shoot(page, "calendar");
    }

    // The .ics is written on a worker thread while the page keeps running its event loop; the file
    // appears complete when the runner says it finished.
    void calendarExportsOnAWorker()
    {
        CalendarPage page(*m_ws);
        const QString path = m_dir.filePath(QStringLiteral("calendar.ics"));
        QSignalSpy finished(page.exports(), &TaskRunner::finished);
        page.exportIcsTo(path);
        QVERIFY(page.exports()->isBusy());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(!page.exports()->isBusy());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(ics.count("BEGIN:VEVENT") >= 400);
    }

    void reminderOnlyWhenSomethingIsDue()
    {
        DeadlineReminder* reminder = DeadlineReminder::showIfNeeded(*m_ws, nullptr);
        QVERIFY(reminder); // 15 September: the demo plan has overdue and due-soon items
        QVERIFY(!reminder->isModal());
        QVERIFY(reminder->isVisible());
        QVERIFY(reminder->panel()->model()->count(UpcomingItem::Band::Overdue) > 0);
        shoot(*reminder, "reminder");
        reminder->close();

        m_clock.setToday(QDate(2030, 1, 1)); // everything is long overdue …
        UpcomingPanel panel(*m_ws);
        QCOMPARE(panel.model()->count(UpcomingItem::Band::Within3Days), 0);
        m_clock.setToday(QDate(2020, 1, 1)); // … or far away: no reminder at all
        QVERIFY(!DeadlineReminder::showIfNeeded(*m_ws, nullptr));
        m_clock.setToday(QDate(2021, 9, 15));
    }
};

QTEST_MAIN(TstSchedulePages)
#include "tst_schedulepages.moc"
