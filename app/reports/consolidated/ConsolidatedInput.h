#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// One activity line of a unit in the consolidated report: what the sending unit's package said.
struct ConsolidatedActivity
{
    QString title;
    QString pillar;
    QString leadDepartment;
    int status = 0;   // ActivityStatus
    int evidence = 0; // files sent up with it (the own unit: its chosen attachments)
};

// One unit of the consolidation. `figures` is PackageFigures::toJson of the unit's own summary: the
// subordinates' as their packages carried them, the own unit's computed the same way from this file,
// and in shared mode every unit's on the server computed the same way from its rows there.
struct ConsolidatedUnit
{
    // Where the unit's figures come from: the open campaign file (the own unit), an imported report
    // package (a unit that stays offline), or the shared server, read live.
    enum class Source { File, Package, Server };

    QString name;
    QString region;
    QDateTime received; // the package's time; for the server, when it was read; invalid for the file
    Source source = Source::File;
    qint64 id = 0; // the server's unit id (Server), the imported unit's id (Package); 0 for the file
    QJsonObject figures;
    QList<ConsolidatedActivity> activities;
};

// Everything the consolidated summary (汇总报告) prints, loaded once (ConsolidatedSource::load) so
// that the writers never touch the database and can run in a worker thread.
struct ConsolidatedInput
{
    ConsolidatedUnit own;
    QString campaignTitle;
    int year = 0;
    QDate today;
    QList<ConsolidatedUnit> subordinates; // by name, in Chinese (pinyin) order
};
