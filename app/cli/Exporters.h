#pragma once

#include "CampaignSnapshot.h"
#include "Clock.h"

#include <QList>
#include <QString>
#include <QStringList>

// What `campaign-planner export` was asked for. Each feature reads the options it understands.
struct ExportRequest
{
    QString file;
    QString kind;
    QString format;
    int campaignYear = 0; // 0 = the newest campaign
    QString out;
    QString templateName;
    QString size;
    bool landscape = false;
    int slogan = 0; // 1-based, 0 = not given
    QString department;
    QStringList activities; // --activity UUID (repeatable): the activities a bulletin export covers
    // Files written besides or instead of `out` (a multi-page PNG writes NAME-1.png, NAME-2.png …);
    // set by the command, filled by writers that do so.
    QStringList* written = nullptr;
};

// Writes `request.out` from the snapshot; false and one translated line on failure.
// Writers must leave no half-written file behind (QSaveFile or write-then-rename).
using ExportFunction = bool (*)(const CampaignSnapshot& snapshot, const ExportRequest& request,
                                const Clock& clock, QString* error);

struct ExporterEntry
{
    QString kind;
    QStringList formats;
    ExportFunction write;
};

// The table of export kinds; each feature adds its row in Exporters.cpp.
const QList<ExporterEntry>& exporters();
