#pragma once

#include "CampaignSnapshot.h"

#include <QDateTime>
#include <QString>

#include <functional>

// The .ics export as a file: one department chosen by name, written all-or-nothing.
namespace CalendarExport {
// departmentName empty = every activity. False and a translated reason on failure or when `progress`
// returned false (the target then keeps what it had).
bool writeIcsFile(const CampaignSnapshot& snapshot, const QString& departmentName, const QString& path,
                  QString* error, const std::function<bool(qint64 done, qint64 total)>& progress = {});
// The department with this name (exact, then ignoring case and spaces); 0 and a reason when none.
qint64 findDepartment(const CampaignSnapshot& snapshot, const QString& name, QString* error);
} // namespace CalendarExport
