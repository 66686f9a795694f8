#pragma once

#include "CampaignSnapshot.h"
#include "ConsolidatedInput.h"
#include "SubordinateUnit.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// The units of a consolidation made from what holds them, whichever store that is: a unit's own
// campaign (the open file's, or a unit's rows on the shared server) is summarised exactly as its
// report package would be; an imported package is taken as it came. Pure: values in, units out.
namespace ConsolidatedUnits {

// A unit from its campaign: figures from Summary::summarize (PackageFigures::toJson, as the package's
// manifest has them), the campaign's activities as a package describes them (pillar short name, else
// its title), each with `evidence` (activity id → files chosen to be sent up). Name and region from
// the snapshot's unit profile; source File.
ConsolidatedUnit fromCampaign(const CampaignSnapshot& snapshot, const QHash<qint64, int>& evidence,
                              QDate today);

// A unit from its imported package (source Package).
ConsolidatedUnit fromPackage(const SubordinateUnit& unit, const QList<SubordinateActivity>& activities);

// Whether a package of `packageYear` belongs in a report of `year` (0 on either side: not stated).
bool belongsToYear(int packageYear, int year);

// The live units, then each package unit whose name no live unit has (`liveNames`: every name the
// live units go by): when a unit is in both, the server's rows are newer than any package it sent.
QList<ConsolidatedUnit> merge(QList<ConsolidatedUnit> live, const QSet<QString>& liveNames,
                              const QList<ConsolidatedUnit>& packages);

// Pinyin order with numbers as numbers (第2县 before 第10县); equal names keep their order.
void sortByName(QList<ConsolidatedUnit>* units);

} // namespace ConsolidatedUnits
