#include "ReferenceRules.h"

#include <QColor>
#include <QCoreApplication>

namespace ReferenceRules {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReferenceRules", text);
}

bool sameName(const QString& a, const QString& b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

// The item of `all` other than `item` whose name equals `name(item)`, or nullptr.
template <class Item, class Name> const Item* namesake(const Item& item, const QList<Item>& all, Name name)
{
    for (const Item& other : all)
        if (other.id != item.id && sameName(name(other), name(item)))
            return &other;
    return nullptr;
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

QString pillarProblem(const Pillar& p, const QList<Pillar>& all)
{
    if (p.title.trimmed().isEmpty())
        return tr("A pillar needs a title.");
    if (!p.colour.isEmpty() && !QColor::isValidColorName(p.colour))
        return tr("“%1” is not a colour; use the form #rrggbb.").arg(p.colour);
    if (const Pillar* other = namesake(p, all, [](const Pillar& x) { return x.title; }))
        return tr("The campaign already has a pillar titled “%1”.").arg(other->title);
    return {};
}

QString metricProblem(const Metric& m, const QList<Metric>& all)
{
    if (m.name.trimmed().isEmpty())
        return tr("A metric needs a name.");
    if (const Metric* other = namesake(m, all, [](const Metric& x) { return x.name; }))
        return tr("The campaign already counts “%1”.").arg(other->name);
    return {};
}

QString departmentProblem(const Department& d, const QList<Department>& all)
{
    if (d.name.trimmed().isEmpty())
        return tr("A department needs a name.");
    if (const Department* other = namesake(d, all, [](const Department& x) { return x.name; }))
        return tr("A department named “%1” already exists.").arg(other->name);
    return {};
}

QString organizerProblem(const Organizer& o, const QList<Organizer>& all)
{
    if (o.name.trimmed().isEmpty())
        return tr("An organizer needs a name.");
    if (const Organizer* other = namesake(o, all, [](const Organizer& x) { return x.name; }))
        return tr("“%1” is already an organizer of this campaign.").arg(other->name);
    return {};
}

QString requirementProblem(const Requirement& r, const QList<Requirement>& all)
{
    if (r.title.trimmed().isEmpty())
        return tr("A requirement needs a title.");
    if (const Requirement* other = namesake(r, all, [](const Requirement& x) { return x.title; }))
        return tr("The campaign already has the requirement “%1”.").arg(other->title);
    return {};
}

} // namespace ReferenceRules
