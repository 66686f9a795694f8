#pragma once

#include "Activity.h"
#include "Campaign.h"
#include "Department.h"
#include "UnitProfile.h"

#include <QHash>
#include <QList>

// Everything a report, chart or poster needs about one campaign, loaded once.
// Writers and renderers take this instead of reaching into storage.
struct CampaignSnapshot
{
    CampaignContent campaign;
    QList<Activity> activities;
    QList<Department> departments;
    UnitProfile unit;

    QString departmentName(qint64 id) const
    {
        for (const Department& d : departments)
            if (d.id == id)
                return d.name;
        return {};
    }
    const Pillar* pillar(qint64 id) const
    {
        for (const Pillar& p : campaign.pillars)
            if (p.id == id)
                return &p;
        return nullptr;
    }
};
