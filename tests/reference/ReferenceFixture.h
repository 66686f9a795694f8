#pragma once

#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "Database.h"

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
        QString error;
        const QList<Campaign> all = CampaignRepository(*db).list(&error);
        return all.isEmpty() ? 0 : all.first().id;
    }
};
