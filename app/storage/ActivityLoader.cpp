#include "ActivityLoader.h"

#include "SqliteStatement.h"

#include <QHash>

#include <future>

namespace {

enum Col {
    cId,
    cUuid,
    cCampaign,
    cPillar,
    cTitle,
    cDescription,
    cLocation,
    cLead,
    cOwner,
    cPhone,
    cStart,
    cEnd,
    cDateText,
    cDeadline,
    cStatus,
    cProgress,
    cNotes,
    cCreated,
    cUpdated
};

// Assisting departments and figures per activity id, read in primary-key order (so already sorted).
struct SideTables
{
    QHash<qint64, QList<qint64>> assisting;
    QHash<qint64, QList<MetricValue>> figures;
    QString error;
};

SideTables readSideTables(const QString& path, qint64 campaignId)
{
    SideTables t;
    SqliteConnection connection(path);
    if (!connection.isOpen()) {
        t.error = connection.errorString();
        return t;
    }
    // Files hold one or a few campaigns: scanning a side table and testing membership beats a seek per row.
    SqliteStatement assist(
        connection, campaignId == 0 ? "SELECT activity_id, department_id FROM activity_assist WHERE ?1 = 0"
                                    : "SELECT activity_id, department_id FROM activity_assist WHERE "
                                      "activity_id IN (SELECT id FROM activity WHERE campaign_id = ?1)");
    SqliteStatement figures(connection, campaignId == 0
                                            ? "SELECT activity_id, metric_id, target, target_approx, actual, "
                                              "actual_approx FROM activity_figure WHERE ?1 = 0"
                                            : "SELECT activity_id, metric_id, target, target_approx, actual, "
                                              "actual_approx FROM activity_figure WHERE activity_id IN "
                                              "(SELECT id FROM activity WHERE campaign_id = ?1)");
    if (!assist.isValid() || !figures.isValid()) {
        t.error = assist.isValid() ? figures.errorString() : assist.errorString();
        return t;
    }
    assist.bind(1, campaignId);
    figures.bind(1, campaignId);
    while (assist.next())
        t.assisting[assist.integer(0)].append(assist.integer(1));
    while (figures.next()) {
        QList<MetricValue>& list = t.figures[figures.integer(0)];
        MetricValue v;
        v.metricId = figures.integer(1);
        v.target = {figures.real(2), figures.integer(3) != 0, !figures.isNull(2)};
        v.actual = {figures.real(4), figures.integer(5) != 0, !figures.isNull(4)};
        list.append(v);
    }
    if (t.error.isEmpty())
        t.error = !assist.errorString().isEmpty() ? assist.errorString() : figures.errorString();
    return t;
}

} // namespace

namespace ActivityLoader {

bool load(const QSqlDatabase& db, qint64 campaignId, QList<Activity>* result, QString* error)
{
    std::future<SideTables> side =
        std::async(std::launch::async, readSideTables, db.databaseName(), campaignId);

    SqliteStatement rows(
        db, "SELECT id, uuid, campaign_id, pillar_id, title, description, location, "
            "lead_department_id, owner, phone, start_date, end_date, date_text, deadline, status, progress, "
            "notes, created_ms, updated_ms FROM activity WHERE ?1 = 0 OR campaign_id = ?1 ORDER BY id");
    QList<Activity> out;
    if (rows.isValid()) {
        SqliteStatement count(db, "SELECT count(*) FROM activity WHERE ?1 = 0 OR campaign_id = ?1");
        count.bind(1, campaignId);
        if (count.next())
            out.reserve(count.integer(0));
        rows.bind(1, campaignId);
        while (rows.next()) {
            Activity a;
            a.id = rows.integer(cId);
            a.uuid = QUuid::fromString(rows.view(cUuid));
            a.campaignId = rows.integer(cCampaign);
            a.pillarId = rows.integer(cPillar);
            a.title = rows.text(cTitle);
            a.description = rows.text(cDescription);
            a.location = rows.text(cLocation);
            a.leadDepartmentId = rows.integer(cLead);
            a.owner = rows.text(cOwner);
            a.phone = rows.text(cPhone);
            a.start = rows.date(cStart);
            a.end = rows.date(cEnd);
            a.dateText = rows.text(cDateText);
            a.deadline = rows.date(cDeadline);
            ActivityStatuses::fromInt(int(rows.integer(cStatus)), &a.status);
            a.progress = int(rows.integer(cProgress));
            a.notes = rows.text(cNotes);
            a.created = QDateTime::fromMSecsSinceEpoch(rows.integer(cCreated), Qt::UTC);
            a.updated = QDateTime::fromMSecsSinceEpoch(rows.integer(cUpdated), Qt::UTC);
            out.append(std::move(a));
        }
    }
    SideTables t = side.get();
    const QString failure = !rows.errorString().isEmpty() ? rows.errorString() : t.error;
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    for (Activity& a : out) {
        if (const auto it = t.assisting.find(a.id); it != t.assisting.end())
            a.assistingDepartmentIds = std::move(*it);
        if (const auto it = t.figures.find(a.id); it != t.figures.end())
            a.figures = std::move(*it);
    }
    *result = std::move(out);
    return true;
}

} // namespace ActivityLoader
