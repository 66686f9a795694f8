#include "SummaryReport.h"

#include "PlanDateFormat.h"
#include "PlanReport.h"
#include "ReportCells.h"
#include "ReportText.h"
#include "SummaryDrafts.h"

#include <memory>

namespace SummaryReport {

using ReportCells::amount;
using ReportCells::count;
using ReportCells::rate;

namespace {

QString dateText(QDate d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

} // namespace

QList<ReportSection> defaultSections()
{
    QList<ReportSection> out;
    for (const char* t : {"基本情况", "主要做法和成效", "存在的问题", "下一步工作打算"})
        out.append({0, 0, int(out.size()), QString::fromUtf8(t), QString()});
    return out;
}

QList<ReportSection> narrative(const CampaignSnapshot& snapshot, const CampaignSummary& summary,
                               const ReportOptions& options)
{
    const QList<ReportSection> sections = options.sections.isEmpty() ? defaultSections() : options.sections;
    return SummaryDrafts::orDraft(sections, snapshot, summary, options.facts);
}

ReportTable narrativeTable(const QList<ReportSection>& sections)
{
    ReportTable t;
    t.name = QStringLiteral("总结正文");
    t.headers = {QStringLiteral("部分"), QStringLiteral("内容")};
    t.widths = {1.6, 6};
    int n = 0;
    for (const ReportSection& s : sections) {
        QString heading = ReportText::heading1(++n, ReportText::withoutNumber(s.title));
        for (const QString& paragraph : s.body.split(QLatin1Char('\n'))) {
            if (paragraph.trimmed().isEmpty())
                continue;
            t.append({{ReportCell::ofText(heading), ReportCell::ofText(paragraph.trimmed())}, false});
            heading.clear();
        }
        if (!heading.isEmpty())
            t.append({{ReportCell::ofText(heading), ReportCell::ofText({})}, false});
    }
    return t;
}

QList<ReportTable> statistics(const CampaignSummary& s)
{
    ReportTable pillars;
    pillars.name = QStringLiteral("按活动内容统计");
    pillars.headers = {QStringLiteral("活动内容"), QStringLiteral("活动总数"), QStringLiteral("已完成"),
                       QStringLiteral("进行中"),   QStringLiteral("未开始"),   QStringLiteral("已取消"),
                       QStringLiteral("逾期"),     QStringLiteral("完成率")};
    pillars.widths = {3.2, 1, 1, 1, 1, 1, 0.9, 1.1};
    for (const PillarSummary& p : s.pillars) {
        const StatusCounts& c = p.statuses;
        pillars.append(
            ReportRow{{ReportCell::ofText(p.name), count(c.total()), count(c[ActivityStatus::Done]),
                       count(c[ActivityStatus::InProgress]), count(c[ActivityStatus::NotStarted]),
                       count(c[ActivityStatus::Cancelled]), count(p.overdue), rate(c.completionRate())},
                      false});
    }
    pillars.append(
        ReportRow{{ReportCell::ofText(QStringLiteral("合计")), count(s.total()),
                   count(s.statuses[ActivityStatus::Done]), count(s.statuses[ActivityStatus::InProgress]),
                   count(s.statuses[ActivityStatus::NotStarted]),
                   count(s.statuses[ActivityStatus::Cancelled]), count(s.overdue), rate(s.completionRate())},
                  false});

    ReportTable departments;
    departments.name = QStringLiteral("按牵头部门统计");
    departments.headers = {QStringLiteral("牵头部门"), QStringLiteral("牵头活动数"),
                           QStringLiteral("已完成"),   QStringLiteral("已取消"),
                           QStringLiteral("逾期"),     QStringLiteral("完成率")};
    departments.widths = {3.2, 1.2, 1, 1, 1, 1.1};
    int total = 0, done = 0, cancelled = 0, overdue = 0;
    for (const DepartmentSummary& d : s.departments) {
        const int open = d.count - d.cancelled;
        departments.append(ReportRow{{ReportCell::ofText(d.name), count(d.count), count(d.done),
                                      count(d.cancelled), count(d.overdue),
                                      rate(open > 0 ? std::optional(double(d.done) / open) : std::nullopt)},
                                     false});
        total += d.count;
        done += d.done;
        cancelled += d.cancelled;
        overdue += d.overdue;
    }
    departments.append(ReportRow{{ReportCell::ofText(QStringLiteral("合计")), count(total), count(done),
                                  count(cancelled), count(overdue), rate(s.completionRate())},
                                 false});

    ReportTable metrics;
    metrics.name = QStringLiteral("主要指标");
    metrics.headers = {QStringLiteral("指标"), QStringLiteral("单位"), QStringLiteral("计划"),
                       QStringLiteral("完成")};
    metrics.widths = {3, 1.2, 1.6, 1.6};
    for (const MetricSummary& m : s.metrics)
        metrics.append(ReportRow{
            {ReportCell::ofText(m.name), ReportCell::ofText(m.unit), amount(m.target), amount(m.actual)},
            false});
    return {pillars, departments, metrics};
}

ReportTable completed(const CampaignSnapshot& snapshot)
{
    ReportTable t;
    t.name = QStringLiteral("已完成活动");
    t.headers = {QStringLiteral("序号"), QStringLiteral("活动内容"), QStringLiteral("活动时间"),
                 QStringLiteral("牵头部门"), QStringLiteral("活动地点")};
    t.widths = {0.75, 3.2, 1.75, 1.7, 1.5};
    const auto done = [](const Activity& a) { return a.status == ActivityStatus::Done; };
    const auto list =
        std::make_shared<const QList<const Activity*>>(PlanReport::ordered(snapshot, true, done));
    qint64 groups = 0, current = -1;
    for (const Activity* a : *list) {
        const Pillar* p = snapshot.pillar(a->pillarId);
        if ((p ? p->id : 0) != current) {
            current = p ? p->id : 0;
            ++groups;
        }
    }
    const CampaignSnapshot* s = &snapshot;
    t.setSource(
        [s, list](const ReportTable::RowSink& sink) {
            ReportRow row;
            qint64 current = -1;
            int group = 0, number = 0;
            for (const Activity* a : *list) {
                const Pillar* p = s->pillar(a->pillarId);
                if ((p ? p->id : 0) != current) {
                    current = p ? p->id : 0;
                    const QString name = p ? ReportText::withoutNumber(p->title) : QStringLiteral("其他活动");
                    row.group = true;
                    row.cells = {ReportCell::ofText(ReportText::heading2(++group, name))};
                    if (!sink(row))
                        return false;
                }
                ++number;
                row.group = false;
                row.cells = {ReportCell::ofNumber(number, QString::number(number)),
                             ReportCell::ofText(a->title), ReportCell::ofText(PlanDateFormat::of(*a)),
                             ReportCell::ofText(s->departmentName(a->leadDepartmentId)),
                             ReportCell::ofText(a->location)};
                if (!sink(row))
                    return false;
            }
            return true;
        },
        list->size() + groups, true);
    return t;
}

ReportDocument build(const CampaignSnapshot& snapshot, const CampaignSummary& summary,
                     const ReportOptions& options)
{
    ReportDocument doc;
    doc.title = PlanReport::title(snapshot, QStringLiteral("总结"));
    doc.add(ReportBlock::Kind::Title, doc.title);
    int n = 0;
    for (const ReportSection& s : narrative(snapshot, summary, options)) {
        doc.add(ReportBlock::Kind::Heading1, ReportText::heading1(++n, ReportText::withoutNumber(s.title)));
        for (const QString& paragraph : s.body.split(QLatin1Char('\n')))
            if (!paragraph.trimmed().isEmpty())
                doc.add(ReportBlock::Kind::Paragraph, paragraph.trimmed());
    }
    if (!snapshot.unit.name.isEmpty() || options.today.isValid())
        doc.add(ReportBlock::Kind::Signature,
                QStringList{snapshot.unit.name, options.today.isValid() ? dateText(options.today) : QString()}
                    .join(QLatin1Char('\n'))
                    .trimmed());

    doc.add(ReportBlock::Kind::PageBreak, {});
    doc.add(ReportBlock::Kind::Caption, QStringLiteral("附件1"));
    doc.add(ReportBlock::Kind::Title, QStringLiteral("活动统计表"));
    const QList<ReportTable> stats = statistics(summary);
    for (int i = 0; i < stats.size(); ++i) {
        doc.add(ReportBlock::Kind::Heading2, ReportText::heading2(i + 1, stats[i].name));
        doc.addTable(stats[i]);
    }
    doc.add(ReportBlock::Kind::PageBreak, {});
    doc.add(ReportBlock::Kind::Caption, QStringLiteral("附件2"));
    doc.add(ReportBlock::Kind::Title, QStringLiteral("已完成活动清单"));
    doc.addTable(completed(snapshot));
    if (!options.charts.isEmpty()) {
        doc.add(ReportBlock::Kind::PageBreak, {});
        doc.add(ReportBlock::Kind::Caption, QStringLiteral("附件3"));
        doc.add(ReportBlock::Kind::Title, QStringLiteral("活动图表"));
        int i = 0;
        for (const ReportChart& chart : options.charts)
            doc.addImage(chart.image, QStringLiteral("图%1　%2").arg(++i).arg(chart.title));
    }
    return doc;
}

} // namespace SummaryReport
