#include "ActivityStatus.h"

#include <QCoreApplication>

namespace ActivityStatuses {

QString displayName(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::NotStarted:
        return QCoreApplication::translate("ActivityStatus", "Not started");
    case ActivityStatus::InProgress:
        return QCoreApplication::translate("ActivityStatus", "In progress");
    case ActivityStatus::Done:
        return QCoreApplication::translate("ActivityStatus", "Done");
    case ActivityStatus::Cancelled:
        return QCoreApplication::translate("ActivityStatus", "Cancelled");
    }
    return {};
}

QString key(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::NotStarted:
        return QStringLiteral("not-started");
    case ActivityStatus::InProgress:
        return QStringLiteral("in-progress");
    case ActivityStatus::Done:
        return QStringLiteral("done");
    case ActivityStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

bool fromKey(const QString& k, ActivityStatus* status)
{
    for (int i = 0; i < count; ++i) {
        if (key(static_cast<ActivityStatus>(i)) == k) {
            *status = static_cast<ActivityStatus>(i);
            return true;
        }
    }
    return false;
}

bool fromInt(int value, ActivityStatus* status)
{
    if (value < 0 || value >= count)
        return false;
    *status = static_cast<ActivityStatus>(value);
    return true;
}

} // namespace ActivityStatuses
