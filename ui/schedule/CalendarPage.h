#pragma once

#include "CalendarMonth.h"

#include <QDate>
#include <QWidget>

class MonthGrid;
class QLabel;
class QListWidget;
class TaskRunner;
class ActivityFilterBar;
class Workspace;

// The calendar page: one month of activities and deadlines; clicking a day lists everything on it.
// Also exports the (optionally one-department) calendar as .ics.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPage(Workspace& workspace, QWidget* parent = nullptr);

    void showMonth(QDate month);
    void selectDay(QDate date);
    QDate shownMonth() const { return m_month.month(); }
    MonthGrid* grid() const { return m_grid; }
    QListWidget* dayList() const { return m_dayList; }
    // Writes the shown activities' calendar to `path` on a worker thread behind a progress dialog.
    void exportIcsTo(const QString& path);
    TaskRunner* exports() const { return m_exports; }

signals:
    void activityActivated(qint64 activityId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Rebuilds now when shown, else when next shown.
    void changed();
    void rebuild();
    void listDay(QDate date);
    void exportIcs();

    Workspace& m_workspace;
    ActivityFilterBar* m_filters;
    QLabel* m_title;
    MonthGrid* m_grid;
    QLabel* m_dayTitle;
    QListWidget* m_dayList;
    TaskRunner* m_exports;
    CalendarMonth m_month;
    QDate m_shown;
    bool m_stale = false;
};
