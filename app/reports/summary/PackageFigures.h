#pragma once

#include "CampaignSummary.h"

#include <QJsonObject>

// The figures a package carries, written from the one CampaignSummary every other output uses, and
// read back for the consolidated view. Keys are stable; values are plain numbers.
namespace PackageFigures {
QJsonObject toJson(const CampaignSummary& summary);

struct Totals
{
    int total = 0;
    int notStarted = 0;
    int inProgress = 0;
    int done = 0;
    int cancelled = 0;
    int overdue = 0;

    friend bool operator==(const Totals&, const Totals&) = default;
};
Totals totals(const QJsonObject& figures);
} // namespace PackageFigures
