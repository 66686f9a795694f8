#pragma once

#include "SubordinateUnit.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// One file inside a report package and the SHA-256 of its bytes.
struct PackageFileEntry
{
    QString path;
    QString sha256;
    qint64 size = 0;
};

// manifest.json of a report package: who sent it, for which campaign, the figures (from the same
// Summary::summarize the dashboard uses), the activities with their evidence, and every file's
// checksum. Version 1 is the only one this build reads; a newer one is refused clearly.
struct PackageManifest
{
    static constexpr int currentVersion = 1;
    static inline const char* fileName = "manifest.json";

    int version = currentVersion;
    QDateTime created; // UTC; orders packages from the same unit
    QString generator;
    SubordinateUnit unit; // uuid, name, region, level, campaign year and title
    QJsonObject campaign; // descriptive: year, title, theme, dates
    QJsonObject figures;  // totals by status, overdue, completion rate, pillars, metrics
    QList<SubordinateActivity> activities;
    QList<PackageFileEntry> files;

    QByteArray toJson() const;
    // Receives one activity for the manifest; false stops.
    using ActivitySink = std::function<bool(const SubordinateActivity& activity)>;
    // The same JSON handed to `write` in pieces, with the activities taken from `eachActivity` (which
    // calls the sink for each, in order) instead of `activities`; false when either said stop.
    bool writeJson(const std::function<bool(const QByteArray& bytes)>& write,
                   const std::function<bool(const ActivitySink& sink)>& eachActivity) const;
    // Parses and checks the structure (known version, checksums well formed, evidence backed by files).
    [[nodiscard]] static bool fromJson(const QByteArray& json, PackageManifest* out, QString* error);
};
