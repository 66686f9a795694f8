#include "Database.h"

#include "FileProbe.h"
#include "MediaFolder.h"
#include "Migrations.h"
#include "SqlUtil.h"
#include "SqliteLibrary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

#include <filesystem>

#include <pwd.h>
#include <sqlite3.h>
#include <unistd.h>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

QString newConnectionName()
{
    return QStringLiteral("campaign-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool pragma(const QSqlDatabase& db, const QString& statement, QVariant* value, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        *error = SqlUtil::describe(q.lastError());
        return false;
    }
    if (value)
        *value = q.next() ? q.value(0) : QVariant();
    return true;
}

QString probeMessage(FileProbe::Verdict verdict, const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (verdict) {
    case FileProbe::Verdict::Missing:
        return QCoreApplication::translate("Database", "The file %1 does not exist.").arg(name);
    case FileProbe::Verdict::Unreadable:
        return QCoreApplication::translate("Database", "The file %1 cannot be read (no permission?).")
            .arg(name);
    case FileProbe::Verdict::Empty:
    case FileProbe::Verdict::NotSqlite:
        return QCoreApplication::translate("Database", "%1 is not a campaign file.").arg(name);
    case FileProbe::Verdict::Truncated:
        return QCoreApplication::translate(
                   "Database", "The campaign file %1 is incomplete (truncated); it was left unchanged.")
            .arg(name);
    case FileProbe::Verdict::Ok:
        break;
    }
    return {};
}

// change_author() for the history triggers: the text registered with the function, as UTF-8.
void changeAuthorFunction(sqlite3_context* context, int, sqlite3_value**)
{
    const auto* name = static_cast<const QByteArray*>(sqlite3_user_data(context));
    sqlite3_result_text(context, name->constData(), int(name->size()), SQLITE_TRANSIENT);
}

bool registerChangeAuthor(const QSqlDatabase& db, QString* error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("no SQLite handle");
        return false;
    }
    sqlite3* raw = *static_cast<sqlite3* const*>(handle.constData());
    auto* name = new QByteArray(Database::changeAuthor().toUtf8());
    // INNOCUOUS: the triggers in the file call it, and it only reads the name it was given.
    const int rc = sqlite3_create_function_v2(raw, "change_author", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, name,
                                              changeAuthorFunction, nullptr, nullptr,
                                              [](void* p) { delete static_cast<QByteArray*>(p); });
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace

QString Database::changeAuthor()
{
    // The system's account, not a setting: the history says who was logged in, as the server's says
    // which role. getpwuid_r with a buffer of its own size, as the manual suggests.
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(size > 0 ? int(size) : 16384, Qt::Uninitialized);
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found) {
        // The full name is the first comma-separated part of the GECOS field ("张三,,,").
        const QString full = QString::fromUtf8(found->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
        if (found->pw_name && *found->pw_name)
            return QString::fromUtf8(found->pw_name);
    }
    for (const char* variable : {"USER", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("uid %1").arg(geteuid());
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::schemaVersion(int* out, QString* error) const
{
    QVariant version;
    if (!pragma(connection(), QStringLiteral("PRAGMA user_version"), &version, error))
        return false;
    *out = version.toInt();
    return true;
}

bool Database::configure(QString* error)
{
    const QSqlDatabase db = connection();
    if (!registerChangeAuthor(db, error))
        return false;
    // foreign_keys is per connection and ignored inside a transaction, so it is set first.
    return pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr, error) &&
           pragma(db, QStringLiteral("PRAGMA synchronous = FULL"), nullptr, error) &&
           // The history triggers (schema step 9) make every activity write keep a statement journal
           // for its own rollback; in a temporary file that is a system call per page and statement,
           // five times the cost of a 100 000-activity write. In memory it holds a few pages at a time.
           pragma(db, QStringLiteral("PRAGMA temp_store = MEMORY"), nullptr, error) &&
           // 16 MB of page cache instead of 2: one transaction that writes 100 000 activities (an
           // import) otherwise spills pages to the WAL and reads them back, a fifth of its time.
           pragma(db, QStringLiteral("PRAGMA cache_size = -16384"), nullptr, error);
}

std::unique_ptr<Database> Database::open(const QString& path, QString* error)
{
    const FileProbe::Verdict verdict = FileProbe::inspect(path);
    if (verdict != FileProbe::Verdict::Ok) {
        *error = probeMessage(verdict, path);
        return nullptr;
    }
    const QFileInfo info(path);
    // Every edit is written at once, and WAL needs its side files next to the database.
    // The permission bits count too: root may write anywhere, but a file marked read-only is meant to stay
    // so.
    const bool readOnly = !info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner) ||
                          !QFileInfo(info.absolutePath()).isWritable();
    if (readOnly) {
        *error = tr("The file %1 is read-only. Save a copy somewhere writable to work on it.")
                     .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), newConnectionName()));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(db->m_path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!c.open()) {
            *error = tr("The file %1 cannot be opened: %2").arg(path, SqlUtil::describe(c.lastError()));
            return nullptr;
        }
    }
    if (!SqliteLibrary::check(db->connection(), error))
        return nullptr;
    const QSqlDatabase c = db->connection();
    QVariant appId, version;
    QString sqlError;
    if (!pragma(c, QStringLiteral("PRAGMA application_id"), &appId, &sqlError) ||
        !pragma(c, QStringLiteral("PRAGMA user_version"), &version, &sqlError)) {
        if (sqlError.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            *error = tr("The file %1 is in use by another program. Close it there and try again.").arg(path);
        else
            *error = tr("%1 is not a campaign file or is damaged (%2).").arg(path, sqlError);
        return nullptr;
    }
    if (appId.toInt() != applicationId) {
        *error = tr("%1 is not a campaign file.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    const int fileVersion = version.toInt();
    if (fileVersion > latestVersion) {
        *error = tr("%1 was written by a newer version of Campaign Planner (file format %2, this version "
                    "reads up to %3). Please update the program.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(fileVersion)
                     .arg(latestVersion);
        return nullptr;
    }
    if (fileVersion < 1) {
        *error = tr("%1 is not a campaign file.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    // Another program holding a write lock would make every later edit fail; find out now.
    {
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            const bool readOnlyMedium = SqlUtil::describe(q.lastError()).contains(QLatin1String("readonly"));
            *error =
                readOnlyMedium
                    ? tr("The file %1 is read-only. Save a copy somewhere writable to work on it.").arg(path)
                    : tr("The file %1 is in use by another program. Close it there and try again.").arg(path);
            return nullptr;
        }
        q.exec(QStringLiteral("ROLLBACK"));
    }
    if (!db->configure(&sqlError)) {
        *error = tr("The file %1 cannot be opened: %2").arg(path, sqlError);
        return nullptr;
    }
    if (fileVersion < latestVersion) {
        const QString backup =
            QStringLiteral("%1.v%2-backup-%3")
                .arg(db->m_path)
                .arg(fileVersion)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!db->saveCopyAs(backup, &sqlError)) {
            *error = tr("Could not back up %1 before upgrading it: %2").arg(path, sqlError);
            return nullptr;
        }
        db->m_backupPath = backup;
        // Migrations never touch the media files, so hard links make the backup whole at no cost; where
        // the file system has none, putting the backup in the file's place still finds the media, so a
        // failure here is no reason to refuse the upgrade.
        QString linkError;
        (void)MediaFolder::copy(MediaFolder::rootFor(db->m_path), MediaFolder::rootFor(backup),
                                MediaFolder::contents(MediaFolder::rootFor(db->m_path)),
                                MediaFolder::Mode::LinkOnly, {}, &linkError);
        if (!Migrations::run(c, fileVersion, latestVersion, &sqlError)) {
            *error = tr("Could not upgrade %1: %2. The file was left as it was; a backup is at %3.")
                         .arg(path, sqlError, backup);
            return nullptr;
        }
    }
    // Switching to WAL rewrites the file's header, so it comes once the file was accepted, backed up
    // and upgraded: a file refused before this point keeps every byte.
    if (!pragma(c, QStringLiteral("PRAGMA journal_mode = WAL"), nullptr, &sqlError)) {
        *error = tr("The file %1 cannot be opened: %2").arg(path, sqlError);
        return nullptr;
    }
    return db;
}

std::unique_ptr<Database> Database::create(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (info.exists()) {
        *error = tr("The file %1 already exists.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), newConnectionName()));
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(db->m_path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!c.open()) {
            *error = tr("The file %1 cannot be created: %2").arg(path, SqlUtil::describe(c.lastError()));
            return nullptr;
        }
    }
    if (!SqliteLibrary::check(db->connection(), error)) {
        db.reset();
        QFile::remove(info.absoluteFilePath());
        return nullptr;
    }
    QString sqlError;
    // Text is mostly Chinese: UTF-16 stores it in 2 bytes instead of 3 and lets bulk reads copy it as is.
    // The encoding can only be chosen before the first page is written.
    if (!pragma(db->connection(), QStringLiteral("PRAGMA encoding = 'UTF-16le'"), nullptr, &sqlError) ||
        !db->configure(&sqlError) ||
        !pragma(db->connection(), QStringLiteral("PRAGMA journal_mode = WAL"), nullptr, &sqlError) ||
        !pragma(db->connection(), QStringLiteral("PRAGMA application_id = %1").arg(applicationId), nullptr,
                &sqlError) ||
        !Migrations::run(db->connection(), 0, latestVersion, &sqlError)) {
        *error = tr("The file %1 cannot be created: %2").arg(path, sqlError);
        db.reset();
        QFile::remove(info.absoluteFilePath());
        return nullptr;
    }
    return db;
}

bool Database::saveCopyAs(const QString& target, QString* error) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path) {
        *error = tr("A copy cannot replace the file it is made from.");
        return false;
    }
    // VACUUM INTO refuses an existing target, so copy next to it and rename over it when complete.
    const QString temporary = absolute + QStringLiteral(".partial");
    QFile::remove(temporary);
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temporary);
    if (!q.exec()) {
        *error = SqlUtil::describe(q.lastError());
        QFile::remove(temporary);
        return false;
    }
    // rename(2) replaces the target atomically: readers see the old copy or the new one, never half.
    std::error_code ec;
    std::filesystem::rename(temporary.toStdString(), absolute.toStdString(), ec);
    if (ec) {
        *error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(absolute));
        QFile::remove(temporary);
        return false;
    }
    return true;
}
