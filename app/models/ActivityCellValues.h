#pragma once

#include "Activity.h"

#include <QVariant>

// The value an editor gets for a cell of the activity table (Qt::EditRole) and how an edited value
// goes back into an Activity. No model state: names and colours are the table model's business.
namespace ActivityCellValues {
QVariant editValue(const Activity& a, int column);
// Applies `value` to `a`; false with a translated reason when it does not fit the column.
// Rules across fields (end after start, …) are ActivityValidator's.
bool apply(Activity& a, int column, const QVariant& value, QString* reason);
} // namespace ActivityCellValues
