#pragma once

#include "UnitProfile.h"

#include <QString>

class Database;

// The unit profile and the file's small settings (which campaign was shown last).
class ProfileRepository
{
public:
    explicit ProfileRepository(const Database& db);

    bool load(UnitProfile* out, QString* error) const;
    bool save(const UnitProfile& profile, QString* error);

    QString setting(const QString& key, const QString& fallback = {}) const;
    bool setSetting(const QString& key, const QString& value, QString* error);

private:
    QString m_connection;
};
