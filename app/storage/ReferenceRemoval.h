#pragma once

#include <QList>
#include <QString>
#include <QVariant>

// What removing a pillar, a metric or a department took with it: the row's uuid and every link from
// activities that the removal cleared. Restoring puts the row back under its old id and uuid and the
// links with it, so the file reads as if the removal never happened (undo of a removal, redo of an
// addition).
struct ReferenceRemoval
{
    // An activity's figure for the removed metric, as stored.
    struct Figure
    {
        qint64 activityId = 0;
        QVariant target;
        bool targetApproximate = false;
        QVariant actual;
        bool actualApproximate = false;
    };

    QString uuid;
    QList<qint64> activities; // filed under the pillar, or led by the department
    QList<qint64> assisted;   // activities the department assisted
    QList<Figure> figures;    // the metric's figures

    bool touchesActivities() const
    {
        return !activities.isEmpty() || !assisted.isEmpty() || !figures.isEmpty();
    }
};
