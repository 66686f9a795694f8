#include "ConsolidatedUnits.h"

#include "CampaignSummary.h"
#include "PackageFigures.h"

#include <QCollator>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace ConsolidatedUnits {

ConsolidatedUnit fromCampaign(const CampaignSnapshot& s, const QHash<qint64, int>& evidence, QDate today)
{
    ConsolidatedUnit out;
    out.name = s.unit.name;
    out.region = s.unit.region;
    out.figures = PackageFigures::toJson(Summary::summarize(s.campaign, s.activities, s.departments, today));
    out.activities.reserve(s.activities.size());
    QHash<qint64, QString> departments; // a few dozen, looked up 100 000 times
    for (const Department& d : s.departments)
        departments.insert(d.id, d.name);
    for (const Activity& a : s.activities) {
        if (a.campaignId != s.campaign.campaign.id)
            continue;
        const Pillar* p = s.pillar(a.pillarId);
        out.activities.append({a.title, p ? (p->shortName.isEmpty() ? p->title : p->shortName) : QString(),
                               departments.value(a.leadDepartmentId), static_cast<int>(a.status),
                               evidence.value(a.id)});
    }
    return out;
}

ConsolidatedUnit fromPackage(const SubordinateUnit& u, const QList<SubordinateActivity>& activities)
{
    ConsolidatedUnit out;
    out.name = u.name;
    out.region = u.region;
    out.received = u.packageCreated;
    out.source = ConsolidatedUnit::Source::Package;
    out.id = u.id;
    out.figures = QJsonDocument::fromJson(u.figures).object();
    out.activities.reserve(activities.size());
    for (const SubordinateActivity& a : activities)
        out.activities.append({a.title, a.pillar, a.leadDepartment, a.status, int(a.evidence.size())});
    return out;
}

bool belongsToYear(int packageYear, int year)
{
    return packageYear == 0 || year == 0 || packageYear == year;
}

QList<ConsolidatedUnit> merge(QList<ConsolidatedUnit> live, const QSet<QString>& liveNames,
                              const QList<ConsolidatedUnit>& packages)
{
    for (const ConsolidatedUnit& p : packages)
        if (!liveNames.contains(p.name.trimmed()))
            live.append(p);
    return live;
}

void sortByName(QList<ConsolidatedUnit>* units)
{
    // The storage's order is code points; readers expect the dictionary's.
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    collator.setNumericMode(true);
    std::stable_sort(units->begin(), units->end(), [&](const ConsolidatedUnit& a, const ConsolidatedUnit& b) {
        return collator.compare(a.name, b.name) < 0;
    });
}

} // namespace ConsolidatedUnits
