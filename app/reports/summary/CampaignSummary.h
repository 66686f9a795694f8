#pragma once

#include "Activity.h"
#include "ActivityStatus.h"
#include "Campaign.h"
#include "Department.h"
#include "Metric.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// How many activities are in each of the four states.
struct StatusCounts
{
    std::array<int, ActivityStatuses::count> counts{};

    int operator[](ActivityStatus s) const { return counts[static_cast<int>(s)]; }
    int& operator[](ActivityStatus s) { return counts[static_cast<int>(s)]; }
    int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
    // Done ÷ (all − cancelled); nullopt when nothing is left to do it over.
    std::optional<double> completionRate() const;

    friend bool operator==(const StatusCounts&, const StatusCounts&) = default;
};

// One pillar's activities by status. pillarId 0 collects activities without (or with an unknown) pillar.
struct PillarSummary
{
    qint64 pillarId = 0;
    QString name; // the pillar's short name, else its title
    QString colour;
    StatusCounts statuses;
    int overdue = 0;
    QList<Amount> actuals; // this pillar's share of each metric's actual total, parallel to metrics
};

// One lead department's workload. departmentId 0 collects activities without (or with an unknown) lead.
struct DepartmentSummary
{
    qint64 departmentId = 0;
    QString name;
    int count = 0;
    int done = 0;
    int cancelled = 0;
    int overdue = 0;
};

// One metric's totals. A total is set when any summand is set and approximate (余) when any summand is.
struct MetricSummary
{
    qint64 metricId = 0;
    QString name;
    QString unit;
    Amount target;
    Amount actual;
};

// One day of the campaign period.
struct DaySummary
{
    QDate day;
    int planned = 0;   // not-cancelled activities starting this day
    int completed = 0; // done activities ending this day
};

// Every figure the dashboard and the reports show about one campaign, computed once by summarize().
struct CampaignSummary
{
    QDate today;
    Campaign campaign;
    StatusCounts statuses;
    int overdue = 0; // DeadlineRules::Urgency::Overdue
    int dueSoon = 0; // DeadlineRules::Urgency::DueSoon
    // Campaign days still ahead, today included: max(today, start) … end; 0 once the campaign has ended.
    // Absent when the campaign has no end date.
    std::optional<int> daysLeft;
    // today.daysTo(summaryDeadline): negative once it has passed; absent when the notice sets none.
    std::optional<int> daysToSummaryDeadline;
    QList<PillarSummary> pillars;         // in pillar order, then "no pillar" if any
    QList<DepartmentSummary> departments; // most activities first; ties by department order
    QList<MetricSummary> metrics;         // in metric order
    QList<DaySummary> days;               // campaign start … end, one entry a day; empty without dates

    int total() const { return statuses.total(); }
    std::optional<double> completionRate() const { return statuses.completionRate(); }
};

namespace Summary {
// The one place the campaign's statistics are computed; a pure function of its arguments.
// - Only activities of `content.campaign` count (others in the list are ignored).
// - Overdue and due soon follow DeadlineRules with its default window, relative to `today`; a
//   finished campaign (已报送) has none, and no days to its summary deadline.
// - Departments: every non-archived department appears (also with 0 activities); archived ones
//   only when they lead an activity.
// - Metric targets add up the non-cancelled activities (a cancelled activity no longer plans
//   anything); actuals add up every activity (what was done stays done).
// - Activities starting or ending outside the campaign period are not in `days`.
CampaignSummary summarize(const CampaignContent& content, const QList<Activity>& activities,
                          const QList<Department>& departments, QDate today);
// Adds b to a, keeping the 余 flag (approximate when either is) and isSet when either is.
Amount add(const Amount& a, const Amount& b);
} // namespace Summary
