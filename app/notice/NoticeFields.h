#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Who issued a notice: the national one (市场监管总局等N个部门) or a local one that localises it.
enum class NoticeLevel { National, Provincial, Prefectural, County };

// One recognised value and the sentence (or line) of the notice it was read from, for the review
// dialog. An empty value was not found; an empty source means the value was derived, not read.
struct NoticeValue
{
    QString value;
    QString source;

    bool found() const { return !value.isEmpty(); }
    friend bool operator==(const NoticeValue&, const NoticeValue&) = default;
};

// A numbered item with its paragraph: a pillar (title, short name, text), a requirement (title, text)
// or an organizer's main activities (name in `title`, activities in `text`).
struct NoticeItem
{
    QString title;
    QString shortName;
    QString text;
    QString source;

    friend bool operator==(const NoticeItem&, const NoticeItem&) = default;
};

// Everything NoticeReader recognises in one notice, all as text the user can still correct.
// Dates are ISO (yyyy-MM-dd), the month yyyy-MM, counts decimal.
struct NoticeFields
{
    NoticeLevel level = NoticeLevel::National;
    QString levelSource;
    NoticeValue title;          // 关于开展2021年全国“质量月”活动的通知
    NoticeValue year;           // 2021
    NoticeValue documentNumber; // 国市监质发〔2021〕51号
    NoticeValue issuingBody;    // 市场监管总局等20个部门
    NoticeValue bodyCount;      // 20
    QStringList bodies;         // the signature block or a listed 附件 of bodies
    QString bodiesSource;
    NoticeValue theme;
    NoticeValue month;    // 2021-09
    NoticeValue issuedOn; // 2021-08-20
    QList<NoticeItem> pillars;
    QList<NoticeItem> requirements;
    QList<NoticeItem> organizers;
    QStringList slogans;
    QString slogansSource;
    NoticeValue summaryDeadline; // 2021-10-15
    NoticeValue recipient;

    friend bool operator==(const NoticeFields&, const NoticeFields&) = default;
};
