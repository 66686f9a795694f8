#pragma once

#include <QDate>
#include <QString>

// Dates written the way local plans write them: "9月1日-3日", "9月", "9月28日-10月5日", "5-12月".
struct Activity;

namespace PlanDateFormat {
QString range(QDate start, QDate end);
// The activity's own wording when it has one (an imported plan's "9月中旬"), else range().
QString of(const Activity& activity);
} // namespace PlanDateFormat
