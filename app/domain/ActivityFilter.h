#pragma once

#include "Activity.h"

#include <QDate>
#include <QString>

// What the filter bar asks for. A value type so the rules are tested without views;
// models only apply it. Zero ids and invalid dates mean "any".
struct ActivityFilter
{
    qint64 campaignId = 0;
    qint64 pillarId = 0;
    qint64 departmentId = 0; // lead or assisting
    int status = -1;         // ActivityStatus as int, -1 = any
    QDate from;              // activity overlaps [from, to]
    QDate to;
    bool overdueOnly = false;
    QString text; // case-insensitive, over title, description, location and owner

    bool isEmpty() const;
    // `today` decides overdue.
    bool matches(const Activity& a, QDate today) const;

    friend bool operator==(const ActivityFilter&, const ActivityFilter&) = default;
};
