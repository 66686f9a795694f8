#pragma once

#include "CampaignFile.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "Workspace.h"

#include <QTemporaryDir>
#include <QTest>

// A fresh campaign file per test (the template plus `activities` generated ones) in its own folder.
struct TestFile
{
    QTemporaryDir dir;
    QString path;

    explicit TestFile(int activities = 0, quint32 seed = 3)
    {
        path = dir.filePath(QStringLiteral("test.campaign"));
        QString error;
        std::unique_ptr<Database> db = CampaignFile::createDefault(path, &error);
        if (!db)
            qFatal("cannot create test file: %s", qPrintable(error));
        if (activities > 0 && !DemoGenerator::populate(*db, activities, seed, &error))
            qFatal("cannot populate test file: %s", qPrintable(error));
    }

    std::unique_ptr<Workspace> open(const Clock& clock) const
    {
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(path, clock, &error);
        if (!ws)
            qFatal("cannot open test file: %s", qPrintable(error));
        return ws;
    }
};
