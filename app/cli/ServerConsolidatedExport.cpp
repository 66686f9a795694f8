#include "ServerConsolidatedExport.h"

#include "Console.h"
#include "ServerLogin.h"

#include "ConsolidatedReport.h"
#include "ServerConsolidated.h"

#include <QCoreApplication>

namespace Commands {

int exportConsolidatedFromServer(const ExportRequest& request, bool passwordFromStdin)
{
    ConsolidatedReport::Format format = ConsolidatedReport::Format::Pdf;
    if (!ConsolidatedReport::formatFromKey(request.format, &format))
        return Console::fail(
            QCoreApplication::translate("Exporters", "Unknown format: %1").arg(request.format), 2);
    ServerAddress address;
    QString error;
    if (!ServerAddress::parse(request.file, &address, &error))
        return Console::fail(error, 2);
    const QString connection = QStringLiteral("cp-export-consolidated");
    QSqlDatabase server;
    if (!ServerLogin::open(address, passwordFromStdin, connection, &server, &error))
        return Console::fail(error);
    ConsolidatedInput input;
    QStringList withoutData;
    SystemClock clock;
    const bool read =
        ServerConsolidated::load(server, request.campaignYear, clock.today(), &input, &withoutData, &error);
    server = QSqlDatabase();
    ServerConnection::close(connection);
    if (!read)
        return Console::fail(error);
    if (!ConsolidatedReport::writeAs(input, format, request.out, &error))
        return Console::fail(error);
    int live = 0;
    for (const ConsolidatedUnit& u : std::as_const(input.subordinates))
        live += u.source == ConsolidatedUnit::Source::Server ? 1 : 0;
    Console::out(QCoreApplication::translate("Commands", "Wrote %1").arg(request.out));
    Console::out(QCoreApplication::translate(
                     "Commands", "%1 %2: %3 unit(s) read live from the server, %4 from report packages")
                     .arg(input.own.name)
                     .arg(input.year)
                     .arg(live)
                     .arg(input.subordinates.size() - live));
    if (!withoutData.isEmpty())
        Console::out(QCoreApplication::translate("Commands",
                                                 "No data of %1 yet (neither on the server nor in a "
                                                 "package): %2")
                         .arg(input.year)
                         .arg(withoutData.join(QStringLiteral("、"))));
    return 0;
}

} // namespace Commands
