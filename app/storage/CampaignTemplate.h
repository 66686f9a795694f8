#pragma once

#include "Campaign.h"

#include <QStringList>

// A built-in campaign kept as data (resources/templates/quality-month-YYYY.json, one per year whose
// facts are known): the notice's campaign with its lists, plus the departments a new file starts
// with. A year whose notice is only partly known says so (content.campaign.contentComplete); what it
// does not know stays empty rather than guessed.
struct CampaignTemplate
{
    CampaignContent content;
    QStringList departments;
    int issuerCount = 0;    // the N of "市场监管总局等N个部门"; 0 when not known
    QString contentSection; // the notice's heading for its pillars ("二、活动内容"), empty when not known
    QString note;           // where the facts come from and what is missing (English, for maintainers)

    // 2021: the one year whose notice is fully known; tests and createDefault build on it.
    static constexpr const char* builtIn = ":/templates/quality-month-2021.json";
    // Parses a template; false and a reason for malformed data.
    [[nodiscard]] static bool load(const QString& path, CampaignTemplate* out, QString* error);

    // The years that have a built-in template, oldest first (read from the resources, not a list).
    static QList<int> builtInYears();
    static int newestBuiltInYear();
    // The resource path of `year`'s template, empty when there is none.
    static QString builtInPath(int year);
};
