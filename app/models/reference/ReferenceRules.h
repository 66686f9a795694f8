#pragma once

#include "Campaign.h"
#include "Department.h"
#include "UnitProfile.h"

#include <QList>
#include <QString>

// The checks reference data passes before it is saved (the campaign's properties, the unit profile, the
// items of its lists). Each returns a translated reason, empty when the value may be saved.
namespace ReferenceRules {
constexpr int firstYear = 1978; // the first national Quality Month
constexpr int lastYear = 2100;

// `others` are the file's other campaigns: two campaigns of one year would be indistinguishable.
QString campaignProblem(const Campaign& campaign, const QList<Campaign>& others);
QString unitProblem(const UnitProfile& unit);
QString newYearProblem(int year, const QList<Campaign>& existing);
// An item of a list against the whole list (`all`, where an item of the same id is the one edited).
// Names are compared case- and space-insensitively: "办公室 " and "办公室" are the same to a user.
QString pillarProblem(const Pillar& pillar, const QList<Pillar>& all);
QString metricProblem(const Metric& metric, const QList<Metric>& all);
QString departmentProblem(const Department& department, const QList<Department>& all);
QString organizerProblem(const Organizer& organizer, const QList<Organizer>& all);
QString requirementProblem(const Requirement& requirement, const QList<Requirement>& all);
} // namespace ReferenceRules
