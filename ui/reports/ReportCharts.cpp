#include "ReportCharts.h"

#include "ChartRenderer.h"
#include "DashboardCharts.h"

#include <QChart>

#include <memory>

namespace ReportCharts {

QList<ReportChart> render(const CampaignSummary& summary)
{
    QList<ReportChart> out;
    if (summary.total() == 0)
        return out;
    for (DashboardCharts::Kind kind : DashboardCharts::all()) {
        std::unique_ptr<QChart> chart(DashboardCharts::create(kind, summary));
        if (!chart)
            continue;
        out.append({DashboardCharts::title(kind), ChartRenderer::toImage(chart.get(), QSize(900, 500), 2)});
    }
    return out;
}

} // namespace ReportCharts
