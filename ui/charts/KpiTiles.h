#pragma once

#include "ActivityFilter.h"
#include "CampaignSummary.h"

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

// One headline number of the dashboard: what it is, its value, one line of context and, when it
// stands for a set of activities, the filter that opens them.
struct Kpi
{
    QString label;
    QString value;
    QString detail;
    QColor accent;
    std::optional<ActivityFilter> filter;
};

// The tiles above the charts, as text, so the page and the exported picture say the same.
namespace KpiTiles {
// Up to this many metrics appear as "main figures" (the first ones with a target or an actual).
constexpr int maxFigureTiles = 3;
QList<Kpi> build(const CampaignSummary& summary);
} // namespace KpiTiles
