#include "Commands.h"
#include "Console.h"
#include "Exporters.h"
#include "ServerConsolidatedExport.h"

#include "Database.h"
#include "SnapshotLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Commands {

static QString tr(const char* text)
{
    return QCoreApplication::translate("Commands", text);
}

int exportFile(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Export a plan, summary, dashboard, poster, calendar … from FILE."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The campaign file to read."));
    p.addOptions({
        {QStringLiteral("kind"), tr("What to export."), QStringLiteral("KIND")},
        {QStringLiteral("format"), tr("The output format."), QStringLiteral("FORMAT")},
        {QStringLiteral("campaign"), tr("The campaign year (default: the newest)."), QStringLiteral("YEAR")},
        {QStringLiteral("out"), tr("The file to write."), QStringLiteral("PATH")},
        {QStringLiteral("template"), tr("Poster template name."), QStringLiteral("NAME")},
        {QStringLiteral("size"), tr("Paper size: A4, A3 or A2."), QStringLiteral("SIZE")},
        {QStringLiteral("landscape"), tr("Landscape orientation.")},
        {QStringLiteral("slogan"), tr("Slogan number (1 = first)."), QStringLiteral("N")},
        {QStringLiteral("department"), tr("Only this department's activities."), QStringLiteral("NAME")},
        {QStringLiteral("activity"), tr("A bulletin's activity (repeatable; default: every completed one)."),
         QStringLiteral("UUID")},
        {QStringLiteral("password-stdin"),
         tr("With a server address: the password is the first line of standard input.")},
    });
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("export")} + args))
        return Console::fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        Console::out(p.helpText());
        return 0;
    }
    QStringList kinds;
    for (const ExporterEntry& e : exporters())
        kinds << QStringLiteral("%1 (%2)").arg(e.kind, e.formats.join(QLatin1Char('|')));
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("kind")) ||
        !p.isSet(QStringLiteral("out")))
        return Console::fail(
            tr("usage: campaign-planner export FILE --kind KIND --format FORMAT --out PATH; kinds: %1")
                .arg(kinds.join(QStringLiteral(", "))),
            2);
    ExportRequest request;
    request.file = p.positionalArguments().first();
    request.kind = p.value(QStringLiteral("kind"));
    request.format = p.value(QStringLiteral("format")).toLower();
    request.out = p.value(QStringLiteral("out"));
    request.templateName = p.value(QStringLiteral("template"));
    request.size = p.value(QStringLiteral("size")).toUpper();
    request.landscape = p.isSet(QStringLiteral("landscape"));
    request.department = p.value(QStringLiteral("department"));
    for (const QString& value : p.values(QStringLiteral("activity")))
        request.activities += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool ok = true;
    if (p.isSet(QStringLiteral("campaign")))
        request.campaignYear = p.value(QStringLiteral("campaign")).toInt(&ok);
    if (!ok || request.campaignYear < 0)
        return Console::fail(tr("--campaign must be a year such as 2021."), 2);
    if (p.isSet(QStringLiteral("slogan")))
        request.slogan = p.value(QStringLiteral("slogan")).toInt(&ok);
    if (!ok || request.slogan < 0)
        return Console::fail(tr("--slogan must be a number from 1."), 2);

    const ExporterEntry* entry = nullptr;
    for (const ExporterEntry& e : exporters())
        if (e.kind == request.kind)
            entry = &e;
    if (!entry)
        return Console::fail(
            tr("unknown kind “%1”; kinds: %2").arg(request.kind, kinds.join(QStringLiteral(", "))), 2);
    if (request.format.isEmpty() && !entry->formats.isEmpty())
        request.format = entry->formats.first();
    if (!entry->formats.contains(request.format))
        return Console::fail(
            tr("--kind %1 writes %2, not “%3”.")
                .arg(request.kind, entry->formats.join(QStringLiteral(", ")), request.format),
            2);

    // The consolidated summary of a server address reads every unit live from the server.
    if (request.kind == QLatin1String("consolidated") && ServerAddress::looksLikeServer(request.file))
        return exportConsolidatedFromServer(request, p.isSet(QStringLiteral("password-stdin")));
    QString error;
    std::unique_ptr<Database> db = Database::open(request.file, &error);
    if (!db)
        return Console::fail(error);
    CampaignSnapshot snapshot;
    if (!SnapshotLoader::load(*db, request.campaignYear, &snapshot, &error))
        return Console::fail(error);
    db.reset();
    SystemClock clock;
    QStringList written;
    request.written = &written;
    if (!entry->write(snapshot, request, clock, &error))
        return Console::fail(error);
    if (written.isEmpty())
        written << request.out;
    for (const QString& path : std::as_const(written))
        Console::out(tr("Wrote %1").arg(path));
    return 0;
}

} // namespace Commands
