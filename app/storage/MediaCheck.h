#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The media half of `campaign-planner check`: every content hash a row names must be stored, and
// the stored bytes must still hash to their name. Files no row names are counted, not removed (an
// open window may still undo the detach that left them). Reads only.
struct MediaCheckResult
{
    int referenced = 0;
    QStringList missing; // named by a row, not in the media folder
    QStringList damaged; // stored, but the bytes hash to something else
    int unreferenced = 0;
    qint64 unreferencedBytes = 0;
    bool ok() const { return missing.isEmpty() && damaged.isEmpty(); }
};

namespace MediaCheck {
// false and a reason only when the rows cannot be read; problems with files go into `out`.
[[nodiscard]] bool run(const QSqlDatabase& db, const QString& campaignFilePath, MediaCheckResult* out,
                       QString* error);
} // namespace MediaCheck
