#include "Commands.h"
#include "Console.h"

#include "CampaignFile.h"
#include "CampaignTemplate.h"
#include "CarryOver.h"
#include "Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

// new-campaign FILE --year YEAR [--from-file OLD.campaign]: a built-in year's campaign in FILE
// (created when missing), optionally with the departments and unit of last year's file.
// Sources of the campaign are options on one parser; `--from-notice` (the notice import) is meant to
// join --year as a second source: add its option in addOptions() and its branch in create().

namespace Commands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Commands", text);
}

struct Request
{
    QString file;
    int year = 0;         // a built-in year
    QString previousFile; // --from-file
};

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(tr("Add a year's campaign to FILE (created when missing)."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The campaign file."));
    p.addOption({QStringLiteral("year"),
                 tr("A built-in year (%1–%2).")
                     .arg(CampaignTemplate::builtInYears().value(0))
                     .arg(CampaignTemplate::newestBuiltInYear()),
                 QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("from-file"), tr("Carry departments and the unit over from OLD."),
                 QStringLiteral("OLD.campaign")});
    p.addHelpOption();
}

// Exit code 2 and a reason for arguments that make no request.
bool parse(const QCommandLineParser& p, Request* r, QString* error)
{
    if (p.positionalArguments().size() != 1) {
        *error = tr("new-campaign needs exactly one FILE.");
        return false;
    }
    r->file = p.positionalArguments().first();
    if (!p.isSet(QStringLiteral("year"))) {
        *error = tr("new-campaign needs --year YEAR.");
        return false;
    }
    bool ok = false;
    r->year = p.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || CampaignTemplate::builtInPath(r->year).isEmpty()) {
        QStringList years;
        for (int y : CampaignTemplate::builtInYears())
            years << QString::number(y);
        *error = tr("--year must be a built-in year: %1.").arg(years.join(QStringLiteral(", ")));
        return false;
    }
    r->previousFile = p.value(QStringLiteral("from-file"));
    if (!r->previousFile.isEmpty() &&
        QFileInfo(r->previousFile).absoluteFilePath() == QFileInfo(r->file).absoluteFilePath()) {
        *error = tr("--from-file must name another file than FILE.");
        return false;
    }
    return true;
}

// The campaign in FILE; `created` tells whether FILE was made here (and must go on failure).
std::unique_ptr<Database> create(const Request& r, bool* created, QString* error)
{
    *created = !QFileInfo::exists(r.file);
    if (*created)
        return CampaignFile::createForYear(r.file, r.year, error);
    std::unique_ptr<Database> db = Database::open(r.file, error);
    qint64 added = 0;
    if (db && !CampaignFile::addBuiltInYear(*db, r.year, &added, error))
        return nullptr;
    return db;
}

} // namespace

int newCampaign(const QStringList& args)
{
    QCommandLineParser p;
    addOptions(p);
    if (!p.parse(QStringList{QStringLiteral("new-campaign")} + args))
        return Console::fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        Console::out(p.helpText());
        return 0;
    }
    Request request;
    QString error;
    if (!parse(p, &request, &error))
        return Console::fail(error, 2);
    if (!request.previousFile.isEmpty() && !QFileInfo(request.previousFile).isFile())
        return Console::fail(tr("%1 does not exist.").arg(request.previousFile));
    bool created = false;
    std::unique_ptr<Database> db = create(request, &created, &error);
    if (!db)
        return Console::fail(error);
    CarryOver::Result carried;
    if (!request.previousFile.isEmpty() &&
        !CarryOver::fromFile(*db, request.previousFile, &carried, &error)) {
        db.reset();
        if (created)
            QFile::remove(request.file);
        return Console::fail(error);
    }
    Console::out(tr("Added the %1 campaign to %2.").arg(request.year).arg(request.file));
    if (!request.previousFile.isEmpty())
        Console::out(tr("Carried over from %1: %2 departments, unit profile %3.")
                         .arg(request.previousFile)
                         .arg(carried.departmentsAdded)
                         .arg(carried.unitCopied ? tr("yes") : tr("no")));
    return 0;
}

} // namespace Commands
