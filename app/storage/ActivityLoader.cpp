#include "ActivityLoader.h"

#include "SqliteStatement.h"

#include <QHash>

#include <utility>

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

// Assisting departments and figures as (activity id, value) in primary-key order, so already sorted
// by activity: they are matched to the activities by walking both lists once (no hash of a million
// lists).
struct SideTables
{
    QList<std::pair<qint64, qint64>> assisting;
    QList<std::pair<qint64, MetricValue>> figures;
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
        connection,
        campaignId == 0
            ? "SELECT activity_id, department_id FROM activity_assist WHERE ?1 = 0 ORDER BY activity_id"
            : "SELECT activity_id, department_id FROM activity_assist WHERE "
              "activity_id IN (SELECT id FROM activity WHERE campaign_id = ?1) ORDER BY activity_id");
    SqliteStatement figures(connection,
                            campaignId == 0
                                ? "SELECT activity_id, metric_id, target, target_approx, actual, "
                                  "actual_approx FROM activity_figure WHERE ?1 = 0 ORDER BY activity_id"
                                : "SELECT activity_id, metric_id, target, target_approx, actual, "
                                  "actual_approx FROM activity_figure WHERE activity_id IN "
                                  "(SELECT id FROM activity WHERE campaign_id = ?1) ORDER BY activity_id");
    if (!assist.isValid() || !figures.isValid()) {
        t.error = assist.isValid() ? figures.errorString() : assist.errorString();
        return t;
    }
    assist.bind(1, campaignId);
    figures.bind(1, campaignId);
    while (assist.next())
        t.assisting.append({assist.integer(0), assist.integer(1)});
    while (figures.next()) {
        MetricValue v;
        v.metricId = figures.integer(1);
        v.target = {figures.real(2), figures.integer(3) != 0, !figures.isNull(2)};
        v.actual = {figures.real(4), figures.integer(5) != 0, !figures.isNull(4)};
        t.figures.append({figures.integer(0), v});
    }
    if (t.error.isEmpty())
        t.error = !assist.errorString().isEmpty() ? assist.errorString() : figures.errorString();
    return t;
}

// Equal texts share one QString: a plan repeats its places, owners, notes and descriptions, and a
// million activities hold a few thousand distinct ones, so sharing saves a third of the memory and
// most of the allocations. A column whose texts keep being new stops adding at kLimit distinct texts
// and only reuses what it holds.
class TextPool
{
public:
    QString take(QStringView text)
    {
        if (text.isEmpty())
            return QString(text.data(), 0); // null stays null, '' stays empty
        const size_t hash = qHash(text);
        size_t slot = find(text, hash);
        if (!m_slots[slot].text.isNull())
            return m_slots[slot].text;
        QString made(text.data(), text.size());
        if (m_count < kLimit) {
            if (2 * (m_count + 1) > m_slots.size()) {
                grow();
                slot = find(text, hash);
            }
            m_slots[slot] = {hash, made};
            ++m_count;
        }
        return made;
    }

private:
    static constexpr int kLimit = 1 << 16;
    struct Slot
    {
        size_t hash = 0;
        QString text;
    };

    // The slot holding `text`, or the empty slot where it belongs.
    size_t find(QStringView text, size_t hash) const
    {
        const size_t mask = size_t(m_slots.size()) - 1;
        size_t slot = hash & mask;
        while (!m_slots[slot].text.isNull() &&
               (m_slots[slot].hash != hash || QStringView(m_slots[slot].text) != text))
            slot = (slot + 1) & mask;
        return slot;
    }
    void grow()
    {
        const QList<Slot> old = std::exchange(m_slots, QList<Slot>(m_slots.size() * 2));
        for (const Slot& s : old)
            if (!s.text.isNull())
                m_slots[find(s.text, s.hash)] = s;
    }

    QList<Slot> m_slots = QList<Slot>(256); // a power of two, at most half full
    int m_count = 0;
};

// The campaign's rows (every row for campaign 0) in id order, appended to `out`.
constexpr const char* kRows = "SELECT id, uuid, campaign_id, pillar_id, title, description, location, "
                              "lead_department_id, owner, phone, start_date, end_date, date_text, deadline, "
                              "status, progress, notes, created_ms, updated_ms FROM activity WHERE ?1 = 0 OR "
                              "campaign_id = ?1 ORDER BY id";

QString readRows(SqliteStatement& rows, qint64 campaignId, QList<Activity>& out)
{
    if (!rows.isValid())
        return rows.errorString();
    rows.bind(1, campaignId);
    TextPool titles, descriptions, locations, owners, dateTexts, notes;
    while (rows.next()) {
        Activity& a = out.emplace_back();
        a.id = rows.integer(cId);
        a.uuid = QUuid::fromString(rows.view(cUuid));
        a.campaignId = rows.integer(cCampaign);
        a.pillarId = rows.integer(cPillar);
        a.title = titles.take(rows.view(cTitle));
        a.description = descriptions.take(rows.view(cDescription));
        a.location = locations.take(rows.view(cLocation));
        a.leadDepartmentId = rows.integer(cLead);
        a.owner = owners.take(rows.view(cOwner));
        a.phone = rows.text(cPhone); // nearly every one differs
        a.start = rows.date(cStart);
        a.end = rows.date(cEnd);
        a.dateText = dateTexts.take(rows.view(cDateText));
        a.deadline = rows.date(cDeadline);
        ActivityStatuses::fromInt(int(rows.integer(cStatus)), &a.status);
        a.progress = int(rows.integer(cProgress));
        a.notes = notes.take(rows.view(cNotes));
        a.created = QDateTime::fromMSecsSinceEpoch(rows.integer(cCreated), Qt::UTC);
        a.updated = QDateTime::fromMSecsSinceEpoch(rows.integer(cUpdated), Qt::UTC);
    }
    return rows.errorString();
}

} // namespace

namespace ActivityLoader {

bool load(const QSqlDatabase& db, qint64 campaignId, QList<Activity>* result, QString* error)
{
    std::future<SideTables> side =
        std::async(std::launch::async, readSideTables, db.databaseName(), campaignId);

    SqliteStatement counter(db, "SELECT count(*) FROM activity WHERE ?1 = 0 OR campaign_id = ?1");
    counter.bind(1, campaignId);
    QList<Activity> out;
    if (counter.next())
        out.reserve(counter.integer(0));
    SqliteStatement rows(db, kRows);
    QString failure = readRows(rows, campaignId, out);
    SideTables t = side.get();
    if (failure.isEmpty())
        failure = t.error;
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    // Both sides are in id order: one pass hands each activity its run of side rows.
    qsizetype assist = 0, figure = 0;
    for (Activity& a : out) {
        while (assist < t.assisting.size() && t.assisting[assist].first < a.id)
            ++assist;
        qsizetype end = assist;
        while (end < t.assisting.size() && t.assisting[end].first == a.id)
            ++end;
        if (end > assist) {
            a.assistingDepartmentIds.reserve(end - assist);
            for (; assist < end; ++assist)
                a.assistingDepartmentIds.append(t.assisting[assist].second);
        }
        while (figure < t.figures.size() && t.figures[figure].first < a.id)
            ++figure;
        end = figure;
        while (end < t.figures.size() && t.figures[end].first == a.id)
            ++end;
        if (end > figure) {
            a.figures.reserve(end - figure);
            for (; figure < end; ++figure)
                a.figures.append(t.figures[figure].second);
        }
    }
    *result = std::move(out);
    return true;
}

} // namespace ActivityLoader
