#pragma once

#include "SubordinateUnit.h"

#include "domain/Campaign.h"
#include "importing/ImportPreview.h"

#include <QDate>
#include <QString>

class Database;

// A subordinate unit that does not use this program sends its plan or summary as a table: the
// recognised rows become that unit's activities in the consolidated view, as a report package would.
// The unit is known by its name, so importing its table again replaces its rows instead of adding.
namespace UnitTableImport {

struct Result
{
    SubordinateUnit unit;
    int activities = 0;
    int skipped = 0; // rows with errors
    bool replacedEarlier = false;
};

// `preview` is recognised without this file's departments and activities (they are not the unit's), so
// every lead department keeps the name the unit wrote.
[[nodiscard]] bool run(const Database& db, const ImportPreview& preview, const CampaignContent& campaign,
                       const QString& unitName, QDate today, Result* result, QString* error);

} // namespace UnitTableImport
