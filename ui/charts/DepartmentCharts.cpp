#include "DashboardCharts.h"

#include "ChartDrillDown.h"
#include "ChartParts.h"
#include "ChartTheme.h"
#include "DashboardFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace DashboardCharts {

namespace {

// The rows a department chart shows: the first maxDepartmentRows, the rest summed into "other".
QList<DepartmentSummary> rows(QList<DepartmentSummary> departments)
{
    if (departments.size() <= maxDepartmentRows)
        return departments;
    DepartmentSummary other;
    other.departmentId = -1;
    const qsizetype rest = departments.size() - (maxDepartmentRows - 1);
    other.name = QCoreApplication::translate("DashboardCharts", "%n other(s)", nullptr, int(rest));
    for (qsizetype i = maxDepartmentRows - 1; i < departments.size(); ++i) {
        other.count += departments[i].count;
        other.done += departments[i].done;
        other.cancelled += departments[i].cancelled;
        other.overdue += departments[i].overdue;
    }
    departments.resize(maxDepartmentRows - 1);
    departments << other;
    return departments;
}

// A department row's filter; "no lead" and "other" rows cannot be expressed and open the campaign.
ActivityFilter departmentFilter(const CampaignSummary& summary, const DepartmentSummary& d)
{
    ActivityFilter f = ChartParts::baseFilter(summary);
    f.departmentId = std::max<qint64>(0, d.departmentId);
    return f;
}

} // namespace

// Stacked horizontal bars, busiest department on top: done, still open, cancelled; the label adds
// the department's completion rate.
QChart* departmentWorkload(const CampaignSummary& summary)
{
    auto* chart = new QChart;
    ChartTheme::apply(chart, title(Kind::DepartmentWorkload));
    auto* drill = new ChartDrillDown(chart);
    const QList<DepartmentSummary> ds = rows(summary.departments);
    QStringList labels;
    QList<qreal> done, open, cancelled;
    QList<ActivityFilter> doneFilters, openFilters, cancelledFilters;
    int max = 0;
    for (qsizetype i = ds.size() - 1; i >= 0; --i) {
        const DepartmentSummary& d = ds[i];
        StatusCounts c;
        c[ActivityStatus::Done] = d.done;
        c[ActivityStatus::Cancelled] = d.cancelled;
        c[ActivityStatus::InProgress] = d.count - d.done - d.cancelled;
        labels << QStringLiteral("%1 %2").arg(ChartTheme::elide(d.name, 10),
                                              DashboardFormat::percent(c.completionRate()));
        done << d.done;
        open << d.count - d.done - d.cancelled;
        cancelled << d.cancelled;
        max = std::max(max, d.count);
        ActivityFilter f = departmentFilter(summary, d);
        openFilters << f;
        f.status = int(ActivityStatus::Done);
        doneFilters << f;
        f.status = int(ActivityStatus::Cancelled);
        cancelledFilters << f;
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.65);
    const auto tr = [](const char* s) { return QCoreApplication::translate("DashboardCharts", s); };
    QBarSet* doneSet = ChartParts::barSet(tr("Done"), ChartTheme::statusColour(ActivityStatus::Done), done);
    QBarSet* openSet =
        ChartParts::barSet(tr("Open"), ChartTheme::statusColour(ActivityStatus::InProgress), open);
    QBarSet* cancelledSet =
        ChartParts::barSet(tr("Cancelled"), ChartTheme::statusColour(ActivityStatus::Cancelled), cancelled);
    series->append({doneSet, openSet, cancelledSet});
    drill->bind(doneSet, doneFilters);
    drill->bind(openSet, openFilters);
    drill->bind(cancelledSet, cancelledFilters);
    ChartParts::attach(chart, series, ChartParts::categoryAxis(labels), ChartParts::countAxis(max), true);
    return chart;
}

// Departments with overdue activities, most first; the bar opens exactly those activities.
QChart* overdueByDepartment(const CampaignSummary& summary)
{
    auto* chart = new QChart;
    QList<DepartmentSummary> late;
    for (const DepartmentSummary& d : summary.departments)
        if (d.overdue > 0)
            late << d;
    std::stable_sort(late.begin(), late.end(), [](const DepartmentSummary& a, const DepartmentSummary& b) {
        return a.overdue > b.overdue;
    });
    late = rows(late);
    ChartTheme::apply(
        chart, late.isEmpty() ? QCoreApplication::translate("DashboardCharts", "Overdue per department: none")
                              : title(Kind::OverdueByDepartment));
    auto* drill = new ChartDrillDown(chart);
    QStringList labels;
    QList<qreal> values;
    QList<ActivityFilter> filters;
    int max = 0;
    for (qsizetype i = late.size() - 1; i >= 0; --i) {
        labels << ChartTheme::elide(late[i].name, 10);
        values << late[i].overdue;
        max = std::max(max, late[i].overdue);
        ActivityFilter f = departmentFilter(summary, late[i]);
        f.overdueOnly = true;
        filters << f;
    }
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(0.6);
    QBarSet* set = ChartParts::barSet(QCoreApplication::translate("DashboardCharts", "Overdue"),
                                      QColor(0xC0, 0x39, 0x2B), values);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    set->setLabelColor(Qt::white);
    drill->bind(set, filters);
    ChartParts::attach(chart, series, ChartParts::categoryAxis(labels), ChartParts::countAxis(max), true);
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace DashboardCharts
