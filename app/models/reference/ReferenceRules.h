#pragma once

#include "Campaign.h"
#include "UnitProfile.h"

#include <QList>
#include <QString>

// The checks a campaign's properties and the unit profile pass before they are saved. Each returns
// a translated reason, empty when the value may be saved.
namespace ReferenceRules {
constexpr int firstYear = 1978; // the first national Quality Month
constexpr int lastYear = 2100;

// `others` are the file's other campaigns: two campaigns of one year would be indistinguishable.
QString campaignProblem(const Campaign& campaign, const QList<Campaign>& others);
QString unitProblem(const UnitProfile& unit);
QString newYearProblem(int year, const QList<Campaign>& existing);
} // namespace ReferenceRules
