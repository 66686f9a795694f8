#pragma once

#include "ActivityRepository.h"
#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "DepartmentRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A fresh campaign file made from the built-in template in its own temporary folder.
struct ReferenceFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> db;

    bool create()
    {
        path = dir.filePath(QStringLiteral("reference.campaign"));
        QString error;
        db = CampaignFile::createDefault(path, &error);
        if (!db)
            qWarning() << error;
        return db != nullptr;
    }
    // Closes and reopens the file so a test reads what really reached the disk.
    bool reopen()
    {
        db.reset();
        QString error;
        db = Database::open(path, &error);
        if (!db)
            qWarning() << error;
        return db != nullptr;
    }
    qint64 firstCampaignId() const
    {
        const QList<Campaign> all = campaigns();
        return all.isEmpty() ? 0 : all.first().id;
    }
    // What the file holds now; a file that cannot be read ends the test.
    QList<Campaign> campaigns() const
    {
        QList<Campaign> out;
        QString error;
        if (!CampaignRepository(*db).list(&out, &error))
            qFatal("%s", qPrintable(error));
        return out;
    }
    QList<Department> departments() const
    {
        QList<Department> out;
        QString error;
        if (!DepartmentRepository(*db).list(&out, &error))
            qFatal("%s", qPrintable(error));
        return out;
    }
    QList<Activity> activities(qint64 campaignId) const
    {
        QList<Activity> out;
        QString error;
        if (!ActivityRepository(*db).loadAll(campaignId, &out, &error))
            qFatal("%s", qPrintable(error));
        return out;
    }
};
