#pragma once

#include <QSqlDatabase>
#include <QString>

// Which unit the connected user belongs to and which units it may read, as the server's own
// functions (cp_my_unit, cp_readable_units) say: push and pull name units, the policies decide.
namespace ServerUnits {

struct Unit
{
    int id = 0;
    QString name;
    QString level; // county, prefecture or province
};

// The unit the connected role is tied to; false with a reason when it has none.
[[nodiscard]] bool own(const QSqlDatabase& db, Unit* out, QString* error);
// The unit called `name`; false with a reason when there is none.
[[nodiscard]] bool byName(const QSqlDatabase& db, const QString& name, Unit* out, QString* error);
// Whether the connected role may read `unitId`'s data (its own unit or one below it).
[[nodiscard]] bool mayRead(const QSqlDatabase& db, int unitId, bool* out, QString* error);

} // namespace ServerUnits
