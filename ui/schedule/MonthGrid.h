#pragma once

#include "Activity.h"
#include "CalendarMonth.h"

#include <QHash>
#include <QWidget>

// A painted month: six Monday-first weeks, each day with its deadlines and the first activities
// that run on it ("+N more" beyond what fits). Clicking a day selects it.
class MonthGrid : public QWidget
{
    Q_OBJECT

public:
    explicit MonthGrid(QWidget* parent = nullptr);

    void setMonth(const CalendarMonth* month, const QList<Activity>* activities, QDate today,
                  const QHash<qint64, QColor>& pillarColours);
    QDate selectedDate() const { return m_selected; }
    void setSelectedDate(QDate date);
    // The cell of a date on the widget; empty outside the grid.
    QRectF cellRect(QDate date) const;

    QSize sizeHint() const override { return {760, 560}; }

signals:
    void dayClicked(QDate date);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void paintDay(QPainter& p, const CalendarMonth::Day& day, const QRectF& cell) const;
    double headerHeight() const;

    const CalendarMonth* m_month = nullptr;
    const QList<Activity>* m_activities = nullptr;
    QDate m_today;
    QDate m_selected;
    QHash<qint64, QColor> m_colours;
};
