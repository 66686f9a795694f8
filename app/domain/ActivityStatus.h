#pragma once

#include <QString>

// The four states a local plan tracks. Stored as small integers; order is the display order.
enum class ActivityStatus : int { NotStarted = 0, InProgress = 1, Done = 2, Cancelled = 3 };

namespace ActivityStatuses {
constexpr int count = 4;
// Translated, user-visible name (未开始/进行中/已完成/已取消 in zh_CN).
QString displayName(ActivityStatus status);
// Stable key used in files, CLI arguments and exports ("not-started", …).
QString key(ActivityStatus status);
bool fromKey(const QString& key, ActivityStatus* status);
bool fromInt(int value, ActivityStatus* status);
// Done and cancelled activities can no longer be overdue.
inline bool isClosed(ActivityStatus s)
{
    return s == ActivityStatus::Done || s == ActivityStatus::Cancelled;
}
} // namespace ActivityStatuses
