#include "TimelineExport.h"

#include "TimelineDocument.h"
#include "TimelineRenderer.h"

#include <QCoreApplication>

namespace TimelineExport {

bool writeFile(const CampaignSnapshot& s, const Options& options, QDate today, const QString& format,
               const QString& path, QString* error)
{
    TimelineLayout::Input in;
    in.activities = &s.activities;
    in.filter.departmentId = options.departmentId;
    in.today = CampaignStates::deadlineDay(s.campaign.campaign.state, today); // for the overdue filter
    in.grouping = options.grouping;
    in.pillars = s.campaign.pillars;
    in.departments = s.departments;
    TimelineLayout layout;
    layout.rebuild(in);

    TimelineRenderer::Data data;
    data.activities = &s.activities;
    data.layout = &layout;
    data.campaign = s.campaign.campaign;
    data.today = today;
    for (const Pillar& p : s.campaign.pillars)
        data.pillarColours.insert(p.id, QColor(p.colour));
    data.scale =
        TimelineRenderer::fitScale(data.campaign, layout, today, TimelineScale::dayWidthFor(options.zoom));

    QString title =
        s.unit.name.isEmpty() ? data.campaign.title : s.unit.name + QLatin1Char(' ') + data.campaign.title;
    title += QLatin1Char(' ') + QCoreApplication::translate("TimelineExport", "timeline");
    if (options.departmentId != 0)
        title += QStringLiteral(" — ") + s.departmentName(options.departmentId);
    return TimelineDocument::writeFile(data, title, format, path, error);
}

} // namespace TimelineExport
