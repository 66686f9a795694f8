#pragma once

#include <QString>

// `campaign-planner check`: opens a file read-only and runs SQLite's integrity and foreign-key
// checks. Never writes, so it is safe on a file another program has open.
struct IntegrityReport
{
    bool healthy = false;
    int schemaVersion = -1;
    qint64 activities = 0;
    QString reason; // one translated line when not healthy
};

namespace IntegrityCheck {
IntegrityReport run(const QString& path);
} // namespace IntegrityCheck
