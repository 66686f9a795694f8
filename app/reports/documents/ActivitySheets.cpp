#include "ActivitySheets.h"

#include "PlanDateFormat.h"
#include "PlanReport.h"
#include "ReportCells.h"
#include "ReportText.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <memory>

namespace ActivitySheets {

using ReportCells::amount;

namespace {

ReportCell date(QDate d)
{
    ReportCell c = ReportCell::ofText(d.isValid() ? d.toString(Qt::ISODate) : QString());
    c.date = d;
    return c;
}

ReportCell stamp(const QDateTime& t)
{
    // Through the system zone object: toLocalTime() asks the C library, which stats /etc/localtime for
    // every call (two stamps a row, 100 000 rows).
    static thread_local const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime local = t.toTimeZone(zone);
    ReportCell c =
        ReportCell::ofText(t.isValid() ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString());
    c.stamp = t.isValid() ? local : QDateTime();
    return c;
}

QString pillarName(const CampaignSnapshot& s, qint64 id)
{
    const Pillar* p = s.pillar(id);
    return p ? ReportText::withoutNumber(p->title) : QString();
}

} // namespace

QString statusName(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::NotStarted:
        return QStringLiteral("未开始");
    case ActivityStatus::InProgress:
        return QStringLiteral("进行中");
    case ActivityStatus::Done:
        return QStringLiteral("已完成");
    case ActivityStatus::Cancelled:
        return QStringLiteral("已取消");
    }
    return {};
}

ReportTable allFields(const CampaignSnapshot& s)
{
    ReportTable t;
    t.name = QStringLiteral("活动清单");
    t.headers = {QStringLiteral("序号"),     QStringLiteral("活动内容"),  QStringLiteral("活动类别"),
                 QStringLiteral("活动时间"), QStringLiteral("开始日期"),  QStringLiteral("结束日期"),
                 QStringLiteral("截止日期"), QStringLiteral("牵头部门"),  QStringLiteral("协助部门"),
                 QStringLiteral("活动地点"), QStringLiteral("负责人"),    QStringLiteral("联系电话"),
                 QStringLiteral("状态"),     QStringLiteral("进度（%）"), QStringLiteral("活动说明"),
                 QStringLiteral("备注")};
    const QList<Metric>& metrics = s.campaign.metrics;
    for (const Metric& m : metrics) {
        const QString unit = m.unit.isEmpty() ? QString() : QStringLiteral("（%1）").arg(m.unit);
        t.headers << m.name + QStringLiteral("计划") + unit << m.name + QStringLiteral("完成") + unit;
    }
    t.headers << QStringLiteral("创建时间") << QStringLiteral("修改时间") << QStringLiteral("编号");
    const auto list = std::make_shared<const QList<const Activity*>>(
        PlanReport::ordered(s, true, [](const Activity&) { return true; }));
    const CampaignSnapshot* snapshot = &s;
    t.setSource(
        [snapshot, list](const ReportTable::RowSink& sink) {
            const CampaignSnapshot& s = *snapshot;
            ReportRow r;
            int n = 0;
            for (const Activity* a : *list) {
                ++n;
                r.cells = {ReportCell::ofNumber(n, QString::number(n)),
                           ReportCell::ofText(a->title),
                           ReportCell::ofText(pillarName(s, a->pillarId)),
                           ReportCell::ofText(PlanDateFormat::of(*a)),
                           date(a->start),
                           date(a->end),
                           date(a->deadline),
                           ReportCell::ofText(s.departmentName(a->leadDepartmentId)),
                           ReportCell::ofText(PlanReport::assisting(s, *a)),
                           ReportCell::ofText(a->location),
                           ReportCell::ofText(a->owner),
                           ReportCell::ofText(a->phone),
                           ReportCell::ofText(statusName(a->status)),
                           ReportCell::ofNumber(a->progress, QString::number(a->progress)),
                           ReportCell::ofText(a->description),
                           ReportCell::ofText(a->notes)};
                for (const Metric& m : s.campaign.metrics) {
                    const MetricValue* v = a->figure(m.id);
                    r.cells << amount(v ? v->target : Amount()) << amount(v ? v->actual : Amount());
                }
                r.cells << stamp(a->created) << stamp(a->updated)
                        << ReportCell::ofText(a->uuid.toString(QUuid::WithoutBraces));
                if (!sink(r))
                    return false;
            }
            return true;
        },
        list->size(), false);
    return t;
}

static ReportTable grouped(const CampaignSnapshot& s, const QString& name, const QString& groupHeader,
                           const std::function<int(const Activity&)>& order,
                           const std::function<QString(const Activity&)>& group, bool leadColumn)
{
    ReportTable t;
    t.name = name;
    t.headers = {groupHeader, QStringLiteral("序号"), QStringLiteral("活动内容"), QStringLiteral("活动时间")};
    if (leadColumn)
        t.headers << QStringLiteral("牵头部门");
    t.headers << QStringLiteral("协助部门") << QStringLiteral("活动地点") << QStringLiteral("状态")
              << QStringLiteral("开始日期") << QStringLiteral("结束日期");
    auto list = std::make_shared<QList<const Activity*>>(
        PlanReport::ordered(s, false, [](const Activity&) { return true; }));
    std::stable_sort(list->begin(), list->end(),
                     [&](const Activity* a, const Activity* b) { return order(*a) < order(*b); });
    const CampaignSnapshot* snapshot = &s;
    t.setSource(
        [snapshot, list, order, group, leadColumn](const ReportTable::RowSink& sink) {
            const CampaignSnapshot& s = *snapshot;
            ReportRow r;
            int n = 0, current = INT_MIN;
            for (const Activity* a : std::as_const(*list)) {
                if (order(*a) != current) {
                    current = order(*a);
                    n = 0;
                }
                ++n;
                r.cells = {ReportCell::ofText(group(*a)), ReportCell::ofNumber(n, QString::number(n)),
                           ReportCell::ofText(a->title), ReportCell::ofText(PlanDateFormat::of(*a))};
                if (leadColumn)
                    r.cells << ReportCell::ofText(s.departmentName(a->leadDepartmentId));
                r.cells << ReportCell::ofText(PlanReport::assisting(s, *a)) << ReportCell::ofText(a->location)
                        << ReportCell::ofText(statusName(a->status)) << date(a->start) << date(a->end);
                if (!sink(r))
                    return false;
            }
            return true;
        },
        list->size(), false);
    return t;
}

ReportTable byLeadDepartment(const CampaignSnapshot& s)
{
    QHash<qint64, int> position;
    for (int i = 0; i < s.departments.size(); ++i)
        position.insert(s.departments[i].id, i);
    return grouped(
        s, QStringLiteral("按牵头部门"), QStringLiteral("牵头部门"),
        [position](const Activity& a) { return position.value(a.leadDepartmentId, INT_MAX); },
        [&s](const Activity& a) {
            const QString n = s.departmentName(a.leadDepartmentId);
            return n.isEmpty() ? QStringLiteral("未指定") : n;
        },
        false);
}

ReportTable byPillar(const CampaignSnapshot& s)
{
    QHash<qint64, int> position;
    for (int i = 0; i < s.campaign.pillars.size(); ++i)
        position.insert(s.campaign.pillars[i].id, i);
    return grouped(
        s, QStringLiteral("按活动内容"), QStringLiteral("活动类别"),
        [position](const Activity& a) { return position.value(a.pillarId, INT_MAX); },
        [&s](const Activity& a) {
            const QString n = pillarName(s, a.pillarId);
            return n.isEmpty() ? QStringLiteral("其他活动") : n;
        },
        true);
}

} // namespace ActivitySheets
