#include "ActivityMerge.h"

namespace ActivityMerge {

const QList<Field>& allFields()
{
    static const QList<Field> fields = {Field::Title,    Field::Dates,  Field::Lead,        Field::Assisting,
                                        Field::Location, Field::Owner,  Field::Deadline,    Field::Status,
                                        Field::Progress, Field::Pillar, Field::Description, Field::Phone,
                                        Field::Notes,    Field::Figures};
    return fields;
}

namespace {

// Copies `field` from `from` into `to`; with `compare`, says whether the two differ in it instead.
bool visit(Field field, const Activity& from, Activity* to, bool compare)
{
    auto one = [&](auto Activity::*member) {
        if (compare)
            return !(from.*member == to->*member);
        to->*member = from.*member;
        return true;
    };
    switch (field) {
    case Field::Title:
        return one(&Activity::title);
    case Field::Dates: {
        const bool a = one(&Activity::start), b = one(&Activity::end), c = one(&Activity::dateText);
        return a || b || c;
    }
    case Field::Lead:
        return one(&Activity::leadDepartmentId);
    case Field::Assisting:
        if (compare)
            return !std::equal(from.assistingDepartmentIds.cbegin(), from.assistingDepartmentIds.cend(),
                               to->assistingDepartmentIds.cbegin(), to->assistingDepartmentIds.cend());
        to->assistingDepartmentIds = from.assistingDepartmentIds;
        return true;
    case Field::Location:
        return one(&Activity::location);
    case Field::Owner:
        return one(&Activity::owner);
    case Field::Deadline:
        return one(&Activity::deadline);
    case Field::Status:
        return one(&Activity::status);
    case Field::Progress:
        return one(&Activity::progress);
    case Field::Pillar:
        return one(&Activity::pillarId);
    case Field::Description:
        return one(&Activity::description);
    case Field::Phone:
        return one(&Activity::phone);
    case Field::Notes:
        return one(&Activity::notes);
    case Field::Figures:
        return one(&Activity::figures);
    }
    return false;
}

} // namespace

bool differs(const Activity& a, const Activity& b, Field field)
{
    Activity copy = b;
    return visit(field, a, &copy, true);
}

QList<Field> differing(const Activity& a, const Activity& b)
{
    QList<Field> out;
    for (Field field : allFields())
        if (differs(a, b, field))
            out << field;
    return out;
}

Activity keepMine(const Activity& base, const Activity& mine, const Activity& theirs)
{
    Activity out = theirs;
    for (Field field : differing(base, mine))
        visit(field, mine, &out, false);
    return out;
}

} // namespace ActivityMerge
