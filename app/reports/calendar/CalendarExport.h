#pragma once

#include "CampaignSnapshot.h"

#include <QDateTime>
#include <QString>

// The .ics export as a file: one department chosen by name, written all-or-nothing.
namespace CalendarExport {
// departmentName empty = every activity. False and a translated reason on failure.
bool writeIcsFile(const CampaignSnapshot& snapshot, const QString& departmentName, const QString& path,
                  QString* error);
// The department with this name (exact, then ignoring case and spaces); 0 and a reason when none.
qint64 findDepartment(const CampaignSnapshot& snapshot, const QString& name, QString* error);
} // namespace CalendarExport
