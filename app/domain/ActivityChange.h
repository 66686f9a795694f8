#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVariant>

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

    // The stored kind ("insert", "update", "delete"), the same text in both engines.
    static Kind kindFromText(const QString& text)
    {
        return text == QLatin1String("insert")   ? Kind::Insert
               : text == QLatin1String("delete") ? Kind::Delete
                                                 : Kind::Update;
    }
    // A stored value: NULL stays a null QString, an empty text an empty one ("no value" and "blank" differ).
    static QString valueFrom(const QVariant& stored)
    {
        if (stored.isNull())
            return {};
        const QString text = stored.toString();
        return text.isNull() ? QStringLiteral("") : text;
    }

    friend bool operator==(const ActivityChange&, const ActivityChange&) = default;
};
Q_DECLARE_METATYPE(ActivityChange)
