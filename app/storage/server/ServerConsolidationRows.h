#pragma once

#include "CampaignSnapshot.h"
#include "SubordinateUnit.h"
#include "server/ServerUnits.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What the consolidated view and report (汇总) of a prefecture or province read from the shared
// server: every unit it may read with that unit's campaign of one year, and the report packages the
// own unit imported from units that stay offline. Read in one snapshot (REPEATABLE READ) with one
// query per kind of row for all units together, so a province of 100 units reads in a dozen round
// trips, and no unit's figures are from another moment than its neighbours'.
namespace ServerConsolidationRows {

// One unit's data on the server for the consolidation.
struct Unit
{
    ServerUnits::Unit unit;
    int parentId = 0;
    bool hasCampaign = false; // a campaign of the year asked for is on the server
    // What a summary and the activity lines read: the campaign with its pillars and metrics, the unit's
    // departments and profile (its pushed 本单位, else the server's unit name), and the campaign's
    // activities (id order) with their pillar, lead, dates, deadline, status, progress and figures.
    // Descriptions, places, people and notes are not read: nothing here prints them.
    CampaignSnapshot snapshot;
    QHash<qint64, int> evidence; // activity id → attachments chosen to be sent up
};

// An imported report package (the own unit's sub_unit rows), its activities with their evidence.
struct Package
{
    SubordinateUnit unit;
    QList<SubordinateActivity> activities;
};

struct Rows
{
    ServerUnits::Unit own; // the unit the connected role belongs to
    int year = 0;
    QDateTime readAt;        // the snapshot's time (the server's clock)
    QList<Unit> units;       // by unit id; the own unit among them when asked for
    QList<Package> packages; // the own unit's, of the year (or of no stated year), by name
};

struct Request
{
    int year = 0;       // 0: the own unit's newest campaign, else the newest the role may read
    QList<int> unitIds; // empty: the own unit and every unit below it that the role may read
    bool packages = true;
};

// False with a translated reason: no connection, no unit for the role, a unit asked for that the role
// may not read, or no campaign at all when the year is left open.
[[nodiscard]] bool read(QSqlDatabase& db, const Request& request, Rows* out, QString* error);

} // namespace ServerConsolidationRows
