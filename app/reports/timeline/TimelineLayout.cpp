#include "TimelineLayout.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TimelineLayout", text);
}

QDate firstDay(const Activity& a)
{
    return a.start.isValid() ? a.start : a.end;
}

} // namespace

void TimelineLayout::rebuild(const Input& in)
{
    m_rows.clear();
    m_groups.clear();
    m_activityCount = 0;
    m_earliest = m_latest = QDate();
    if (!in.activities)
        return;
    const QList<Activity>& list = *in.activities;

    // Groups in the order the notice (pillars) or the bureau (departments) lists them; "none" last.
    QHash<qint64, int> groupOf;
    if (in.grouping == TimelineGrouping::Pillar) {
        for (const Pillar& p : in.pillars) {
            groupOf.insert(p.id, int(m_groups.size()));
            m_groups.append({p.shortName.isEmpty() ? p.title : p.shortName, QColor(p.colour), 0});
        }
    } else {
        for (const Department& d : in.departments) {
            groupOf.insert(d.id, int(m_groups.size()));
            m_groups.append({d.name, QColor(), 0});
        }
    }
    const int noGroup = int(m_groups.size());
    m_groups.append(
        {in.grouping == TimelineGrouping::Pillar ? tr("No pillar") : tr("No lead department"), QColor(), 0});

    struct Key
    {
        int group;
        int index;
    };
    QList<Key> keys;
    keys.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const Activity& a = list.at(i);
        if (!in.filter.matches(a, in.today))
            continue;
        const qint64 ref = in.grouping == TimelineGrouping::Pillar ? a.pillarId : a.leadDepartmentId;
        keys.append({groupOf.value(ref, noGroup), i});
        for (const QDate& d : {a.start, a.end, a.deadline}) {
            if (!d.isValid())
                continue;
            if (!m_earliest.isValid() || d < m_earliest)
                m_earliest = d;
            if (!m_latest.isValid() || d > m_latest)
                m_latest = d;
        }
    }
    // Within a group: by first day (undated last), then end, then id, so the order never jitters.
    std::sort(keys.begin(), keys.end(), [&list](const Key& l, const Key& r) {
        if (l.group != r.group)
            return l.group < r.group;
        const Activity& a = list.at(l.index);
        const Activity& b = list.at(r.index);
        const QDate sa = firstDay(a), sb = firstDay(b);
        if (sa != sb) {
            if (!sa.isValid() || !sb.isValid())
                return sa.isValid();
            return sa < sb;
        }
        if (a.end != b.end)
            return a.end < b.end;
        return a.id < b.id;
    });

    m_rows.reserve(keys.size() + m_groups.size());
    int current = -1;
    for (const Key& k : keys) {
        if (k.group != current) {
            current = k.group;
            m_rows.append({TimelineRow::Kind::Group, -1, current});
        }
        m_rows.append({TimelineRow::Kind::Activity, k.index, k.group});
        ++m_groups[k.group].count;
    }
    m_activityCount = int(keys.size());
}

int TimelineLayout::rowAt(double y) const
{
    if (y < 0)
        return -1;
    const int row = int(std::floor(y / rowHeight));
    return row < rowCount() ? row : -1;
}

int TimelineLayout::rowOfActivity(qint64 activityId, const QList<Activity>& activities) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const TimelineRow& row = m_rows.at(r);
        if (row.kind == TimelineRow::Kind::Activity && activities.at(row.activity).id == activityId)
            return r;
    }
    return -1;
}

QRectF TimelineLayout::barRect(int row, const TimelineScale& scale, const QList<Activity>& activities) const
{
    if (row < 0 || row >= rowCount() || m_rows.at(row).kind != TimelineRow::Kind::Activity)
        return {};
    return barRect(activities.at(m_rows.at(row).activity), rowTop(row), scale);
}

QRectF TimelineLayout::barRect(const Activity& a, double top, const TimelineScale& scale)
{
    const QDate s = firstDay(a);
    const QDate e = a.end.isValid() ? a.end : a.start;
    if (!s.isValid() || !scale.isValid())
        return {};
    const QDate lo = std::min(s, e), hi = std::max(s, e);
    const double left = scale.x(lo);
    const double right = scale.x(hi) + scale.dayWidth();
    // Bars sit in the middle of the row with a small margin so neighbours never touch.
    return QRectF(left, top + 5, right - left, rowHeight - 10);
}
