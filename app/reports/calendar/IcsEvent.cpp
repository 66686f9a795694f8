#include "IcsEvent.h"

#include "IcsText.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("IcsEvent", text);
}

} // namespace

void IcsEvent::setDates(QDate first, QDate last)
{
    m_first = first;
    m_last = last < first ? first : last;
}

void IcsEvent::setTimes(const QDateTime& created, const QDateTime& modified)
{
    m_created = created;
    m_modified = modified;
}

QByteArray IcsEvent::toBytes() const
{
    using namespace IcsText;
    QByteArray out = "BEGIN:VEVENT\r\n";
    out += line(QStringLiteral("UID:") + m_uid);
    out += line(QStringLiteral("DTSTAMP:") + utcDateTime(m_stamp));
    out += line(QStringLiteral("DTSTART;VALUE=DATE:") + date(m_first));
    out += line(QStringLiteral("DTEND;VALUE=DATE:") + date(m_last.addDays(1)));
    out += line(QStringLiteral("SUMMARY:") + escape(m_summary));
    if (!m_description.isEmpty())
        out += line(QStringLiteral("DESCRIPTION:") + escape(m_description));
    if (!m_location.isEmpty())
        out += line(QStringLiteral("LOCATION:") + escape(m_location));
    if (!m_category.isEmpty())
        out += line(QStringLiteral("CATEGORIES:") + escape(m_category));
    out += m_status == ActivityStatus::Cancelled ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n";
    // All-day plan entries should not mark the whole day busy in Outlook.
    out += "TRANSP:TRANSPARENT\r\n";
    if (m_created.isValid())
        out += line(QStringLiteral("CREATED:") + utcDateTime(m_created));
    if (m_modified.isValid())
        out += line(QStringLiteral("LAST-MODIFIED:") + utcDateTime(m_modified));
    if (!m_alarm.isEmpty()) {
        out += "BEGIN:VALARM\r\n";
        out += "ACTION:DISPLAY\r\n";
        out += "TRIGGER:-P1D\r\n";
        out += line(QStringLiteral("DESCRIPTION:") + escape(m_alarm));
        out += "END:VALARM\r\n";
    }
    out += "END:VEVENT\r\n";
    return out;
}

QString IcsEvent::describe(const Activity& a, const CampaignSnapshot& s)
{
    QStringList lines;
    if (!a.description.isEmpty())
        lines << a.description;
    if (a.leadDepartmentId != 0)
        lines << tr("Lead: %1").arg(s.departmentName(a.leadDepartmentId));
    QStringList helpers;
    for (qint64 id : a.assistingDepartmentIds)
        helpers << s.departmentName(id);
    if (!helpers.isEmpty())
        lines << tr("Assisting: %1").arg(helpers.join(QStringLiteral("、")));
    if (!a.owner.isEmpty())
        lines << tr("Contact: %1 %2").arg(a.owner, a.phone).trimmed();
    lines << tr("Status: %1 (%2%)").arg(ActivityStatuses::displayName(a.status)).arg(a.progress);
    if (a.deadline.isValid())
        lines << tr("Deadline: %1").arg(a.deadline.toString(Qt::ISODate));
    if (!a.notes.isEmpty())
        lines << a.notes;
    return lines.join(QLatin1Char('\n'));
}
