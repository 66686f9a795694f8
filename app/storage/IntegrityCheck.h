#pragma once

#include "MediaCheck.h"

#include <QString>

// `campaign-planner check`: opens a file read-only and runs SQLite's integrity and foreign-key
// checks, then checks the media folder against the rows naming it. Never writes, so it is safe on a
// file another program has open.
struct IntegrityReport
{
    bool healthy = false;
    int schemaVersion = -1;
    qint64 activities = 0;
    QString reason; // one translated line when not healthy
    MediaCheckResult media;
};

namespace IntegrityCheck {
IntegrityReport run(const QString& path);
} // namespace IntegrityCheck
