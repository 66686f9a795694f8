#include "ServerFileCommand.h"

#include "Console.h"
#include "ServerLogin.h"
#include "server/ServerAddress.h"
#include "server/ServerApply.h"
#include "server/ServerConnection.h"
#include "server/ServerPull.h"
#include "server/ServerPush.h"
#include "server/ServerUnits.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

// Takes `--NAME VALUE` out of args; false when the value is missing.
bool take(QStringList& args, const QString& name, QString* value)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0)
        return true;
    if (at + 1 >= args.size())
        return false;
    *value = args.at(at + 1);
    args.remove(at, 2);
    return true;
}

class Session
{
public:
    ~Session()
    {
        m_db = QSqlDatabase();
        if (m_open)
            ServerConnection::close(m_name);
    }

    int run(QStringList args, ServerFileCommand::Kind kind,
            const std::function<int(const QStringList& args)>& command)
    {
        using Kind = ServerFileCommand::Kind;
        QString error;
        ServerAddress address;
        if (!ServerAddress::parse(args.first(), &address, &error))
            return Console::fail(error, 2);
        const bool passwordFromStdin = args.removeAll(QStringLiteral("--password-stdin")) > 0;
        QString unitName;
        if (kind == Kind::Reads && !take(args, QStringLiteral("--unit"), &unitName))
            return Console::fail(QCoreApplication::translate("Commands", "--unit needs the name of a unit"),
                                 2);
        if (!ServerLogin::open(address, passwordFromStdin, m_name, &m_db, &error))
            return Console::fail(error);
        m_open = true;

        ServerUnits::Unit own, unit;
        if (!ServerUnits::own(m_db, &own, &error))
            return Console::fail(error);
        unit = own;
        if (!unitName.isEmpty() && unitName.trimmed() != own.name) {
            bool readable = false;
            if (!ServerUnits::byName(m_db, unitName, &unit, &error) ||
                !ServerUnits::mayRead(m_db, unit.id, &readable, &error))
                return Console::fail(error);
            if (!readable)
                return Console::fail(
                    QCoreApplication::translate("Commands",
                                                "the user %1 belongs to %2 and may not read the data of %3")
                        .arg(m_db.userName(), own.name, unit.name));
        }
        if (!m_folder.isValid())
            return Console::fail(
                QCoreApplication::translate("Commands", "cannot make a folder for the local copy: %1")
                    .arg(m_folder.errorString()));
        const QString copy = m_folder.filePath(QStringLiteral("copy.campaign"));
        const QString pristine = m_folder.filePath(QStringLiteral("pulled.campaign"));
        Console::alias(copy, address.display());

        if (kind == Kind::Fills) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("SELECT count(*) FROM activity WHERE unit_id = ?"));
            q.addBindValue(unit.id);
            if (!q.exec() || !q.next())
                return Console::fail(q.lastError().databaseText());
            if (q.value(0).toLongLong() > 0)
                return Console::fail(
                    QCoreApplication::translate(
                        "Commands", "%1 already holds %n activities of %2; demo fills only an empty unit",
                        nullptr, q.value(0).toInt())
                        .arg(address.display(), unit.name));
        } else {
            PullSummary pulled;
            if (!ServerPull::pull(m_db, unit.id, copy, false, &pulled, &error))
                return Console::fail(error);
            if (kind == Kind::Writes && !QFile::copy(copy, pristine))
                return Console::fail(
                    QCoreApplication::translate("Commands", "cannot keep the pulled copy in %1")
                        .arg(m_folder.path()));
        }

        args[0] = copy;
        if (kind == Kind::Reads)
            return command(args);
        Console::hold(); // the command's lines count only once the server has its result
        const int code = command(args);
        if (code != 0) {
            Console::release(true);
            return code;
        }
        const int written =
            kind == Kind::Fills ? fill(copy, unit, address) : apply(pristine, copy, unit, address);
        return written;
    }

private:
    int fill(const QString& copy, const ServerUnits::Unit& unit, const ServerAddress& address)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(copy, &error);
        PushSummary summary;
        if (!db || !ServerPush::push(*db, m_db, unit.id, &summary, &error)) {
            Console::release(false);
            return Console::fail(
                QCoreApplication::translate("Commands", "nothing was changed on the server: %1").arg(error));
        }
        Console::release(true);
        Console::out(QCoreApplication::translate("Commands", "Wrote %n activities into %1 (%2)", nullptr,
                                                 int(summary.activities))
                         .arg(address.display(), unit.name));
        return 0;
    }

    int apply(const QString& pristine, const QString& copy, const ServerUnits::Unit& unit,
              const ServerAddress& address)
    {
        QString error;
        std::unique_ptr<Database> before = Database::open(pristine, &error);
        std::unique_ptr<Database> after = before ? Database::open(copy, &error) : nullptr;
        ApplySummary summary;
        if (!after || !ServerApply::apply(*before, *after, m_db, unit.id, &summary, &error)) {
            Console::release(false);
            return Console::fail(
                QCoreApplication::translate("Commands", "nothing was changed on the server: %1").arg(error));
        }
        Console::release(true);
        Console::out(
            QCoreApplication::translate(
                "Commands",
                "Wrote the changes to %1 (%2): %3 activities added, %4 changed, %5 removed; %6 other "
                "rows; %7 evidence file(s) sent (%8)")
                .arg(address.display(), unit.name, QString::number(summary.activitiesInserted),
                     QString::number(summary.activitiesUpdated), QString::number(summary.activitiesDeleted),
                     QString::number(summary.inserted + summary.updated + summary.deleted -
                                     summary.activitiesInserted - summary.activitiesUpdated -
                                     summary.activitiesDeleted),
                     QString::number(summary.evidenceSent),
                     QLocale::system().formattedDataSize(summary.evidenceBytes)));
        return 0;
    }

    const QString m_name = QStringLiteral("cp-file-command");
    QSqlDatabase m_db;
    bool m_open = false;
    QTemporaryDir m_folder;
};

} // namespace

namespace ServerFileCommand {

int run(const QStringList& args, Kind kind, const std::function<int(const QStringList& args)>& command)
{
    if (args.isEmpty() || !ServerAddress::looksLikeServer(args.first()))
        return -1;
    Session session;
    return session.run(args, kind, command);
}

} // namespace ServerFileCommand
