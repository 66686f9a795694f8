#include "PlanReport.h"

#include "PlanDateFormat.h"
#include "ReportText.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <memory>
#include <tuple>

namespace PlanReport {

QList<const Activity*> ordered(const CampaignSnapshot& snapshot, bool byPillar,
                               const std::function<bool(const Activity&)>& keep)
{
    QHash<qint64, int> pillarOrder;
    for (int i = 0; i < snapshot.campaign.pillars.size(); ++i)
        pillarOrder.insert(snapshot.campaign.pillars[i].id, i);
    QList<const Activity*> out;
    out.reserve(snapshot.activities.size());
    for (const Activity& a : snapshot.activities)
        if (keep(a))
            out.append(&a);
    const auto key = [&](const Activity* a) {
        const int pillar = byPillar ? pillarOrder.value(a->pillarId, INT_MAX) : 0;
        const qint64 day = a->start.isValid() ? a->start.toJulianDay() : LLONG_MAX;
        return std::tuple(pillar, day, a->id);
    };
    std::stable_sort(out.begin(), out.end(),
                     [&](const Activity* a, const Activity* b) { return key(a) < key(b); });
    return out;
}

QString assisting(const CampaignSnapshot& snapshot, const Activity& a)
{
    QStringList names;
    for (qint64 id : a.assistingDepartmentIds) {
        const QString n = snapshot.departmentName(id);
        if (!n.isEmpty())
            names << n;
    }
    return names.isEmpty() ? QStringLiteral("—") : names.join(QStringLiteral("、"));
}

QString period(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid())
        return PlanDateFormat::range(start, end);
    if (start.day() == 1 && end.day() == end.daysInMonth() && start.month() == end.month() &&
        start.year() == end.year())
        return QStringLiteral("%1年%2月份").arg(start.year()).arg(start.month());
    const QString to = end.year() == start.year()
                           ? QStringLiteral("%1月%2日").arg(end.month()).arg(end.day())
                           : QStringLiteral("%1年%2月%3日").arg(end.year()).arg(end.month()).arg(end.day());
    return QStringLiteral("%1年%2月%3日至%4").arg(start.year()).arg(start.month()).arg(start.day()).arg(to);
}

QString title(const CampaignSnapshot& snapshot, const QString& suffix)
{
    return snapshot.unit.name.trimmed() + snapshot.campaign.campaign.title.trimmed() + suffix;
}

ReportTable table(const CampaignSnapshot& snapshot, const ReportOptions& options)
{
    ReportTable t;
    t.name = QStringLiteral("活动安排");
    t.headers = {QStringLiteral("序号"), QStringLiteral("活动内容"), QStringLiteral("活动时间"),
                 QStringLiteral("牵头部门"), QStringLiteral("协助部门")};
    t.widths = {0.75, 3.2, 1.75, 1.7, 1.7};
    if (options.includeLocation) {
        t.headers << QStringLiteral("活动地点");
        t.widths << 1.4;
    }
    const auto planned = [](const Activity& a) { return a.status != ActivityStatus::Cancelled; };
    // The order is kept (a pointer per activity); each row is built when the writer asks for it.
    const auto list =
        std::make_shared<const QList<const Activity*>>(ordered(snapshot, options.groupByPillar, planned));
    const bool byPillar = options.groupByPillar, location = options.includeLocation;
    qint64 groups = 0;
    if (byPillar) {
        qint64 current = -1;
        for (const Activity* a : *list) {
            const Pillar* pillar = snapshot.pillar(a->pillarId);
            if ((pillar ? pillar->id : 0) != current) {
                current = pillar ? pillar->id : 0;
                ++groups;
            }
        }
    }
    const CampaignSnapshot* s = &snapshot;
    t.setSource(
        [s, list, byPillar, location](const ReportTable::RowSink& sink) {
            ReportRow row;
            qint64 currentPillar = -1;
            int group = 0, number = 0;
            for (const Activity* a : *list) {
                const Pillar* pillar = s->pillar(a->pillarId);
                const qint64 pillarId = pillar ? pillar->id : 0;
                if (byPillar && pillarId != currentPillar) {
                    currentPillar = pillarId;
                    const QString name =
                        pillar ? ReportText::withoutNumber(pillar->title) : QStringLiteral("其他活动");
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
                             ReportCell::ofText(assisting(*s, *a))};
                if (location)
                    row.cells << ReportCell::ofText(a->location);
                if (!sink(row))
                    return false;
            }
            return true;
        },
        list->size() + groups, byPillar);
    return t;
}

QString openingSentence(const CampaignSnapshot& snapshot)
{
    const Campaign& c = snapshot.campaign.campaign;
    const QString unit = snapshot.unit.name.isEmpty() ? QStringLiteral("本地") : snapshot.unit.name;
    const QList<LocalNotice>& local = snapshot.campaign.localNotices;
    if (local.isEmpty()) {
        if (c.documentNumber.isEmpty())
            return {};
        return QStringLiteral("为深入贯彻落实%1《关于开展%2的通知》（%3）精神，结合%4实际，制定本实施方案。")
            .arg(c.issuingBody, c.title, c.documentNumber, unit);
    }
    // Real plans cite the national notice and the local ones that localise it together.
    const auto cite = [](const QString& body, const QString& title, const QString& number) {
        return body + QStringLiteral("《") + title + QStringLiteral("》") +
               (number.isEmpty() ? QString() : QStringLiteral("（%1）").arg(number));
    };
    QStringList cited;
    if (!c.issuingBody.isEmpty() || !c.documentNumber.isEmpty())
        cited << cite(c.issuingBody, QStringLiteral("关于开展%1的通知").arg(c.title), c.documentNumber);
    for (const LocalNotice& n : local)
        cited << cite(n.issuingBody, n.title, n.documentNumber);
    const QString last = cited.takeLast();
    const QString all =
        cited.isEmpty() ? last : cited.join(QStringLiteral("、")) + QStringLiteral("和") + last;
    return QStringLiteral("按照%1精神，结合%2实际，制定本实施方案。").arg(all, unit);
}

ReportDocument build(const CampaignSnapshot& snapshot, const ReportOptions& options)
{
    const Campaign& c = snapshot.campaign.campaign;
    ReportDocument doc;
    doc.title = title(snapshot, QStringLiteral("实施方案"));
    doc.add(ReportBlock::Kind::Title, doc.title);
    const QString opening = openingSentence(snapshot);
    if (!opening.isEmpty())
        doc.add(ReportBlock::Kind::Paragraph, opening);
    int heading = 0;
    if (!c.theme.isEmpty()) {
        doc.add(ReportBlock::Kind::Heading1, ReportText::heading1(++heading, QStringLiteral("活动主题")));
        doc.add(ReportBlock::Kind::Paragraph, c.theme);
    }
    if (c.start.isValid() || c.end.isValid()) {
        doc.add(ReportBlock::Kind::Heading1, ReportText::heading1(++heading, QStringLiteral("活动时间")));
        doc.add(ReportBlock::Kind::Paragraph, period(c.start, c.end));
    }
    doc.add(ReportBlock::Kind::Heading1, ReportText::heading1(++heading, QStringLiteral("活动安排")));
    doc.addTable(table(snapshot, options));
    if (!snapshot.campaign.requirements.isEmpty()) {
        doc.add(ReportBlock::Kind::Heading1, ReportText::heading1(++heading, QStringLiteral("活动要求")));
        int n = 0;
        for (const Requirement& r : snapshot.campaign.requirements) {
            const QString name = ReportText::withoutNumber(r.title);
            doc.add(ReportBlock::Kind::Heading2, ReportText::heading2(++n, name));
            QString text = r.text.trimmed();
            if (text.startsWith(name)) // the notice repeats the heading as the paragraph's first sentence
                text = text.mid(name.size()).remove(QRegularExpression(QStringLiteral("^[。．.，,\\s]+")));
            if (!text.isEmpty())
                doc.add(ReportBlock::Kind::Paragraph, text);
        }
    }
    if (!snapshot.unit.name.isEmpty())
        doc.add(ReportBlock::Kind::Signature, snapshot.unit.name + QLatin1Char('\n') +
                                                  (options.today.isValid() ? QStringLiteral("%1年%2月%3日")
                                                                                 .arg(options.today.year())
                                                                                 .arg(options.today.month())
                                                                                 .arg(options.today.day())
                                                                           : QString()));
    return doc;
}

} // namespace PlanReport
