#include "Commands.h"
#include "Console.h"

#include "Database.h"
#include "IntegrityCheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace Commands {

int check(const QStringList& args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-')))
        return Console::fail(QCoreApplication::translate("Cli", "usage: campaign-planner check FILE"), 2);
    const IntegrityReport r = IntegrityCheck::run(args.first());
    if (!r.healthy)
        return Console::fail(QStringLiteral("%1: %2").arg(args.first(), r.reason));
    Console::out(QCoreApplication::translate("Cli", "%1: ok, schema version %2 (latest %3), %4 activities")
                     .arg(args.first())
                     .arg(r.schemaVersion)
                     .arg(Database::latestVersion)
                     .arg(r.activities));
    if (r.media.referenced > 0 || r.media.unreferenced > 0)
        Console::out(QCoreApplication::translate(
            "Cli", "%n evidence file(s) present and matching their checksums", nullptr, r.media.referenced));
    if (r.media.unreferenced > 0)
        Console::out(QCoreApplication::translate("Cli",
                                                 "%n stored file(s) (%1) no longer attached; the program "
                                                 "removes them when it next closes this file",
                                                 nullptr, r.media.unreferenced)
                         .arg(QLocale::system().formattedDataSize(r.media.unreferencedBytes)));
    return 0;
}

} // namespace Commands
