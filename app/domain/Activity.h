#pragma once

#include "ActivityStatus.h"
#include "Metric.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <algorithm>
#include <tuple>

// One row of a local 活动安排: what, when, who leads and helps, and how far it got.
// Plain value; department and pillar references are ids into the same file (0 = none).
struct Activity
{
    qint64 id = 0;
    QUuid uuid;
    qint64 campaignId = 0;
    qint64 pillarId = 0;
    QString title;
    QString description;
    QString location;
    qint64 leadDepartmentId = 0;
    QList<qint64> assistingDepartmentIds;
    QString owner;
    QString phone;
    QDate start;
    QDate end;
    QString dateText; // the date as the plan wrote it ("9月中旬"); empty: written from start and end
    QDate deadline;
    ActivityStatus status = ActivityStatus::NotStarted;
    int progress = 0;
    QString notes;
    QDateTime created;
    QDateTime updated;
    QList<MetricValue> figures;

    const MetricValue* figure(qint64 metricId) const
    {
        for (const MetricValue& v : figures)
            if (v.metricId == metricId)
                return &v;
        return nullptr;
    }

private:
    auto fields() const
    {
        return std::tie(id, uuid, campaignId, pillarId, title, description, location, leadDepartmentId, owner,
                        phone, start, end, dateText, deadline, status, progress, notes, created, updated,
                        figures);
    }

public:
    // Member by member, like a defaulted ==, except that the id list is compared element-wise: Qt
    // 6.4's QList<qint64>::operator== calls memcmp with a null pointer when one side is an empty list
    // that never allocated and the other a cleared one (undefined behaviour the sanitizer build stops
    // on). A field added above belongs in fields() too.
    friend bool operator==(const Activity& a, const Activity& b)
    {
        return a.fields() == b.fields() &&
               std::equal(a.assistingDepartmentIds.cbegin(), a.assistingDepartmentIds.cend(),
                          b.assistingDepartmentIds.cbegin(), b.assistingDepartmentIds.cend());
    }
};

// Every member is relocatable, so lists of 100 000 activities grow by memmove, not element moves.
Q_DECLARE_TYPEINFO(Activity, Q_RELOCATABLE_TYPE);
