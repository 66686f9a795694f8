#pragma once

#include "CampaignSummary.h"
#include "ReportOptions.h"

#include <QList>

// The dashboard's charts drawn to pictures for the summary document (the documents library never
// links widgets, so the pictures are made here and handed over). Needs a QApplication.
namespace ReportCharts {
QList<ReportChart> render(const CampaignSummary& summary);
} // namespace ReportCharts
