#include "ConsolidatedDocument.h"

#include "ActivityStatus.h"
#include "ConsolidatedFigures.h"
#include "ReportCells.h"
#include "ReportText.h"

#include <QCoreApplication>

#include <algorithm>

namespace ConsolidatedDocument {

using ReportCells::amount;
using ReportCells::count;
using ReportCells::rate;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ConsolidatedDocument", text);
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(tr("d MMMM yyyy")) : QString();
}

QString unitName(const ConsolidatedUnit& u)
{
    if (!u.name.isEmpty())
        return u.name;
    return u.source == ConsolidatedUnit::Source::Package ? tr("(unit without a name)") : tr("This unit");
}

// Whether some unit was read live from the shared server (the others came from packages).
bool anyLive(const ConsolidatedInput& input)
{
    return input.own.source == ConsolidatedUnit::Source::Server ||
           std::any_of(input.subordinates.cbegin(), input.subordinates.cend(), [](const ConsolidatedUnit& u) {
               return u.source == ConsolidatedUnit::Source::Server;
           });
}

ReportRow totalsRow(const QString& name, const QString& region, const ReportCell& received,
                    const PackageFigures::Totals& t)
{
    return {{ReportCell::ofText(name), ReportCell::ofText(region), received, count(t.total), count(t.done),
             count(t.inProgress), count(t.notStarted), count(t.cancelled), count(t.overdue),
             rate(ConsolidatedFigures::completionRate(t))},
            false};
}

ReportCell receivedCell(const ConsolidatedUnit& u)
{
    if (u.source == ConsolidatedUnit::Source::Server)
        return ReportCell::ofText(tr("live (server)"));
    if (u.source == ConsolidatedUnit::Source::File || !u.received.isValid())
        return ReportCell::ofText(tr("(this file)"));
    const QDateTime local = u.received.toLocalTime();
    // Slashes: the PDF table breaks a too-wide cell after its first dash, which would split the date.
    ReportCell c = ReportCell::ofText(local.toString(QStringLiteral("yyyy/MM/dd HH:mm")));
    c.stamp = local;
    return c;
}

QString statusName(int status)
{
    ActivityStatus s = ActivityStatus::NotStarted;
    return ActivityStatuses::fromInt(status, &s) ? ActivityStatuses::displayName(s) : QString();
}

// One sentence with the roll-up's headline figures, the opening of the document.
QString overview(const ConsolidatedInput& input)
{
    const PackageFigures::Totals t = ConsolidatedFigures::sum(ConsolidatedFigures::units(input));
    const std::optional<double> r = ConsolidatedFigures::completionRate(t);
    const QString rateText = r ? ReportText::percent(*r) : QStringLiteral("—");
    if (input.subordinates.isEmpty())
        return tr("No subordinate unit has sent a report package yet; the figures are this unit's own: %1 "
                  "activities, %2 done, %3 in progress, %4 overdue; completion rate %5.")
            .arg(t.total)
            .arg(t.done)
            .arg(t.inProgress)
            .arg(t.overdue)
            .arg(rateText);
    if (anyLive(input)) {
        const auto live =
            std::count_if(input.subordinates.cbegin(), input.subordinates.cend(),
                          [](const auto& u) { return u.source == ConsolidatedUnit::Source::Server; });
        return tr("This report consolidates the Quality Month activities of this unit and %1 subordinate "
                  "unit(s), %2 of them read live from the shared server and %3 from their report packages: "
                  "%4 activities in all, %5 done, %6 in progress, %7 overdue; completion rate %8.")
            .arg(input.subordinates.size())
            .arg(live)
            .arg(input.subordinates.size() - live)
            .arg(t.total)
            .arg(t.done)
            .arg(t.inProgress)
            .arg(t.overdue)
            .arg(rateText);
    }
    return tr("This report consolidates the Quality Month activities of this unit and %1 subordinate "
              "unit(s) that sent their report packages: %2 activities in all, %3 done, %4 in progress, "
              "%5 overdue; completion rate %6.")
        .arg(input.subordinates.size())
        .arg(t.total)
        .arg(t.done)
        .arg(t.inProgress)
        .arg(t.overdue)
        .arg(rateText);
}

} // namespace

QString title(const ConsolidatedInput& input)
{
    return input.own.name.isEmpty() ? tr("%1 Quality Month consolidated report").arg(input.year)
                                    : tr("%1 %2 Quality Month consolidated report")
                                          .arg(input.own.name, QString::number(input.year));
}

ReportTable rollUp(const ConsolidatedInput& input)
{
    ReportTable t;
    t.name = tr("By unit");
    t.headers = {tr("Unit"),           tr("Region"),    anyLive(input) ? tr("Source") : tr("Package time"),
                 tr("Activities"),     tr("Done"),      tr("In progress"),
                 tr("Not started"),    tr("Cancelled"), tr("Overdue"),
                 tr("Completion rate")};
    // Millimetres on the 156 mm type area at 小四: five characters of a unit's name a line, three of a
    // region, "2026/11/25" on one line, two characters in each count column, "100.0%".
    t.widths = {25, 16.5, 27, 11.6, 11.6, 11.6, 11.6, 11.6, 11.6, 16.5};
    const QList<const ConsolidatedUnit*> units = ConsolidatedFigures::units(input);
    for (const ConsolidatedUnit* u : units)
        t.append(totalsRow(unitName(*u), u->region, receivedCell(*u), PackageFigures::totals(u->figures)));
    t.append(
        totalsRow(tr("Total"), QString(), ReportCell::ofText(QString()), ConsolidatedFigures::sum(units)));
    return t;
}

ReportTable pillars(const ConsolidatedInput& input)
{
    ReportTable t;
    t.name = tr("By pillar");
    t.headers = {tr("Pillar"),    tr("Activities"), tr("Done"),
                 tr("Cancelled"), tr("Overdue"),    tr("Completion rate")};
    t.widths = {3.6, 1, 1, 1, 1, 1.2};
    ConsolidatedFigures::PillarTotal sum{tr("Total"), 0, 0, 0, 0};
    for (const ConsolidatedFigures::PillarTotal& p :
         ConsolidatedFigures::pillars(ConsolidatedFigures::units(input))) {
        t.append(ReportRow{{ReportCell::ofText(p.name.isEmpty() ? tr("No pillar") : p.name), count(p.total),
                            count(p.done), count(p.cancelled), count(p.overdue),
                            rate(ConsolidatedFigures::completionRate(p))},
                           false});
        sum.total += p.total;
        sum.done += p.done;
        sum.cancelled += p.cancelled;
        sum.overdue += p.overdue;
    }
    t.append(ReportRow{{ReportCell::ofText(sum.name), count(sum.total), count(sum.done), count(sum.cancelled),
                        count(sum.overdue), rate(ConsolidatedFigures::completionRate(sum))},
                       false});
    return t;
}

ReportTable metrics(const ConsolidatedInput& input)
{
    ReportTable t;
    t.name = tr("Key figures");
    t.headers = {tr("Figure"), tr("Measure"), tr("Planned"), tr("Achieved"), tr("Units reporting")};
    t.widths = {3, 1.2, 1.6, 1.6, 1.3};
    for (const ConsolidatedFigures::MetricTotal& m :
         ConsolidatedFigures::metrics(ConsolidatedFigures::units(input)))
        if (m.target.isSet || m.actual.isSet) // a metric no unit filled in is only noise here
            t.append(ReportRow{{ReportCell::ofText(m.name), ReportCell::ofText(m.unit), amount(m.target),
                                amount(m.actual), count(m.reporting)},
                               false});
    return t;
}

ReportTable activities(const ConsolidatedUnit& unit, bool unitColumn)
{
    ReportTable t;
    t.name = tr("Activity list");
    t.headers = {tr("No."),    tr("Activity"), tr("Pillar"), tr("Lead department"),
                 tr("Status"), tr("Evidence")};
    t.widths = {0.75, 3.55, 1.5, 1.7, 1.05, 0.85};
    if (unitColumn) {
        t.headers.prepend(tr("Unit"));
        t.widths.prepend(1.8);
    }
    const QString name = unitName(unit);
    int n = 0;
    for (const ConsolidatedActivity& a : unit.activities) {
        ++n;
        ReportRow row{{count(n), ReportCell::ofText(a.title), ReportCell::ofText(a.pillar),
                       ReportCell::ofText(a.leadDepartment), ReportCell::ofText(statusName(a.status)),
                       count(a.evidence)},
                      false};
        if (unitColumn)
            row.cells.prepend(ReportCell::ofText(name));
        t.append(row);
    }
    return t;
}

ReportTable unitActivities(const ConsolidatedInput& input)
{
    ReportTable t = activities(ConsolidatedUnit(), false);
    int i = 0;
    for (const ConsolidatedUnit* u : ConsolidatedFigures::units(input)) {
        // One table with a group row per unit: a unit's name never stays alone at a page's foot.
        t.append(ReportRow{{ReportCell::ofText(ReportText::heading2(++i, unitName(*u)))}, true});
        if (u->activities.isEmpty())
            t.append(ReportRow{
                {ReportCell::ofText(QString()), ReportCell::ofText(tr("No activities reported."))}, false});
        else
            t.append(activities(*u, false).rows());
    }
    return t;
}

ReportDocument document(const ConsolidatedInput& input)
{
    ReportDocument doc;
    doc.title = title(input);
    // The unit on its own line, so the title never breaks inside "2021年".
    doc.add(ReportBlock::Kind::Title, input.own.name.isEmpty()
                                          ? doc.title
                                          : input.own.name + QLatin1Char('\n') +
                                                tr("%1 Quality Month consolidated report").arg(input.year));
    if (!input.campaignTitle.isEmpty())
        doc.add(ReportBlock::Kind::Subtitle, input.campaignTitle);
    doc.add(
        ReportBlock::Kind::Subtitle,
        anyLive(input)
            ? tr("Figures as of %1 (units on the shared server: live; the others: as of their packages)")
                  .arg(dateText(input.today))
            : tr("Figures as of %1 (subordinate units: as of their packages)").arg(dateText(input.today)));
    doc.add(ReportBlock::Kind::Paragraph, overview(input));

    doc.add(ReportBlock::Kind::Heading1, ReportText::heading1(1, tr("Activities by unit")));
    doc.addTable(rollUp(input));
    doc.add(ReportBlock::Kind::Heading1, ReportText::heading1(2, tr("Activities by pillar")));
    doc.addTable(pillars(input));
    doc.add(ReportBlock::Kind::Heading1, ReportText::heading1(3, tr("Key figures")));
    const ReportTable figures = metrics(input);
    if (figures.rowCount() == 0) {
        doc.add(ReportBlock::Kind::Paragraph, tr("No unit reported figures."));
    } else {
        doc.addTable(figures);
        const QList<ReportRow> rows = figures.rows();
        const bool approximate = std::any_of(rows.begin(), rows.end(), [](const ReportRow& r) {
            return std::any_of(r.cells.begin(), r.cells.end(),
                               [](const ReportCell& c) { return c.approximate; });
        });
        if (approximate)
            doc.add(ReportBlock::Kind::Paragraph,
                    tr("A figure marked 余 includes approximate numbers, or some units did not report it: "
                       "the true total is at least this."));
    }
    doc.add(ReportBlock::Kind::Heading1, ReportText::heading1(4, tr("Activities of each unit")));
    doc.addTable(unitActivities(input));
    doc.add(ReportBlock::Kind::Signature,
            QStringList{input.own.name, dateText(input.today)}.join(QLatin1Char('\n')).trimmed());
    return doc;
}

QList<WorkbookSheet> workbook(const ConsolidatedInput& input)
{
    ReportTable all;
    for (const ConsolidatedUnit* u : ConsolidatedFigures::units(input)) {
        ReportTable t = activities(*u, true);
        if (all.headers.isEmpty())
            all = t;
        else
            all.append(t.rows());
    }
    return {{tr("By unit"), {rollUp(input)}},
            {tr("By pillar"), {pillars(input)}},
            {tr("Key figures"), {metrics(input)}},
            {tr("Activity list"), {all}}};
}

} // namespace ConsolidatedDocument
