#pragma once

#include "CampaignSnapshot.h"

#include <QString>

// The command line's view of posters, slogan sheets and banners (`export --kind poster|slogans|banner`).
namespace Publicity {

struct ExportOptions
{
    QString kind;         // "poster", "slogans" or "banner"
    QString templateName; // empty = the kind's first
    QString size;         // "A4" (default), "A3" or "A2"
    bool landscape = false;
    int slogan = 0; // 1-based, 0 = not given
    QString format; // "pdf" or "png"
    QString out;
    qreal dpi = 300; // PNG only
};

// Writes `options.out` (PNG: one file per page, NAME-1.png … when there are several); false and
// one translated line on failure. `written`, when given, receives the files really written.
bool exportPublicity(const CampaignSnapshot& snapshot, const ExportOptions& options, QString* error,
                     QStringList* written = nullptr);

} // namespace Publicity
