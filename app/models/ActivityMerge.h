#pragma once

#include "domain/Activity.h"

#include <QList>
#include <QString>

// Field by field comparison of two versions of an activity, for a write that lost its race: which
// fields each side changed from what the user saw, and "keep mine" as the other person's activity with
// only the user's own changes put on top, so keeping one's edit does not undo theirs elsewhere.
namespace ActivityMerge {

enum class Field {
    Title,
    Dates,
    Lead,
    Assisting,
    Location,
    Owner,
    Deadline,
    Status,
    Progress,
    Pillar,
    Description,
    Phone,
    Notes,
    Figures,
};

// Every field, in the order the detail shows them.
const QList<Field>& allFields();
bool differs(const Activity& a, const Activity& b, Field field);
QList<Field> differing(const Activity& a, const Activity& b);
// `theirs` with the fields the user changed (`mine` against `base`) taken from `mine`.
Activity keepMine(const Activity& base, const Activity& mine, const Activity& theirs);

} // namespace ActivityMerge
