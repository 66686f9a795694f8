#include "DashboardCharts.h"

#include <QChart>
#include <QCoreApplication>

namespace DashboardCharts {

QList<Kind> all()
{
    return {Kind::PillarProgress, Kind::StatusShare, Kind::DepartmentWorkload,
            Kind::Timeline,       Kind::Metrics,     Kind::OverdueByDepartment};
}

QString title(Kind kind)
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("DashboardCharts", s); };
    switch (kind) {
    case Kind::PillarProgress:
        return tr("Progress per pillar");
    case Kind::StatusShare:
        return tr("Status share");
    case Kind::DepartmentWorkload:
        return tr("Workload and completion per lead department");
    case Kind::Timeline:
        return tr("Activities per day");
    case Kind::Metrics:
        return tr("Figures against targets");
    case Kind::OverdueByDepartment:
        return tr("Overdue per department");
    }
    return {};
}

QString key(Kind kind)
{
    switch (kind) {
    case Kind::PillarProgress:
        return QStringLiteral("pillar-progress");
    case Kind::StatusShare:
        return QStringLiteral("status-share");
    case Kind::DepartmentWorkload:
        return QStringLiteral("department-workload");
    case Kind::Timeline:
        return QStringLiteral("timeline");
    case Kind::Metrics:
        return QStringLiteral("metrics");
    case Kind::OverdueByDepartment:
        return QStringLiteral("overdue-by-department");
    }
    return {};
}

QChart* create(Kind kind, const CampaignSummary& summary)
{
    switch (kind) {
    case Kind::PillarProgress:
        return pillarProgress(summary);
    case Kind::StatusShare:
        return statusShare(summary);
    case Kind::DepartmentWorkload:
        return departmentWorkload(summary);
    case Kind::Timeline:
        return timeline(summary);
    case Kind::Metrics:
        return metrics(summary);
    case Kind::OverdueByDepartment:
        return overdueByDepartment(summary);
    }
    return nullptr;
}

} // namespace DashboardCharts
