#pragma once

#include "Activity.h"

#include <QString>

// The rules an activity must satisfy before it is written. Returns an empty string when valid,
// otherwise one translated sentence the user can act on.
namespace ActivityValidator {
QString problem(const Activity& a);
inline bool isValid(const Activity& a)
{
    return problem(a).isEmpty();
}
} // namespace ActivityValidator
