#include "IntegrityCheck.h"

#include "Database.h"
#include "FileProbe.h"
#include "MediaFolder.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <future>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("IntegrityCheck", text);
}

// Files with the evidence layer's tables (version 4 on) must have every named file intact.
bool inspectMedia(const QSqlDatabase& db, const QString& path, IntegrityReport* r)
{
    if (r->schemaVersion < 4)
        return true;
    QString error;
    if (!MediaCheck::run(db, path, &r->media, &error)) {
        r->reason = QCoreApplication::translate("IntegrityCheck", "damaged: %1").arg(error);
        return false;
    }
    if (!r->media.missing.isEmpty()) {
        r->reason =
            QCoreApplication::translate("IntegrityCheck", "%n evidence file(s) missing from %1: %2", nullptr,
                                        int(r->media.missing.size()))
                .arg(MediaFolder::rootFor(path), r->media.missing.mid(0, 3).join(QStringLiteral(", ")));
        return false;
    }
    if (!r->media.damaged.isEmpty()) {
        r->reason =
            QCoreApplication::translate("IntegrityCheck",
                                        "%n evidence file(s) in %1 no longer match their checksum: %2",
                                        nullptr, int(r->media.damaged.size()))
                .arg(MediaFolder::rootFor(path), r->media.damaged.mid(0, 3).join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

// The first broken reference PRAGMA foreign_key_check finds, on a connection of its own: on a
// million activities it takes a second that can run beside integrity_check instead of after it.
struct ReferenceCheck
{
    QString error;     // the check could not run
    QStringList found; // table, row, missing parent; empty when every reference holds
};

ReferenceCheck checkReferences(const QString& path)
{
    ReferenceCheck c;
    SqliteConnection connection(path);
    if (!connection.isOpen()) {
        c.error = connection.errorString();
        return c;
    }
    SqliteStatement q(connection, "PRAGMA foreign_key_check");
    if (!q.isValid()) {
        c.error = q.errorString();
        return c;
    }
    if (q.next())
        c.found = {q.text(0), q.text(1), q.text(2)};
    else
        c.error = q.errorString();
    return c;
}

IntegrityReport inspect(const QSqlDatabase& db, const QString& path)
{
    IntegrityReport r;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        r.reason = QCoreApplication::translate("IntegrityCheck", "not a campaign file or damaged: %1")
                       .arg(SqlUtil::describe(q.lastError()));
        return r;
    }
    if (q.value(0).toInt() != Database::applicationId) {
        r.reason = QCoreApplication::translate("IntegrityCheck", "not a campaign file");
        return r;
    }
    q.exec(QStringLiteral("PRAGMA user_version"));
    r.schemaVersion = q.next() ? q.value(0).toInt() : -1;
    if (r.schemaVersion > Database::latestVersion) {
        r.reason =
            QCoreApplication::translate(
                "IntegrityCheck", "written by a newer version (file format %1, this version reads up to %2)")
                .arg(r.schemaVersion)
                .arg(Database::latestVersion);
        return r;
    }
    std::future<ReferenceCheck> references = std::async(std::launch::async, checkReferences, path);
    // integrity_check looks every index entry up in its table: with the default 2 MB cache that
    // reads the same pages again and again (a million activities: 10.4 s, 3.9 s of it reading);
    // 64 MB takes a sixth off. Only this connection's, only for the check.
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        r.reason = QCoreApplication::translate("IntegrityCheck", "damaged: %1")
                       .arg(SqlUtil::describe(q.lastError()));
        return r;
    }
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")}) {
        r.reason = QCoreApplication::translate("IntegrityCheck", "damaged: %1")
                       .arg(problems.mid(0, 3).join(QStringLiteral("; ")));
        return r;
    }
    const ReferenceCheck broken = references.get();
    if (!broken.error.isEmpty()) {
        r.reason = QCoreApplication::translate("IntegrityCheck", "damaged: %1").arg(broken.error);
        return r;
    }
    if (!broken.found.isEmpty()) {
        r.reason = QCoreApplication::translate("IntegrityCheck",
                                               "broken reference in table %1 (row %2 points to a missing %3)")
                       .arg(broken.found.at(0), broken.found.at(1), broken.found.at(2));
        return r;
    }
    if (q.exec(QStringLiteral("SELECT count(*) FROM activity")) && q.next())
        r.activities = q.value(0).toLongLong();
    if (!inspectMedia(db, path, &r))
        return r;
    r.healthy = true;
    return r;
}

} // namespace

namespace IntegrityCheck {

IntegrityReport run(const QString& path)
{
    IntegrityReport report;
    switch (FileProbe::inspect(path)) {
    case FileProbe::Verdict::Ok:
        break;
    case FileProbe::Verdict::Missing:
        report.reason = tr("file not found");
        return report;
    case FileProbe::Verdict::Unreadable:
        report.reason = tr("file cannot be read");
        return report;
    case FileProbe::Verdict::Empty:
    case FileProbe::Verdict::NotSqlite:
        report.reason = tr("not a campaign file");
        return report;
    case FileProbe::Verdict::Truncated:
        report.reason = tr("file is truncated");
        return report;
    }
    const QString name = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open())
            report.reason = tr("cannot open: %1").arg(SqlUtil::describe(db.lastError()));
        else
            report = inspect(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace IntegrityCheck
