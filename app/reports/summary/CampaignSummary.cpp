#include "CampaignSummary.h"

#include "DeadlineRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <climits>

std::optional<double> StatusCounts::completionRate() const
{
    const int open = total() - (*this)[ActivityStatus::Cancelled];
    if (open <= 0)
        return std::nullopt;
    return double((*this)[ActivityStatus::Done]) / open;
}

namespace Summary {

Amount add(const Amount& a, const Amount& b)
{
    Amount sum;
    sum.isSet = a.isSet || b.isSet;
    sum.value = (a.isSet ? a.value : 0) + (b.isSet ? b.value : 0);
    sum.approximate = (a.isSet && a.approximate) || (b.isSet && b.approximate);
    return sum;
}

namespace {

// Maps the few ids of a campaign's pillars, departments or metrics to list positions. There are
// tens of them, so a linear scan over a flat array beats hashing in the 100 000-activity loop.
class IdIndex
{
public:
    void insert(qint64 id, int position)
    {
        m_ids.append(id);
        m_positions.append(position);
    }
    int find(qint64 id) const
    {
        for (qsizetype i = 0; i < m_ids.size(); ++i)
            if (m_ids[i] == id)
                return m_positions[i];
        return -1;
    }

private:
    QVarLengthArray<qint64, 32> m_ids;
    QVarLengthArray<int, 32> m_positions;
};

// add() in place, for the hot loop.
inline void accumulate(Amount& sum, const Amount& v)
{
    if (!v.isSet)
        return;
    sum.isSet = true;
    sum.value += v.value;
    sum.approximate = sum.approximate || v.approximate;
}

struct Buckets
{
    IdIndex pillar;
    IdIndex department;
    IdIndex metric;
    QHash<qint64, const Department*> archived;
    QHash<qint64, int> order; // position in the department list, for ties
    int noPillar = -1;
    int noDepartment = -1;
};

void addPillars(const CampaignContent& content, CampaignSummary& s, Buckets& b)
{
    for (const Pillar& p : content.pillars) {
        b.pillar.insert(p.id, int(s.pillars.size()));
        s.pillars.append({p.id,
                          p.shortName.isEmpty() ? p.title : p.shortName,
                          p.colour,
                          {},
                          0,
                          QList<Amount>(content.metrics.size())});
    }
}

void addDepartments(const QList<Department>& departments, CampaignSummary& s, Buckets& b)
{
    for (const Department& d : departments) {
        b.order.insert(d.id, int(b.order.size()));
        if (d.archived) {
            b.archived.insert(d.id, &d);
            continue;
        }
        b.department.insert(d.id, int(s.departments.size()));
        s.departments.append({d.id, d.name, 0, 0, 0, 0});
    }
}

// The bucket of an activity's lead: archived departments join the list when they first lead one.
int departmentBucket(qint64 id, CampaignSummary& s, Buckets& b)
{
    int i = b.department.find(id);
    if (i >= 0)
        return i;
    if (const Department* d = b.archived.value(id)) {
        i = int(s.departments.size());
        b.department.insert(id, i);
        s.departments.append({d->id, d->name, 0, 0, 0, 0});
        return i;
    }
    if (b.noDepartment < 0) {
        b.noDepartment = int(s.departments.size());
        s.departments.append({0, QCoreApplication::translate("Summary", "No lead department"), 0, 0, 0, 0});
    }
    b.department.insert(id, b.noDepartment); // the next activity with this id finds it at once
    return b.noDepartment;
}

int noPillarBucket(CampaignSummary& s, Buckets& b)
{
    if (b.noPillar < 0) {
        b.noPillar = int(s.pillars.size());
        s.pillars.append({0,
                          QCoreApplication::translate("Summary", "No pillar"),
                          QStringLiteral("#95A5A6"),
                          {},
                          0,
                          QList<Amount>(s.metrics.size())});
    }
    return b.noPillar;
}

void addDates(const Campaign& c, QDate today, CampaignSummary& s)
{
    if (c.end.isValid() && today.isValid()) {
        const QDate from = c.start.isValid() && c.start > today ? c.start : today;
        s.daysLeft = std::max<qint64>(0, from.daysTo(c.end) + 1);
    }
    if (c.summaryDeadline.isValid() && today.isValid())
        s.daysToSummaryDeadline = int(today.daysTo(c.summaryDeadline));
    if (c.start.isValid() && c.end.isValid() && c.start <= c.end) {
        s.days.reserve(c.start.daysTo(c.end) + 1);
        for (QDate d = c.start; d <= c.end; d = d.addDays(1))
            s.days.append({d, 0, 0});
    }
}

} // namespace

CampaignSummary summarize(const CampaignContent& content, const QList<Activity>& activities,
                          const QList<Department>& departments, QDate today)
{
    CampaignSummary s;
    s.today = today;
    s.campaign = content.campaign;
    const qint64 campaignId = content.campaign.id;
    Buckets b;
    addPillars(content, s, b);
    addDepartments(departments, s, b);
    for (const Metric& m : content.metrics) {
        b.metric.insert(m.id, int(s.metrics.size()));
        s.metrics.append({m.id, m.name, m.unit, {}, {}});
    }
    // A finished campaign (已报送) is history: nothing in it is due or overdue any more.
    const QDate deadlineDay = CampaignStates::deadlineDay(content.campaign.state, today);
    addDates(content.campaign, deadlineDay, s);
    const qint64 firstDay = s.days.isEmpty() ? 0 : s.days.first().day.toJulianDay();
    const qint64 dayCount = s.days.size();

    for (const Activity& a : activities) {
        if (a.campaignId != campaignId)
            continue;
        const bool cancelled = a.status == ActivityStatus::Cancelled;
        const bool done = a.status == ActivityStatus::Done;
        s.statuses[a.status] += 1;
        const DeadlineRules::Urgency urgency = DeadlineRules::urgency(a, deadlineDay);
        const bool overdue = urgency == DeadlineRules::Urgency::Overdue;
        s.overdue += overdue ? 1 : 0;
        s.dueSoon += urgency == DeadlineRules::Urgency::DueSoon ? 1 : 0;

        int pi = b.pillar.find(a.pillarId);
        if (pi < 0)
            pi = noPillarBucket(s, b);
        PillarSummary& p = s.pillars[pi];
        p.statuses[a.status] += 1;
        p.overdue += overdue ? 1 : 0;

        DepartmentSummary& d = s.departments[departmentBucket(a.leadDepartmentId, s, b)];
        d.count += 1;
        d.done += done ? 1 : 0;
        d.cancelled += cancelled ? 1 : 0;
        d.overdue += overdue ? 1 : 0;

        for (const MetricValue& v : a.figures) {
            const int mi = b.metric.find(v.metricId);
            if (mi < 0)
                continue;
            MetricSummary& m = s.metrics[mi];
            if (!cancelled)
                accumulate(m.target, v.target);
            accumulate(m.actual, v.actual);
            accumulate(p.actuals[mi], v.actual);
        }

        if (dayCount > 0) {
            if (!cancelled && a.start.isValid()) {
                const qint64 i = a.start.toJulianDay() - firstDay;
                if (i >= 0 && i < dayCount)
                    s.days[i].planned += 1;
            }
            if (done && a.end.isValid()) {
                const qint64 i = a.end.toJulianDay() - firstDay;
                if (i >= 0 && i < dayCount)
                    s.days[i].completed += 1;
            }
        }
    }
    const auto rank = [&b](const DepartmentSummary& d) { return b.order.value(d.departmentId, INT_MAX); };
    std::sort(s.departments.begin(), s.departments.end(),
              [&rank](const DepartmentSummary& x, const DepartmentSummary& y) {
                  return x.count != y.count ? x.count > y.count : rank(x) < rank(y);
              });
    return s;
}

} // namespace Summary
