#pragma once

#include "UnitProfile.h"

#include <QString>

class Database;

// The unit profile and the file's small settings (which campaign was shown last).
class ProfileRepository
{
public:
    explicit ProfileRepository(const Database& db);

    [[nodiscard]] bool load(UnitProfile* out, QString* error) const;
    [[nodiscard]] bool save(const UnitProfile& profile, QString* error);

    // `value` is left as it is when the key was never set.
    [[nodiscard]] bool setting(const QString& key, QString* value, QString* error) const;
    [[nodiscard]] bool setSetting(const QString& key, const QString& value, QString* error);

private:
    QString m_connection;
};
