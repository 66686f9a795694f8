#include "DuplicateActivitiesCommand.h"

#include <QCoreApplication>

DuplicateActivitiesCommand::DuplicateActivitiesCommand(ActivityStore& store, const QList<Activity>& originals)
    : AddActivitiesCommand(store, copies(originals),
                           originals.size() == 1
                               ? QCoreApplication::translate("ActivityEditor", "Duplicate Activity")
                               : QCoreApplication::translate("ActivityEditor", "Duplicate %1 Activities")
                                     .arg(originals.size()))
{}

QList<Activity> DuplicateActivitiesCommand::copies(const QList<Activity>& originals)
{
    QList<Activity> out;
    for (Activity a : originals) {
        a.id = 0;
        a.uuid = QUuid();
        a.title = QCoreApplication::translate("ActivityEditor", "%1 (copy)").arg(a.title);
        out << a;
    }
    return out;
}
