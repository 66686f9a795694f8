#pragma once

#include <QDate>
#include <QString>

// Dates written the way local plans write them: "9月1日-3日", "9月", "9月28日-10月5日", "5-12月".
namespace PlanDateFormat {
QString range(QDate start, QDate end);
} // namespace PlanDateFormat
