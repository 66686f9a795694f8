#include "ActivityCellValues.h"

#include "ActivityTableModel.h"

#include <QCoreApplication>

namespace ActivityCellValues {

using enum ActivityTableModel::Column;

QVariant editValue(const Activity& a, int column)
{
    switch (column) {
    case DatesColumn:
        return QVariantList{a.start, a.end};
    case LeadColumn:
        return a.leadDepartmentId;
    case AssistingColumn: {
        QVariantList ids;
        for (qint64 id : a.assistingDepartmentIds)
            ids << id;
        return ids;
    }
    case OwnerColumn:
        return a.owner;
    case DeadlineColumn:
        return a.deadline;
    case StatusColumn:
        return int(a.status);
    case ProgressColumn:
        return a.progress;
    case TitleColumn:
        return a.title;
    case LocationColumn:
        return a.location;
    }
    return {};
}

bool apply(Activity& a, int column, const QVariant& value, QString* reason)
{
    bool ok = true;
    switch (column) {
    case TitleColumn:
        a.title = value.toString().trimmed();
        break;
    case DatesColumn: {
        const QVariantList dates = value.toList();
        if (dates.size() != 2) {
            *reason = QCoreApplication::translate("ActivityTableModel", "Give a start and an end date.");
            return false;
        }
        a.start = dates.at(0).toDate();
        a.end = dates.at(1).toDate();
        break;
    }
    case LeadColumn:
        a.leadDepartmentId = value.toLongLong(&ok);
        a.assistingDepartmentIds.removeAll(a.leadDepartmentId); // a new lead stops assisting
        break;
    case AssistingColumn:
        a.assistingDepartmentIds.clear();
        for (const QVariant& v : value.toList())
            a.assistingDepartmentIds << v.toLongLong();
        break;
    case LocationColumn:
        a.location = value.toString().trimmed();
        break;
    case OwnerColumn:
        a.owner = value.toString().trimmed();
        break;
    case DeadlineColumn:
        a.deadline = value.toDate();
        ok = value.isNull() || a.deadline.isValid() || value.toString().isEmpty();
        break;
    case StatusColumn:
        ok = ActivityStatuses::fromInt(value.toInt(&ok), &a.status) && ok;
        break;
    case ProgressColumn: {
        QString text = value.toString().trimmed();
        text.remove(QLatin1Char('%'));
        a.progress = text.toInt(&ok);
        break;
    }
    default:
        ok = false;
    }
    if (!ok)
        *reason = QCoreApplication::translate("ActivityTableModel", "%1: \"%2\" is not a valid value.")
                      .arg(ActivityTableModel::fieldName(column), value.toString());
    return ok;
}

} // namespace ActivityCellValues
