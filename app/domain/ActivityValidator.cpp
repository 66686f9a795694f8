#include "ActivityValidator.h"

#include <QCoreApplication>

namespace ActivityValidator {

static QString tr(const char* text)
{
    return QCoreApplication::translate("ActivityValidator", text);
}

QString problem(const Activity& a)
{
    if (a.title.trimmed().isEmpty())
        return tr("The activity needs a title (活动内容).");
    if (a.start.isValid() && a.end.isValid() && a.end < a.start)
        return tr("The end date cannot be before the start date.");
    if (a.progress < 0 || a.progress > 100)
        return tr("Progress must be between 0 and 100 %.");
    if (a.leadDepartmentId != 0 && a.assistingDepartmentIds.contains(a.leadDepartmentId))
        return tr("The lead department cannot also be an assisting department.");
    for (const MetricValue& v : a.figures) {
        if ((v.target.isSet && v.target.value < 0) || (v.actual.isSet && v.actual.value < 0))
            return tr("Figures cannot be negative.");
    }
    return {};
}

} // namespace ActivityValidator
