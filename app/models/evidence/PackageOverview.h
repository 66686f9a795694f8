#pragma once

#include "SubordinateUnit.h"

#include <QList>
#include <QString>

class ConsolidatedModel;
class Workspace;

// What the report package page shows, read for it here so the page runs no queries: the size of the
// package this unit would send, the consolidated rows and one imported unit's activities. Cheap
// enough to run each time the page is shown, also with 100 000 activities.
namespace PackageOverview {
struct Outgoing
{
    int evidence = 0; // chosen attachments of the current campaign
    qint64 bytes = 0;
};
bool outgoing(const Workspace& ws, Outgoing* out, QString* error);
// This unit's figures from the open campaign (Summary::summarize, as the package's manifest has
// them), then every imported unit.
bool loadUnits(const Workspace& ws, ConsolidatedModel* model, QString* error);
bool activities(const Workspace& ws, qint64 unitId, QList<SubordinateActivity>* out, QString* error);
} // namespace PackageOverview
