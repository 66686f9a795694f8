#include "SqliteLibrary.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <dlfcn.h>
#include <sqlite3.h>

namespace SqliteLibrary {

namespace {

// The loaded object that holds `address` (its base), null when the loader does not know it.
const void* objectOf(const void* address)
{
    Dl_info info{};
    return address && dladdr(address, &info) != 0 ? info.dli_fbase : nullptr;
}

// The sqlite3_libversion that the object holding Qt's driver resolves: the driver's own copy when Qt
// was built with one, else the libsqlite3 it was linked against.
const void* driversLibversion(const QSqlDatabase& db)
{
    const QSqlDriver* driver = db.driver();
    if (!driver)
        return nullptr;
    const void* code = *reinterpret_cast<void* const*>(driver); // the driver's vtable, in its plugin
    Dl_info info{};
    if (dladdr(code, &info) == 0 || !info.dli_fname)
        return nullptr;
    void* plugin = dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD);
    if (!plugin)
        return nullptr;
    const void* symbol = dlsym(plugin, "sqlite3_libversion");
    dlclose(plugin); // only the reference RTLD_NOLOAD added
    return symbol;
}

QString refusal(const QString& qtVersion, const QString& ownVersion)
{
    return QCoreApplication::translate("SqliteLibrary",
                                       "This installation mixes two SQLite libraries (Qt's driver uses %1, "
                                       "the program %2); it cannot open campaign files safely. Reinstall "
                                       "Campaign Planner and its Qt packages from the same release.")
        .arg(qtVersion, ownVersion);
}

} // namespace

bool check(const QSqlDatabase& db, QString* error)
{
    const QString own = QStringLiteral("%1 (%2)").arg(QString::fromLatin1(sqlite3_libversion()),
                                                      QString::fromLatin1(sqlite3_sourceid()).left(19));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sqlite_version(), sqlite_source_id()")) || !q.next()) {
        *error = refusal(QCoreApplication::translate("SqliteLibrary", "an unknown version"), own);
        return false;
    }
    const QString qt = QStringLiteral("%1 (%2)").arg(q.value(0).toString(), q.value(1).toString().left(19));
    const bool sameBuild = q.value(1).toString() == QString::fromLatin1(sqlite3_sourceid());
    const void* drivers = driversLibversion(db);
    const void* ours = reinterpret_cast<const void*>(&sqlite3_libversion);
    const bool sameLibrary = drivers && (drivers == ours || objectOf(drivers) == objectOf(ours));
    if (sameBuild && sameLibrary)
        return true;
    *error = refusal(qt, own);
    return false;
}

} // namespace SqliteLibrary
