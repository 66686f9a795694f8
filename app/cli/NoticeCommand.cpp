#include "Commands.h"
#include "Console.h"

#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "NoticeCampaign.h"
#include "notice/NoticeContent.h"
#include "notice/NoticeFile.h"
#include "notice/NoticeLines.h"
#include "notice/NoticeReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Commands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Commands", text);
}

// A file this command created and then could not complete is removed again: nothing written.
void discard(std::unique_ptr<Database>& db, const QString& path)
{
    db.reset();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// In a file made just now the built-in template's campaign is a stand-in: the notice's campaign
// replaces it, keeping its metric definitions; the departments and the unit stay.
bool applyToNewFile(Database& db, const NoticeFields& fields, NoticeCampaign::Outcome* outcome,
                    QString* error)
{
    CampaignRepository repo(db);
    QList<Campaign> stand_ins;
    if (!repo.list(&stand_ins, error))
        return false;
    CampaignContent metrics;
    if (!stand_ins.isEmpty() && !repo.load(stand_ins.first().id, &metrics, error))
        return false;
    for (const Campaign& c : stand_ins)
        if (!repo.remove(c.id, error))
            return false;
    if (!NoticeCampaign::apply(repo, fields, 0, outcome, error))
        return false;
    QList<Metric> carried = metrics.metrics;
    for (Metric& m : carried) {
        m.id = 0;
        m.campaignId = outcome->campaignId;
        if (!repo.saveMetric(m, error))
            return false;
    }
    return true;
}

} // namespace

int newCampaignFromNotice(const QStringList& args)
{
    const QString usage =
        tr("usage: campaign-planner new-campaign FILE --from-notice NOTICE.(txt|docx|pdf|doc) "
           "[--dry-run]");
    QString file, notice;
    bool dryRun = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--from-notice") && i + 1 < args.size())
            notice = args[++i];
        else if (args[i] == QLatin1String("--dry-run"))
            dryRun = true;
        else if (!args[i].startsWith(QLatin1Char('-')) && file.isEmpty())
            file = args[i];
        else
            return Console::fail(usage, 2);
    }
    if (file.isEmpty() || notice.isEmpty())
        return Console::fail(usage, 2);

    QString text, error;
    if (!NoticeFile::read(notice, &text, &error))
        return Console::fail(error);
    const NoticeFields fields = NoticeReader::read(text);
    for (const QString& line : NoticeLines::lines(fields))
        Console::out(line);
    if (const QString problem = NoticeContent::problem(fields); !problem.isEmpty())
        return Console::fail(QStringLiteral("%1: %2").arg(notice, problem));
    if (dryRun)
        return 0; // a dry run never opens FILE: opening an older file would upgrade it

    const bool existed = QFileInfo::exists(file);
    std::unique_ptr<Database> db =
        existed ? Database::open(file, &error) : CampaignFile::createDefault(file, &error);
    if (!db)
        return Console::fail(QStringLiteral("%1: %2").arg(file, error));
    NoticeCampaign::Outcome outcome;
    bool ok = false;
    if (existed) {
        CampaignRepository repo(*db);
        QList<Campaign> campaigns;
        ok = repo.list(&campaigns, &error) &&
             NoticeCampaign::apply(repo, fields, campaigns.isEmpty() ? 0 : campaigns.first().id, &outcome,
                                   &error);
    } else {
        ok = applyToNewFile(*db, fields, &outcome, &error);
        if (!ok)
            discard(db, file);
    }
    if (!ok)
        return Console::fail(QStringLiteral("%1: %2").arg(file, error));
    const int year = fields.year.value.toInt();
    Console::out(outcome.createdCampaign
                     ? tr("%1: created the %2 campaign from the notice").arg(file).arg(year)
                     : tr("%1: stored the local notice with the %2 campaign").arg(file).arg(year));
    return 0;
}

} // namespace Commands
