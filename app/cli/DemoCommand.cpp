#include "Commands.h"
#include "Console.h"

#include "CampaignFile.h"
#include "CampaignTemplate.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "ProfileRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace Commands {

int demo(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Create FILE from a built-in year's campaign with N generated activities."));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QCoreApplication::translate("Cli", "The campaign file to create."));
    p.addOption({QStringLiteral("activities"),
                 QCoreApplication::translate("Cli", "How many activities to generate."), QStringLiteral("N"),
                 QStringLiteral("200")});
    p.addOption({QStringLiteral("seed"),
                 QCoreApplication::translate("Cli", "Seed for the generator (same seed, same file)."),
                 QStringLiteral("S"), QStringLiteral("1")});
    p.addOption({QStringLiteral("year"),
                 QCoreApplication::translate("Cli", "The built-in year (default: the newest, %1).")
                     .arg(CampaignTemplate::newestBuiltInYear()),
                 QStringLiteral("YEAR"), QString::number(CampaignTemplate::newestBuiltInYear())});
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("demo")} + args))
        return Console::fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        Console::out(p.helpText());
        return 0;
    }
    if (p.positionalArguments().size() != 1)
        return Console::fail(QCoreApplication::translate("Cli", "demo needs exactly one FILE."), 2);
    bool ok = false;
    const int count = p.value(QStringLiteral("activities")).toInt(&ok);
    if (!ok || count < 0 || count > 1000000)
        return Console::fail(
            QCoreApplication::translate("Cli", "--activities must be a number from 0 to 1000000."), 2);
    const quint32 seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return Console::fail(QCoreApplication::translate("Cli", "--seed must be a non-negative number."), 2);
    const int year = p.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || CampaignTemplate::builtInPath(year).isEmpty())
        return Console::fail(QCoreApplication::translate("Cli", "--year must be a built-in year (%1–%2).")
                                 .arg(CampaignTemplate::builtInYears().value(0))
                                 .arg(CampaignTemplate::newestBuiltInYear()),
                             2);
    const QString path = p.positionalArguments().first();
    if (QFileInfo::exists(path))
        return Console::fail(
            QCoreApplication::translate("Cli", "%1 already exists; demo never overwrites a file.").arg(path));

    QElapsedTimer timer;
    timer.start();
    QString error;
    {
        std::unique_ptr<Database> db = CampaignFile::createForYear(path, year, &error);
        if (!db)
            return Console::fail(error);
        // A demo unit has a name, so its report packages and the consolidated view read like real ones.
        static const char* const places[] = {"城关县", "河口县", "青山县", "北山区",
                                             "西城区", "南湖县", "东阳县", "白石县"};
        const UnitProfile unit{QStringLiteral("%1市场监督管理局").arg(QString::fromUtf8(places[seed % 8])),
                               QString::fromUtf8(places[seed % 8]), UnitProfile::Level::County};
        if (!DemoGenerator::populate(*db, count, seed, &error) ||
            !ProfileRepository(*db).save(unit, &error)) {
            db.reset();
            QFile::remove(path);
            return Console::fail(error);
        }
    }
    Console::out(QCoreApplication::translate("Cli", "Created %1 with %2 activities in %3 ms.")
                     .arg(path)
                     .arg(count)
                     .arg(timer.elapsed()));
    return 0;
}

} // namespace Commands
