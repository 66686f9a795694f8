#include "ActivityLoader.h"

#include "SqliteStatement.h"
#include "TextPool.h"

#include <QCoreApplication>

#include <atomic>
#include <future>
#include <utility>

#ifdef __linux__
#include <sys/mman.h>
#endif

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

// Activity ids [first, last] of the campaign (every campaign for 0) and how many there are.
struct Span
{
    qint64 count = 0;
    qint64 first = 0;
    qint64 last = -1;
};

// The campaign's rows (every row for campaign 0) with ids in [?2, ?3], ascending or descending.
#define CP_ACTIVITY_ROWS                                                                                     \
    "SELECT id, uuid, campaign_id, pillar_id, title, description, location, lead_department_id, owner, "     \
    "phone, start_date, end_date, date_text, deadline, status, progress, notes, created_ms, updated_ms "     \
    "FROM activity WHERE (?1 = 0 OR campaign_id = ?1) AND id BETWEEN ?2 AND ?3 "
constexpr const char* kRowsUp = CP_ACTIVITY_ROWS "ORDER BY id";
constexpr const char* kRowsDown = CP_ACTIVITY_ROWS "ORDER BY id DESC";
#undef CP_ACTIVITY_ROWS

// A side table's rows grouped by activity, in activity id order: (activity id, its list).
template <typename T> using Runs = QList<std::pair<qint64, QList<T>>>;

// Reads `sql` (bound to an id range, ordered by activity) into runs. Each activity's list is made
// here with its exact size, on the reading thread, so the open hands it over with a move: a million
// activities own two million small lists.
template <typename T, typename Read>
QString readRuns(const QString& path, const char* sql, qint64 first, qint64 last, Read read, Runs<T>* out,
                 const std::atomic<bool>* cancel)
{
    SqliteConnection connection(path);
    if (!connection.isOpen())
        return connection.errorString();
    SqliteStatement rows(connection, sql);
    if (!rows.isValid())
        return rows.errorString();
    rows.bind(1, first);
    rows.bind(2, last);
    QList<T> current;
    qint64 activity = 0;
    const auto flush = [&] {
        if (!current.isEmpty())
            out->emplaceBack(activity, QList<T>(current.cbegin(), current.cend()));
        current.clear(); // keeps its capacity
    };
    while (rows.next()) {
        if (rows.integer(0) != activity) {
            flush();
            activity = rows.integer(0);
            if (cancel && out->size() % 4096 == 0 && cancel->load(std::memory_order_relaxed))
                break;
        }
        current.append(read(rows));
    }
    flush();
    return rows.errorString();
}

// Side rows of activities outside the campaign (in its id range) find no activity and are skipped.
template <typename T> void handOver(QList<Activity>& activities, Runs<T>& runs, QList<T> Activity::*member)
{
    auto a = activities.begin();
    for (auto& [id, list] : runs) {
        while (a != activities.end() && a->id < id)
            ++a;
        if (a == activities.end())
            return;
        if (a->id == id)
            (*a).*member = std::move(list);
    }
}

void readRow(const SqliteStatement& rows, Activity& a, TextPool* pools)
{
    a.id = rows.integer(cId);
    a.uuid = QUuid::fromString(rows.view(cUuid));
    a.campaignId = rows.integer(cCampaign);
    a.pillarId = rows.integer(cPillar);
    a.title = pools[0].take(rows.view(cTitle));
    a.description = pools[1].take(rows.view(cDescription));
    a.location = pools[2].take(rows.view(cLocation));
    a.leadDepartmentId = rows.integer(cLead);
    a.owner = pools[3].take(rows.view(cOwner));
    a.phone = rows.text(cPhone); // nearly every one differs
    a.start = rows.date(cStart);
    a.end = rows.date(cEnd);
    a.dateText = pools[4].take(rows.view(cDateText));
    a.deadline = rows.date(cDeadline);
    ActivityStatuses::fromInt(int(rows.integer(cStatus)), &a.status);
    a.progress = int(rows.integer(cProgress));
    a.notes = pools[5].take(rows.view(cNotes));
    a.created = QDateTime::fromMSecsSinceEpoch(rows.integer(cCreated), Qt::UTC);
    a.updated = QDateTime::fromMSecsSinceEpoch(rows.integer(cUpdated), Qt::UTC);
}

// Fills out[from], out[from + step], … from `rows` (already bound); *filled says how many. A step
// of -1 fills from the end towards the front. Each slot is first claimed from `free`, so two readers
// filling from both ends never meet even if the file held more rows than were counted (*overflow).
QString readRows(SqliteStatement& rows, Activity* out, qsizetype from, int step, std::atomic<qsizetype>& free,
                 qsizetype* filled, bool* overflow, ActivityLoader::Progress* progress)
{
    TextPool pools[6]; // title, description, location, owner, date text, notes
    qsizetype n = 0;
    constexpr qsizetype kReport = 4096; // rows between looks at the progress
    while (rows.next()) {
        if (progress && n % kReport == kReport - 1) {
            progress->done.fetch_add(kReport, std::memory_order_relaxed);
            if (progress->cancel.load(std::memory_order_relaxed))
                break;
        }
        if (free.fetch_sub(1, std::memory_order_relaxed) <= 0) {
            *overflow = true;
            break;
        }
        readRow(rows, out[from + step * n], pools);
        ++n;
    }
    *filled = n;
    return rows.errorString();
}

// A million activities fill some 300 MB that is written once, page by page: on 4 KiB pages that is
// 75 000 page faults, a sixth of the open's time. Transparent huge pages take 512 times fewer where
// the kernel offers them on request (the common "madvise" setting); elsewhere this does nothing.
void adviseHugePages(const void* data, qsizetype bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr quintptr kHuge = 2 * 1024 * 1024;
    const quintptr begin = (quintptr(data) + kHuge - 1) & ~(kHuge - 1);
    const quintptr end = (quintptr(data) + quintptr(bytes)) & ~(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

// Below this many activities one thread reads the rows: another connection costs more than it saves.
constexpr qint64 kSplitRows = 20000;

} // namespace

namespace ActivityLoader {

namespace {

// `connection` is the one the range and the first half are read on: the caller's, or one of its own.
template <typename Front>
bool loadOn(const Front& connection, const QString& path, qint64 campaignId, QList<Activity>* result,
            QString* error, Progress* progress)
{
    Span span;
    {
        SqliteStatement range(connection,
                              campaignId == 0
                                  ? "SELECT count(*), min(id), max(id) FROM activity WHERE ?1 = 0"
                                  : "SELECT count(*), min(id), max(id) FROM activity WHERE campaign_id = ?1");
        range.bind(1, campaignId);
        if (!range.next()) {
            *error = range.errorString();
            return false;
        }
        if (range.integer(0) == 0) {
            result->clear();
            return true;
        }
        span = {range.integer(0), range.integer(1), range.integer(2)};
    }
    if (progress)
        progress->total = span.count;
    const std::atomic<bool>* cancel = progress ? &progress->cancel : nullptr;
    // The work is cut in five, so two cores (or more) stay busy to the end: the activity rows from
    // both ends of the id range, their assisting departments, and their figures (most of the bytes)
    // in two halves. Each side task has its own read-only connection.
    const qint64 middle = span.count >= kSplitRows ? span.first + (span.last - span.first) / 2 : span.last;
    const auto readAssisting = [](const SqliteStatement& r) { return r.integer(1); };
    const auto readFigure = [](const SqliteStatement& r) {
        MetricValue v;
        v.metricId = r.integer(1);
        v.target = {r.real(2), r.integer(3) != 0, !r.isNull(2)};
        v.actual = {r.real(4), r.integer(5) != 0, !r.isNull(4)};
        return v;
    };
    constexpr const char* kAssisting = "SELECT activity_id, department_id FROM activity_assist "
                                       "WHERE activity_id BETWEEN ?1 AND ?2 ORDER BY activity_id";
    constexpr const char* kFigures =
        "SELECT activity_id, metric_id, target, target_approx, actual, actual_approx "
        "FROM activity_figure WHERE activity_id BETWEEN ?1 AND ?2 ORDER BY activity_id";
    Runs<qint64> assisting;
    Runs<MetricValue> figuresFront, figuresBack;
    std::future<QString> assistingRead = std::async(std::launch::async, [&] {
        return readRuns(path, kAssisting, span.first, span.last, readAssisting, &assisting, cancel);
    });
    std::future<QString> figuresFrontRead = std::async(std::launch::async, [&] {
        return readRuns(path, kFigures, span.first, middle, readFigure, &figuresFront, cancel);
    });
    std::future<QString> figuresBackRead = std::async(std::launch::async, [&] {
        return middle < span.last
                   ? readRuns(path, kFigures, middle + 1, span.last, readFigure, &figuresBack, cancel)
                   : QString();
    });

    // Every slot is made up front (empty strings and lists) and filled in place: ids up to the middle
    // from the front on this connection, the rest from the back on another.
    QList<Activity> out;
    out.reserve(span.count);
    adviseHugePages(out.constData(),
                    span.count * qsizetype(sizeof(Activity))); // before the pages are touched
    out.resize(span.count);
    std::atomic<qsizetype> free{span.count};
    bool overflowFront = false, overflowBack = false;
    qsizetype front = 0, back = 0;
    std::future<QString> backRead = std::async(std::launch::async, [&]() -> QString {
        if (middle >= span.last)
            return {};
        SqliteConnection own(path);
        if (!own.isOpen())
            return own.errorString();
        SqliteStatement rows(own, kRowsDown);
        if (!rows.isValid())
            return rows.errorString();
        rows.bind(1, campaignId);
        rows.bind(2, middle + 1);
        rows.bind(3, span.last);
        return readRows(rows, out.data(), span.count - 1, -1, free, &back, &overflowBack, progress);
    });
    QString failure;
    SqliteStatement rows(connection, kRowsUp);
    if (rows.isValid()) {
        rows.bind(1, campaignId);
        rows.bind(2, span.first);
        rows.bind(3, middle);
        failure = readRows(rows, out.data(), 0, 1, free, &front, &overflowFront, progress);
    } else {
        failure = rows.errorString();
    }
    for (std::future<QString>* task : {&backRead, &assistingRead, &figuresFrontRead, &figuresBackRead}) {
        const QString taskFailure = task->get(); // every task is waited for: they write into locals
        if (failure.isEmpty())
            failure = taskFailure;
    }
    if (failure.isEmpty() && progress && progress->cancel)
        failure = QCoreApplication::translate("ActivityLoader", "Opening was cancelled.");
    if (failure.isEmpty() && (overflowFront || overflowBack || front + back != span.count))
        failure = QCoreApplication::translate(
            "ActivityLoader", "The file changed while its activities were read. Open it again.");
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    handOver(out, assisting, &Activity::assistingDepartmentIds);
    handOver(out, figuresFront, &Activity::figures);
    handOver(out, figuresBack, &Activity::figures);
    if (progress)
        progress->done = span.count;
    *result = std::move(out);
    return true;
}

} // namespace

bool load(const QSqlDatabase& db, qint64 campaignId, QList<Activity>* out, QString* error)
{
    return loadOn(db, db.databaseName(), campaignId, out, error, nullptr);
}

bool load(const QString& path, qint64 campaignId, QList<Activity>* out, QString* error, Progress* progress)
{
    SqliteConnection front(path);
    if (!front.isOpen()) {
        *error = front.errorString();
        return false;
    }
    return loadOn(front, path, campaignId, out, error, progress);
}

} // namespace ActivityLoader
