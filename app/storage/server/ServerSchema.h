#pragma once

#include <QSqlDatabase>
#include <QString>

// The shared store's schema on PostgreSQL: numbered steps (resources/sql/server), each applied in
// its own transaction, with the application name and schema version in cp_meta, as a file keeps
// them in its header.
namespace ServerSchema {

inline constexpr int latestVersion = 4;
inline constexpr auto applicationName = "campaign-planner";

// Creates the schema (or brings an older one up to date). Needs a role that may create tables and
// roles (the database owner with CREATEROLE, or a superuser).
[[nodiscard]] bool init(QSqlDatabase& db, QString* error);
// The same, stopping at step `target` (the tests upgrade an older schema with it).
[[nodiscard]] bool initTo(QSqlDatabase& db, int target, QString* error);

// The schema version of a database made by this program; false with a reason when the database is
// not ours or was made by a newer version.
[[nodiscard]] bool check(const QSqlDatabase& db, int* version, QString* error);

} // namespace ServerSchema
