#pragma once

#include "Campaign.h"

#include <QStringList>

// A built-in campaign kept as data (resources/templates/*.json): the notice's campaign with its
// lists, plus the departments a new file starts with.
struct CampaignTemplate
{
    CampaignContent content;
    QStringList departments;

    static constexpr const char* builtIn = ":/templates/quality-month-2021.json";
    // Parses a template; false and a reason for malformed data.
    static bool load(const QString& path, CampaignTemplate* out, QString* error);
};
