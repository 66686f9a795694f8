#include "Commands.h"
#include "Console.h"
#include "ServerLogin.h"

#include "server/ServerPull.h"
#include "server/ServerPush.h"
#include "server/ServerUnits.h"
#include "storage/Database.h"
#include "storage/FileLock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace {

QString pushUsage()
{
    return QCoreApplication::translate(
        "Commands", "usage: campaign-planner push FILE postgresql://USER@HOST:PORT/DBNAME [--unit NAME] "
                    "[--password-stdin]");
}

QString pullUsage()
{
    return QCoreApplication::translate(
        "Commands",
        "usage: campaign-planner pull postgresql://USER@HOST:PORT/DBNAME FILE [--unit NAME] [--force] "
        "[--password-stdin]");
}

struct Parsed
{
    QStringList positional;
    QString unit;
    bool force = false;
    bool passwordFromStdin = false;
};

// false: a usage error (an unknown option, --unit without a name).
bool parse(const QStringList& args, bool allowForce, Parsed* out)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--unit") && i + 1 < args.size())
            out->unit = args.at(++i);
        else if (a == QLatin1String("--force") && allowForce)
            out->force = true;
        else if (a == QLatin1String("--password-stdin"))
            out->passwordFromStdin = true;
        else if (a.startsWith(QLatin1String("--")))
            return false;
        else
            out->positional << a;
    }
    return out->positional.size() == 2;
}

// The unit named by --unit, or the user's own.
bool chooseUnit(const QSqlDatabase& db, const QString& name, ServerUnits::Unit* own,
                ServerUnits::Unit* chosen, QString* error)
{
    if (!ServerUnits::own(db, own, error))
        return false;
    if (name.isEmpty() || name.trimmed() == own->name) {
        *chosen = *own;
        return true;
    }
    return ServerUnits::byName(db, name, chosen, error);
}

QString seconds(qint64 ms)
{
    return QLocale::system().toString(double(ms) / 1000.0, 'f', 1);
}

} // namespace

namespace Commands {

int push(const QStringList& args)
{
    Parsed a;
    if (!parse(args, false, &a))
        return Console::fail(pushUsage(), 2);
    const QString file = a.positional.at(0);
    if (!ServerAddress::looksLikeServer(a.positional.at(1)))
        return Console::fail(pushUsage(), 2);
    ServerAddress address;
    QString error;
    if (!ServerAddress::parse(a.positional.at(1), &address, &error))
        return Console::fail(error, 2);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Database> db = Database::open(file, &error);
    if (!db)
        return Console::fail(error);

    const QString connection = QStringLiteral("cp-push");
    QSqlDatabase server;
    if (!ServerLogin::open(address, a.passwordFromStdin, connection, &server, &error))
        return Console::fail(error);
    int code = 0;
    ServerUnits::Unit own;
    ServerUnits::Unit unit;
    PushSummary summary;
    if (!chooseUnit(server, a.unit, &own, &unit, &error)) {
        code = Console::fail(error);
    } else if (unit.id != own.id) {
        // The server would refuse too (its policies); said here in words.
        code = Console::fail(
            QCoreApplication::translate("Commands",
                                        "the user %1 belongs to %2 and may not write the data of %3")
                .arg(address.user.isEmpty() ? server.userName() : address.user, own.name, unit.name));
    } else if (!ServerPush::push(*db, server, unit.id, &summary, &error)) {
        code = Console::fail(
            QCoreApplication::translate("Commands", "nothing was changed on the server: %1").arg(error));
    } else {
        Console::out(
            QCoreApplication::translate(
                "Commands",
                "Pushed %1 to %2 as the data of %3: %4 campaign(s), %5 activities, %6 evidence file(s) "
                "(%7 sent, %8) in %9 s")
                .arg(file, address.display(), unit.name, QString::number(summary.campaigns),
                     QString::number(summary.activities), QString::number(summary.evidenceFiles),
                     QString::number(summary.evidenceSent),
                     QLocale::system().formattedDataSize(summary.evidenceBytes), seconds(timer.elapsed())));
    }
    server = QSqlDatabase();
    ServerConnection::close(connection);
    return code;
}

int pull(const QStringList& args)
{
    Parsed a;
    if (!parse(args, true, &a) || !ServerAddress::looksLikeServer(a.positional.at(0)))
        return Console::fail(pullUsage(), 2);
    const QString file = a.positional.at(1);
    ServerAddress address;
    QString error;
    if (!ServerAddress::parse(a.positional.at(0), &address, &error))
        return Console::fail(error, 2);
    if (QFileInfo::exists(file) && !a.force)
        return Console::fail(
            QCoreApplication::translate(
                "Commands", "%1 already exists; pull never overwrites a file unless told to (--force)")
                .arg(file));
    QElapsedTimer timer;
    timer.start();
    // No window may have the file open while it is replaced.
    const std::unique_ptr<FileLock> lock = FileLock::take(file, &error);
    if (!lock)
        return Console::fail(error);

    const QString connection = QStringLiteral("cp-pull");
    QSqlDatabase server;
    if (!ServerLogin::open(address, a.passwordFromStdin, connection, &server, &error))
        return Console::fail(error);
    int code = 0;
    ServerUnits::Unit own;
    ServerUnits::Unit unit;
    bool readable = false;
    PullSummary summary;
    if (!chooseUnit(server, a.unit, &own, &unit, &error) ||
        !ServerUnits::mayRead(server, unit.id, &readable, &error)) {
        code = Console::fail(error);
    } else if (!readable) {
        code = Console::fail(
            QCoreApplication::translate("Commands",
                                        "the user %1 belongs to %2 and may not read the data of %3")
                .arg(address.user.isEmpty() ? server.userName() : address.user, own.name, unit.name));
    } else if (!ServerPull::pull(server, unit.id, file, a.force, &summary, &error)) {
        code =
            Console::fail(QCoreApplication::translate("Commands", "%1 was not written: %2").arg(file, error));
    } else {
        Console::out(
            QCoreApplication::translate(
                "Commands",
                "Wrote %1 from the data of %2 on %3: %4 campaign(s), %5 activities, %6 evidence file(s) "
                "(%7) in %8 s")
                .arg(file, unit.name, address.display(), QString::number(summary.campaigns),
                     QString::number(summary.activities), QString::number(summary.evidenceFiles),
                     QLocale::system().formattedDataSize(summary.evidenceBytes), seconds(timer.elapsed())));
    }
    server = QSqlDatabase();
    ServerConnection::close(connection);
    return code;
}

} // namespace Commands
