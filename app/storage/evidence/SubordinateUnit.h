#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

// What an upper level keeps of a subordinate unit's report package: the unit, its figures as the
// manifest gave them, and its activities with their evidence (files in this file's media store).
struct SubordinateEvidence
{
    QString sha256;
    int kind = 0; // Attachment::Kind
    QString fileName;
    QString caption;
    QDateTime taken;
};

struct SubordinateActivity
{
    qint64 id = 0;
    QUuid uuid;
    QString pillar;
    QString title;
    QString leadDepartment;
    QDate start;
    QDate end;
    int status = 0; // ActivityStatus
    int progress = 0;
    QDateTime updated;
    QList<SubordinateEvidence> evidence;
};

struct SubordinateUnit
{
    qint64 id = 0;
    QUuid uuid;
    QString name;
    QString region;
    int level = 0; // UnitProfile::Level
    int campaignYear = 0;
    QString campaignTitle;
    QDateTime packageCreated;
    QDateTime imported;
    QByteArray figures; // the manifest's "figures" object, JSON
};
