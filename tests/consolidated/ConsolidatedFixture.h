#pragma once

#include "PackageFixture.h"

#include "ActivityRepository.h"
#include "CampaignSummary.h"
#include "PackageImport.h"
#include "SnapshotLoader.h"

// An upper level (某市) that imported the packages of three counties with different figures. Each unit
// reports three of the campaign's metrics on its first activity, so the expected sums are known:
// metric 0 from every unit (阿荣旗's part approximate), metric 1 from two units only, metric 2 exact from
// all.
namespace ConsolidatedFixture {

using namespace PackageFixture;

inline const QDate today{2021, 9, 20}; // the date PackageFixture::exportPackage summarizes at

struct Unit
{
    QString file;
    QString name;
    QString region;
    int activities;
    QList<Amount> actuals; // per metric 0..2; unset = not reported
};

inline Amount exact(double v)
{
    return {v, false, true};
}

inline const QList<Unit>& counties()
{
    static const QList<Unit> units = {
        {QStringLiteral("a.campaign"),
         QStringLiteral("月湖区市场监督管理局"),
         QStringLiteral("月湖区"),
         7,
         {exact(10), exact(100), exact(1)}},
        {QStringLiteral("b.campaign"),
         QStringLiteral("一方县市场监督管理局"),
         QStringLiteral("一方县"),
         11,
         {exact(20), exact(200), exact(2)}},
        {QStringLiteral("c.campaign"),
         QStringLiteral("阿荣旗市场监督管理局"),
         QStringLiteral("阿荣旗"),
         4,
         {{30, true, true}, {}, exact(3)}},
    };
    return units;
}

inline const Unit& upper()
{
    static const Unit u{QStringLiteral("upper.campaign"),
                        QStringLiteral("某市市场监督管理局"),
                        QStringLiteral("某市"),
                        5,
                        {exact(5), {}, exact(4)}};
    return u;
}

inline const QString trickyTitle = QStringLiteral("制作、群发“质量月”公益宣传手机短信10000条");

// Creates the unit's file; only its first activity carries figures, each with a target of 50.
inline std::unique_ptr<Database> create(const QString& dir, const Unit& u, bool tricky)
{
    auto db = createUnit(QDir(dir).filePath(u.file), u.name, u.activities);
    QString error;
    UnitProfile profile{u.name, u.region, UnitProfile::Level::County};
    if (!ProfileRepository(*db).save(profile, &error))
        qFatal("%s", qPrintable(error));
    CampaignSnapshot s;
    if (!SnapshotLoader::load(*db, 0, &s, &error) || s.campaign.metrics.size() < 3)
        qFatal("no campaign with three metrics: %s", qPrintable(error));
    QList<Activity> acts = s.activities;
    for (Activity& a : acts)
        a.figures.clear();
    for (int i = 0; i < 3; ++i)
        acts[0].figures.append({s.campaign.metrics[i].id, exact(50), u.actuals[i]});
    acts[0].status = ActivityStatus::Done; // so its targets count (a cancelled one plans nothing)
    acts[0].progress = 100;
    if (tricky)
        acts[0].title = trickyTitle;
    if (!ActivityRepository(*db).update(acts, &error))
        qFatal("%s", qPrintable(error));
    return db;
}

inline CampaignSummary summary(const Database& db)
{
    CampaignSnapshot s;
    QString error;
    if (!SnapshotLoader::load(db, 0, &s, &error))
        qFatal("%s", qPrintable(error));
    return Summary::summarize(s.campaign, s.activities, s.departments, today);
}

} // namespace ConsolidatedFixture
