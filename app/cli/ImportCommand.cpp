#include "Commands.h"
#include "Console.h"

#include "Database.h"
#include "FileLock.h"
#include "PackageFigures.h"
#include "PackageImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Commands {

int importAny(const QStringList& args)
{
    QString from;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--from") && i + 1 < args.size())
            from = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--from=")))
            from = args.at(i).mid(7);
    }
    if (from.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return importPackage(args);
    return importTable(args);
}

// campaign-planner import FILE --from PACKAGE.zip: a subordinate unit's report package.
int importPackage(const QStringList& args)
{
    // "Commands": the context lupdate gives tr() in this namespace, where the translations are.
    auto tr = [](const char* text) { return QCoreApplication::translate("Commands", text); };
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The campaign file to import into."));
    p.addOption({QStringLiteral("from"), tr("The report package (.zip) of a subordinate unit."),
                 QStringLiteral("PATH")});
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("import")} + args))
        return Console::fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        Console::out(p.helpText());
        return 0;
    }
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("from")))
        return Console::fail(tr("usage: campaign-planner import FILE --from PATH.zip"), 2);
    QString error;
    // The program's own lock: an import never writes under a window that has the file open.
    const std::unique_ptr<FileLock> lock = FileLock::take(p.positionalArguments().first(), &error);
    if (!lock)
        return Console::fail(error);
    std::unique_ptr<Database> db = Database::open(p.positionalArguments().first(), &error);
    if (!db)
        return Console::fail(error);
    PackageImport::Result r;
    if (!PackageImport::run(*db, p.value(QStringLiteral("from")), &r, &error))
        return Console::fail(error);
    const PackageFigures::Totals t = PackageFigures::totals(QJsonDocument::fromJson(r.unit.figures).object());
    QString unit = r.unit.name.isEmpty() ? tr("(unit without a name)") : r.unit.name;
    if (!r.unit.region.isEmpty())
        unit += QStringLiteral("（%1）").arg(r.unit.region);
    Console::out(tr("%1 %2, campaign %3: %4 activities, %5 evidence files")
                     .arg(r.replacedEarlier ? tr("Updated") : tr("Imported"), unit)
                     .arg(r.unit.campaignYear)
                     .arg(r.activities)
                     .arg(r.evidence));
    Console::out(
        tr("Figures: %1 activities, %2 done, %3 in progress, %4 not started, %5 cancelled, %6 overdue")
            .arg(t.total)
            .arg(t.done)
            .arg(t.inProgress)
            .arg(t.notStarted)
            .arg(t.cancelled)
            .arg(t.overdue));
    return 0;
}

} // namespace Commands
