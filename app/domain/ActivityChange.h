#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One entry of an activity's history (schema step 9 in the file, activity_change on a server): who
// changed it and when, and either its creation or deletion, or one field's value before and after.
// `field` is the stored column name ("status", "lead_department_id", "assisting_department_id",
// "target:<metric id>"); values are the stored values as text, a null QString where there was none.
struct ActivityChange
{
    enum class Kind { Insert, Update, Delete };

    qint64 id = 0;
    QString activityUuid;
    QString changedBy;
    QDateTime changedAt;
    Kind kind = Kind::Update;
    QString field;
    QString oldValue;
    QString newValue;

    friend bool operator==(const ActivityChange&, const ActivityChange&) = default;
};
Q_DECLARE_METATYPE(ActivityChange)
