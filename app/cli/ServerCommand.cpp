#include "Commands.h"
#include "Console.h"

#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerSchema.h"

#include <QCoreApplication>
#include <QFile>

namespace {

QString tr(const char* text)
{
    // "Commands": the context lupdate gives tr() inside namespace Commands, where the translations are.
    return QCoreApplication::translate("Commands", text);
}

QString serverUsage()
{
    return QCoreApplication::translate(
        "Commands", "usage: campaign-planner server init postgresql://USER@HOST:PORT/DBNAME\n"
                    "       campaign-planner server add-unit ADDRESS NAME --level county|prefecture|province "
                    "[--parent NAME]\n"
                    "       campaign-planner server add-user ADDRESS NAME --unit NAME [--password-stdin]");
}

// Takes "--flag VALUE" out of args; false when the flag is there without a value.
bool takeOption(QStringList& args, const QString& flag, QString* value)
{
    const qsizetype at = args.indexOf(flag);
    if (at < 0)
        return true;
    if (at + 1 >= args.size())
        return false;
    *value = args.at(at + 1);
    args.remove(at, 2);
    return true;
}

// The password is the first line of standard input, so it never shows in `ps` or shell history.
bool readPasswordLine(QString* password)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return false;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *password = QString::fromUtf8(line);
    return !password->isEmpty();
}

} // namespace

namespace Commands {

int server(const QStringList& arguments)
{
    QStringList args = arguments;
    const QString action = args.value(0);
    args.removeFirst();
    QString level;
    QString parent;
    QString unit;
    const bool passwordFromStdin = args.removeAll(QStringLiteral("--password-stdin")) > 0;
    if (!takeOption(args, QStringLiteral("--level"), &level) ||
        !takeOption(args, QStringLiteral("--parent"), &parent) ||
        !takeOption(args, QStringLiteral("--unit"), &unit))
        return Console::fail(serverUsage(), 2);
    for (const QString& a : std::as_const(args))
        if (a.startsWith(QLatin1String("--")))
            return Console::fail(tr("unknown option %1").arg(a) + QLatin1Char('\n') + serverUsage(), 2);
    const bool known = (action == QLatin1String("init") && args.size() == 1) ||
                       (action == QLatin1String("add-unit") && args.size() == 2 && !level.isEmpty()) ||
                       (action == QLatin1String("add-user") && args.size() == 2 && !unit.isEmpty());
    if (!known)
        return Console::fail(serverUsage(), 2);
    if (passwordFromStdin && action != QLatin1String("add-user"))
        return Console::fail(tr("--password-stdin belongs to server add-user"), 2);

    ServerAddress address;
    QString error;
    if (!ServerAddress::parse(args.at(0), &address, &error))
        return Console::fail(error, 2);
    QString password;
    if (passwordFromStdin && !readPasswordLine(&password))
        return Console::fail(tr("--password-stdin: no password on the first line of standard input"), 2);

    const QString connection = QStringLiteral("cp-server-admin");
    QSqlDatabase db;
    if (!ServerConnection::open(address, connection, QString(), &db, &error))
        return Console::fail(error);
    int code = 0;
    int version = 0;
    if (action == QLatin1String("init")) {
        if (!ServerSchema::init(db, &error) || !ServerSchema::check(db, &version, &error))
            code = Console::fail(error);
        else
            Console::out(tr("%1: ready, schema version %2").arg(address.display(), QString::number(version)));
    } else if (!ServerSchema::check(db, &version, &error)) {
        code = Console::fail(error);
    } else if (action == QLatin1String("add-unit")) {
        if (!ServerAdmin::addUnit(db, args.at(1), level, parent, &error))
            code = Console::fail(error);
        else
            Console::out(tr("unit %1 added").arg(args.at(1).trimmed()));
    } else {
        if (!ServerAdmin::addUser(db, args.at(1), unit, password, &error))
            code = Console::fail(error);
        else
            Console::out(tr("user %1 added to %2").arg(args.at(1), unit));
    }
    db = QSqlDatabase();
    ServerConnection::close(connection);
    return code;
}

} // namespace Commands
