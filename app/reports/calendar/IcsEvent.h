#pragma once

#include "ActivityStatus.h"
#include "CampaignSnapshot.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

// One all-day VEVENT being assembled; toBytes() gives its folded CRLF lines. Empty texts are left out.
class IcsEvent
{
public:
    IcsEvent(QString uid, QDateTime stamp) : m_uid(std::move(uid)), m_stamp(std::move(stamp)) {}

    void setSummary(const QString& text) { m_summary = text; }
    void setDescription(const QString& text) { m_description = text; }
    void setLocation(const QString& text) { m_location = text; }
    void setCategory(const QString& text) { m_category = text; }
    // Inclusive first and last day; written with the exclusive DTEND the standard asks for.
    void setDates(QDate first, QDate last);
    void setStatus(ActivityStatus status) { m_status = status; }
    void setTimes(const QDateTime& created, const QDateTime& modified);
    // A display reminder the day before.
    void setAlarm(const QString& text) { m_alarm = text; }

    QByteArray toBytes() const;

    // The DESCRIPTION text of an activity: its description and who is responsible, one fact per line.
    static QString describe(const Activity& a, const CampaignSnapshot& s);

private:
    QString m_uid;
    QDateTime m_stamp;
    QString m_summary, m_description, m_location, m_category, m_alarm;
    QDate m_first, m_last;
    ActivityStatus m_status = ActivityStatus::NotStarted;
    QDateTime m_created, m_modified;
};
