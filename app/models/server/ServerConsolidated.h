#pragma once

#include "ConsolidatedInput.h"
#include "server/ServerConsolidationRows.h"

#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The consolidated view and report (汇总) of a prefecture or province in shared mode: every unit
// below it on the server read live, its figures computed exactly as a unit's file computes its own
// (ConsolidatedUnits::fromCampaign), and the report packages the own unit imported for the units that
// stay offline. A unit that is both on the server and in a package is taken from the server: its rows
// there are newer than anything it sent. Each unit says where it came from (ConsolidatedUnit::source).
namespace ServerConsolidated {

// One unit of the server as the consolidation knows it.
struct ServerUnit
{
    ConsolidatedUnit unit; // source Server, id the server's unit id
    QStringList names;     // its name on the server and its pushed profile's: a package under either is it
    bool hasData = false;  // a campaign of the year is on the server
};

// The pieces a consolidation is put together from; the live model keeps them and replaces one unit.
struct Parts
{
    ConsolidatedUnit own; // the role's own unit, from the server
    QString campaignTitle;
    int year = 0;
    QMap<int, ServerUnit> below; // server unit id → the unit, every unit below the own one the role reads
    QList<ConsolidatedUnit> packages; // the own unit's imported packages of the year
};

// A unit from its rows (computed on whatever thread reads them).
ServerUnit unit(const ServerConsolidationRows::Unit& rows, const QDateTime& readAt, QDate today);
// Everything a read gave (a read of all units).
Parts parts(const ServerConsolidationRows::Rows& rows, QDate today);
// The report's input: the own unit, then the units below with data of the year and the packages of the
// others, in pinyin order. `withoutData` (may be null): units below with neither, by name.
ConsolidatedInput input(const Parts& parts, QDate today, QStringList* withoutData);

// All of it at once from `db` (a connection as the user): one snapshot. `year` 0: the own unit's
// newest campaign (else the newest the role may read).
[[nodiscard]] bool load(QSqlDatabase& db, int year, QDate today, ConsolidatedInput* out,
                        QStringList* withoutData, QString* error);

} // namespace ServerConsolidated
