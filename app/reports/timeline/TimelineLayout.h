#pragma once

#include "Activity.h"
#include "ActivityFilter.h"
#include "Campaign.h"
#include "Department.h"
#include "TimelineScale.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

enum class TimelineGrouping { Pillar, LeadDepartment };

// One line of the timeline: a group heading or one activity (an index into the activity list).
struct TimelineRow
{
    enum class Kind { Group, Activity };
    Kind kind = Kind::Activity;
    int activity = -1; // index into the list given to rebuild()
    int group = -1;    // index into groups()
};

struct TimelineGroup
{
    QString label;
    QColor colour;
    int count = 0;
};

// The rows of the timeline after filtering and grouping, and where each bar sits. Holds indices,
// not copies, so it is rebuilt whenever the activity list changes; 100 000 rows cost one sort.
class TimelineLayout
{
public:
    static constexpr double rowHeight = 24;

    struct Input
    {
        const QList<Activity>* activities = nullptr;
        ActivityFilter filter;
        QDate today;
        TimelineGrouping grouping = TimelineGrouping::Pillar;
        QList<Pillar> pillars;
        QList<Department> departments;
    };

    void rebuild(const Input& input);

    const QList<TimelineRow>& rows() const { return m_rows; }
    const QList<TimelineGroup>& groups() const { return m_groups; }
    int rowCount() const { return int(m_rows.size()); }
    int activityCount() const { return m_activityCount; }
    double height() const { return rowCount() * rowHeight; }

    double rowTop(int row) const { return row * rowHeight; }
    // -1 outside the rows.
    int rowAt(double y) const;
    int rowOfActivity(qint64 activityId, const QList<Activity>& activities) const;
    // The bar of an activity row in content coordinates; empty for group rows and undated activities.
    QRectF barRect(int row, const TimelineScale& scale, const QList<Activity>& activities) const;
    static QRectF barRect(const Activity& a, double top, const TimelineScale& scale);

    // The dates the rows cover (start, end and deadline), invalid when none has a date.
    QDate earliest() const { return m_earliest; }
    QDate latest() const { return m_latest; }

private:
    QList<TimelineRow> m_rows;
    QList<TimelineGroup> m_groups;
    int m_activityCount = 0;
    QDate m_earliest;
    QDate m_latest;
};
