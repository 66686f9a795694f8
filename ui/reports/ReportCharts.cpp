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
        // 1.5 pixels a point: about 210 dpi across the 160 mm the page gives a chart, sharp on paper, and
        // the six charts render on the GUI thread in well under the 200 ms a user notices.
        out.append({DashboardCharts::title(kind), ChartRenderer::toImage(chart.get(), QSize(900, 500), 1.5)});
    }
    return out;
}

} // namespace ReportCharts
