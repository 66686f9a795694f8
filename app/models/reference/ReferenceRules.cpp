#include "ReferenceRules.h"

#include <QCoreApplication>

namespace ReferenceRules {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReferenceRules", text);
}

} // namespace

QString newYearProblem(int year, const QList<Campaign>& existing)
{
    if (year < firstYear || year > lastYear)
        return tr("The year must be between %1 and %2.").arg(firstYear).arg(lastYear);
    for (const Campaign& c : existing)
        if (c.year == year)
            return tr("The file already has a campaign for %1.").arg(year);
    return {};
}

QString campaignProblem(const Campaign& c, const QList<Campaign>& others)
{
    if (c.title.trimmed().isEmpty())
        return tr("A campaign needs a title.");
    QList<Campaign> rest = others;
    rest.removeIf([&](const Campaign& o) { return o.id == c.id; });
    if (const QString why = newYearProblem(c.year, rest); !why.isEmpty())
        return why;
    if (c.start.isValid() && c.end.isValid() && c.end < c.start)
        return tr("The campaign cannot end (%1) before it starts (%2).")
            .arg(c.end.toString(Qt::ISODate), c.start.toString(Qt::ISODate));
    if (c.start.isValid() && c.summaryDeadline.isValid() && c.summaryDeadline < c.start)
        return tr("The summary deadline (%1) cannot be before the campaign starts (%2).")
            .arg(c.summaryDeadline.toString(Qt::ISODate), c.start.toString(Qt::ISODate));
    return {};
}

QString unitProblem(const UnitProfile& unit)
{
    if (unit.name.trimmed().isEmpty())
        return tr("The unit needs a name; it is printed on plans and summaries.");
    return {};
}

} // namespace ReferenceRules
