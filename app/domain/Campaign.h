#pragma once

#include "CampaignState.h"
#include "LocalNotice.h"
#include "Metric.h"

#include <QDate>
#include <QList>
#include <QString>

// One content pillar (活动内容) of a campaign, e.g. "（一）开展质量主题宣传，倡导质量第一意识".
struct Pillar
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int position = 0;
    QString title;
    QString shortName;
    QString fullText;
    QString colour; // "#rrggbb", the same in the table, the charts and the reports

    friend bool operator==(const Pillar&, const Pillar&) = default;
};

// A national co-organizer (主办单位) named in the notice, with its main activities (附件1) as free text.
struct Organizer
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int position = 0;
    QString name;
    QString activities;

    friend bool operator==(const Organizer&, const Organizer&) = default;
};

struct Slogan
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int position = 0;
    QString text;

    friend bool operator==(const Slogan&, const Slogan&) = default;
};

// One of the notice's 活动要求, e.g. "高度重视，加强组织" with its paragraph.
struct Requirement
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int position = 0;
    QString title;
    QString text;

    friend bool operator==(const Requirement&, const Requirement&) = default;
};

// One year's Quality Month as the notice defines it. Nothing here is specific to 2021.
struct Campaign
{
    qint64 id = 0;
    int year = 0;
    QString title;
    QString theme;
    QString documentNumber;
    QString issuingBody;
    QDate issuedOn;
    QDate start;
    QDate end;
    QDate summaryDeadline;
    QString recipient;
    CampaignState state = CampaignState::Planning;
    // False while the notice's content (pillars, requirements…) is not in the file: a built-in year
    // whose notice is only partly known. The campaign form asks to import the notice.
    bool contentComplete = true;

    // "第44个全国质量月" for 2021: the count started in 1978. Computed, never stored.
    static constexpr int ordinalOf(int year) { return year - 1977; }
    int ordinal() const { return ordinalOf(year); }

    friend bool operator==(const Campaign&, const Campaign&) = default;
};

// A campaign with everything the notice lists; what the template and "New campaign from…" copy.
struct CampaignContent
{
    Campaign campaign;
    QList<Pillar> pillars;
    QList<Organizer> organizers;
    QList<Slogan> slogans;
    QList<Requirement> requirements;
    QList<Metric> metrics;
    QList<LocalNotice> localNotices; // next to the national notice, in position order
};
