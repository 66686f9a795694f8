#pragma once

#include <QtGlobal>

// What an imported package may claim before it is refused as a zip bomb or plain damage. Checked
// against the zip's own headers first and against the bytes actually inflated while reading.
struct PackageLimits
{
    qint64 maxTotalBytes = qint64(32) << 30; // all entries together, uncompressed
    qint64 maxEntryBytes = qint64(16) << 30;
    qint64 maxManifestBytes = qint64(64) << 20;
    int maxEntries = 50000;
    double maxRatio = 200.0;             // uncompressed ÷ compressed …
    qint64 ratioFloor = qint64(1) << 20; // … for entries larger than this
};
