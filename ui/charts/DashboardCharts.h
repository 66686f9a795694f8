#pragma once

#include "CampaignSummary.h"

#include <QList>
#include <QString>

class QChart;

// Builds the dashboard's charts from a summary. Every chart is new (the caller owns it), has
// animations off and a ChartDrillDown child saying which activities each bar or slice stands for,
// so the same chart serves the page, a PNG/SVG export and a report page.
namespace DashboardCharts {
enum class Kind { PillarProgress, StatusShare, DepartmentWorkload, Timeline, Metrics, OverdueByDepartment };

QList<Kind> all();
QString title(Kind kind);
// A file-name stem such as "pillar-progress".
QString key(Kind kind);
QChart* create(Kind kind, const CampaignSummary& summary);

QChart* pillarProgress(const CampaignSummary& summary);
QChart* statusShare(const CampaignSummary& summary);
QChart* departmentWorkload(const CampaignSummary& summary);
QChart* timeline(const CampaignSummary& summary);
QChart* metrics(const CampaignSummary& summary);
QChart* overdueByDepartment(const CampaignSummary& summary);

// Most department rows a chart shows; the rest are summed into one "other" row.
constexpr int maxDepartmentRows = 12;
// Longer campaigns are drawn per week instead of per day.
constexpr int maxDailyBars = 62;
} // namespace DashboardCharts
