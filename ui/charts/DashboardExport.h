#pragma once

#include "CampaignSnapshot.h"

#include <QDate>
#include <QString>

// `campaign-planner export --kind dashboard`: the whole dashboard of a snapshot as PNG or SVG,
// headless. Needs a QApplication (charts are graphics items); no display.
namespace DashboardExport {
// format is "png" or "svg"; false and one translated line on failure, no file left behind.
bool write(const CampaignSnapshot& snapshot, const QString& format, const QString& outPath, QDate today,
           QString* error);
} // namespace DashboardExport
