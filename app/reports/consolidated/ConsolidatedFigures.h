#pragma once

#include "ConsolidatedInput.h"
#include "Metric.h"
#include "PackageFigures.h"

#include <QList>
#include <QString>

#include <optional>

// Adds up the units' package figures (PackageFigures::toJson) for the consolidated report. Pure:
// JSON in, sums out. Units are summed as they reported; nothing is recomputed from activities.
namespace ConsolidatedFigures {

struct PillarTotal
{
    QString name; // as the units named it; equal names are one pillar
    int total = 0;
    int done = 0;
    int cancelled = 0;
    int overdue = 0;
};

// One metric summed over units by (name, unit). A sum is approximate (余) when any unit's part is,
// or when a unit in the consolidation did not report the figure at all: then it is a lower bound.
struct MetricTotal
{
    QString name;
    QString unit;
    Amount target;
    Amount actual;
    int reporting = 0; // units whose actual is set
};

// The own unit first, then the subordinates.
QList<const ConsolidatedUnit*> units(const ConsolidatedInput& input);
PackageFigures::Totals sum(const QList<const ConsolidatedUnit*>& units);
// Done ÷ (all − cancelled), the same rule as StatusCounts::completionRate (it is used for it).
std::optional<double> completionRate(const PackageFigures::Totals& totals);
std::optional<double> completionRate(const PillarTotal& pillar);
// Pillars in the order they first appear (own unit's order first).
QList<PillarTotal> pillars(const QList<const ConsolidatedUnit*>& units);
// Metrics in the order they first appear.
QList<MetricTotal> metrics(const QList<const ConsolidatedUnit*>& units);

} // namespace ConsolidatedFigures
