#include "ServerConsolidated.h"

#include "ConsolidatedUnits.h"

#include <QSet>

namespace ServerConsolidated {

ServerUnit unit(const ServerConsolidationRows::Unit& rows, const QDateTime& readAt, QDate today)
{
    ServerUnit out;
    CampaignSnapshot snapshot = rows.snapshot;
    if (!rows.hasCampaign)
        snapshot.activities.clear(); // nothing of the year: a unit with no activities
    out.unit = ConsolidatedUnits::fromCampaign(snapshot, rows.evidence, today);
    out.unit.source = ConsolidatedUnit::Source::Server;
    out.unit.id = rows.unit.id;
    out.unit.received = readAt;
    out.names << rows.unit.name.trimmed();
    if (const QString pushed = rows.snapshot.unit.name.trimmed(); pushed != out.names.first())
        out.names << pushed;
    out.hasData = rows.hasCampaign;
    return out;
}

Parts parts(const ServerConsolidationRows::Rows& rows, QDate today)
{
    Parts out;
    out.year = rows.year;
    for (const ServerConsolidationRows::Unit& u : rows.units) {
        if (u.unit.id == rows.own.id) {
            out.own = unit(u, rows.readAt, today).unit;
            out.campaignTitle = u.snapshot.campaign.campaign.title;
            continue;
        }
        out.below.insert(u.unit.id, unit(u, rows.readAt, today));
    }
    for (const ServerConsolidationRows::Package& p : rows.packages)
        out.packages.append(ConsolidatedUnits::fromPackage(p.unit, p.activities));
    if (out.campaignTitle.isEmpty()) // a province without a plan of its own: its units' campaign
        for (const ServerConsolidationRows::Unit& u : rows.units)
            if (u.hasCampaign && out.campaignTitle.isEmpty())
                out.campaignTitle = u.snapshot.campaign.campaign.title;
    return out;
}

ConsolidatedInput input(const Parts& parts, QDate today, QStringList* withoutData)
{
    ConsolidatedInput in;
    in.own = parts.own;
    in.campaignTitle = parts.campaignTitle;
    in.year = parts.year;
    in.today = today;
    QList<ConsolidatedUnit> live;
    QSet<QString> liveNames;
    QSet<QString> packaged;
    for (const ConsolidatedUnit& p : parts.packages)
        packaged.insert(p.name.trimmed());
    for (const ServerUnit& u : parts.below) {
        if (u.hasData) {
            live.append(u.unit);
            for (const QString& name : u.names)
                liveNames.insert(name);
        } else if (withoutData && std::none_of(u.names.cbegin(), u.names.cend(), [&](const QString& name) {
                       return packaged.contains(name);
                   })) {
            withoutData->append(u.unit.name);
        }
    }
    in.subordinates = ConsolidatedUnits::merge(std::move(live), liveNames, parts.packages);
    ConsolidatedUnits::sortByName(&in.subordinates);
    return in;
}

bool load(QSqlDatabase& db, int year, QDate today, ConsolidatedInput* out, QStringList* withoutData,
          QString* error)
{
    ServerConsolidationRows::Rows rows;
    if (!ServerConsolidationRows::read(db, {year, {}, true}, &rows, error))
        return false;
    *out = input(parts(rows, today), today, withoutData);
    return true;
}

} // namespace ServerConsolidated
