#include "IcsWriter.h"

#include "ActivityFilter.h"
#include "IcsEvent.h"
#include "IcsText.h"
#include "WriteFailure.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QUuid>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("IcsWriter", text);
}

QString bare(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Campaign rows carry no uuid in memory, so their events get name-based (v5) uuids from the unit and
// year: the same file exports the same UIDs every time.
QString campaignUid(const CampaignSnapshot& s, const char* what)
{
    static const QUuid ns(QStringLiteral("6f1d8f52-3c1e-4d55-9a57-2c0f0b6a4e11"));
    const QString key =
        QStringLiteral("%1/%2/%3").arg(s.unit.name).arg(s.campaign.campaign.year).arg(QLatin1String(what));
    return bare(QUuid::createUuidV5(ns, key)) + QStringLiteral("@campaign-planner");
}

const char* vtimezone = "BEGIN:VTIMEZONE\r\n"
                        "TZID:Asia/Shanghai\r\n"
                        "X-LIC-LOCATION:Asia/Shanghai\r\n"
                        "BEGIN:STANDARD\r\n"
                        "TZOFFSETFROM:+0800\r\n"
                        "TZOFFSETTO:+0800\r\n"
                        "TZNAME:CST\r\n"
                        "DTSTART:19700101T000000\r\n"
                        "END:STANDARD\r\n"
                        "END:VTIMEZONE\r\n";

} // namespace

QString IcsWriter::activityUid(const Activity& a)
{
    return bare(a.uuid) + QStringLiteral("@campaign-planner");
}

QString IcsWriter::deadlineUid(const Activity& a)
{
    return bare(a.uuid) + QStringLiteral("-deadline@campaign-planner");
}

bool IcsWriter::produce(const CampaignSnapshot& s, const Options& options,
                        const std::function<bool(QByteArray& chunk, bool last)>& flush)
{
    const Campaign& c = s.campaign.campaign;
    const QDateTime fallback =
        options.fallbackStamp.isValid() ? options.fallbackStamp : QDateTime(c.start, QTime(0, 0), Qt::UTC);
    QString name = s.unit.name.isEmpty() ? c.title : s.unit.name + QLatin1Char(' ') + c.title;
    if (options.departmentId != 0)
        name += QStringLiteral(" — ") + s.departmentName(options.departmentId);

    // Events collect in a chunk that is handed on every 64 KiB: the calendar is never held whole.
    constexpr qsizetype chunk = 64 * 1024;
    QByteArray out;
    out.reserve(chunk + 8192);
    out += "BEGIN:VCALENDAR\r\n";
    out += "VERSION:2.0\r\n";
    out += IcsText::line(
        QStringLiteral("PRODID:-//Campaign Planner//Campaign Planner %1//ZH").arg(QLatin1String(CP_VERSION)));
    out += "CALSCALE:GREGORIAN\r\n";
    out += IcsText::line(QStringLiteral("X-WR-CALNAME:") + IcsText::escape(name));
    out += "X-WR-TIMEZONE:Asia/Shanghai\r\n";
    out += vtimezone;

    if (c.start.isValid()) {
        IcsEvent e(campaignUid(s, "period"), fallback);
        e.setSummary(c.title.isEmpty() ? tr("Campaign") : c.title);
        e.setDates(c.start, c.end.isValid() ? c.end : c.start);
        e.setDescription(c.theme);
        out += e.toBytes();
    }
    if (c.summaryDeadline.isValid()) {
        IcsEvent e(campaignUid(s, "summary-deadline"), fallback);
        e.setSummary(tr("Deadline: campaign summary to %1")
                         .arg(c.recipient.isEmpty() ? tr("the superior authority") : c.recipient));
        e.setDates(c.summaryDeadline, c.summaryDeadline);
        e.setAlarm(tr("The campaign summary is due tomorrow."));
        out += e.toBytes();
    }

    ActivityFilter filter;
    filter.departmentId = options.departmentId;
    const qint64 total = s.activities.size();
    qint64 done = 0;
    for (const Activity& a : s.activities) {
        ++done;
        if (out.size() >= chunk) {
            if (!flush(out, false) || (options.progress && !options.progress(done, total)))
                return false;
            out.clear();
        }
        if (!filter.matches(a, QDate()))
            continue;
        const QDateTime stamp =
            a.updated.isValid() ? a.updated : (a.created.isValid() ? a.created : fallback);
        const Pillar* pillar = s.pillar(a.pillarId);
        const QString description = IcsEvent::describe(a, s);
        const QDate first = a.start.isValid() ? a.start : a.end;
        if (first.isValid()) {
            IcsEvent e(activityUid(a), stamp);
            e.setSummary(a.title);
            e.setDates(first, a.end.isValid() ? std::max(a.end, first) : first);
            e.setDescription(description);
            e.setLocation(a.location);
            e.setCategory(pillar ? pillar->shortName : QString());
            e.setStatus(a.status);
            e.setTimes(a.created, a.updated);
            out += e.toBytes();
        }
        if (a.deadline.isValid()) {
            IcsEvent e(deadlineUid(a), stamp);
            e.setSummary(tr("Deadline: %1").arg(a.title));
            e.setDates(a.deadline, a.deadline);
            e.setDescription(description);
            e.setCategory(pillar ? pillar->shortName : QString());
            e.setStatus(a.status);
            e.setTimes(a.created, a.updated);
            if (!ActivityStatuses::isClosed(a.status))
                e.setAlarm(tr("Due tomorrow: %1").arg(a.title));
            out += e.toBytes();
        }
    }
    out += "END:VCALENDAR\r\n";
    return flush(out, true);
}

QByteArray IcsWriter::render(const CampaignSnapshot& snapshot, const Options& options)
{
    QByteArray all;
    produce(snapshot, options, [&](QByteArray& chunk, bool) {
        all += chunk;
        return true;
    });
    return all;
}

bool IcsWriter::write(const CampaignSnapshot& snapshot, const Options& options, QIODevice* out,
                      QString* error)
{
    bool written = true;
    const bool complete = produce(snapshot, options, [&](QByteArray& chunk, bool) {
        written = out->write(chunk) == chunk.size();
        return written;
    });
    if (!written) {
        *error = tr("Could not write the calendar: %1").arg(WriteFailure::reason(*out));
        return false;
    }
    if (!complete) {
        *error = tr("The calendar export was cancelled.");
        return false;
    }
    return true;
}
