#pragma once

#include <QString>

#include <memory>

class Database;

// Making a new campaign file that is complete or absent: it is built under a temporary name and
// renamed into place only when the template has been written.
namespace CampaignFile {
std::unique_ptr<Database> createFromTemplate(const QString& path, const QString& templatePath,
                                             QString* error);
// The 2021 campaign: the one built-in year whose notice is complete (tests and demos build on it).
std::unique_ptr<Database> createDefault(const QString& path, QString* error);
// `year`'s built-in campaign; a translated refusal when the year has none.
std::unique_ptr<Database> createForYear(const QString& path, int year, QString* error);
// Adds `year`'s built-in campaign (not its departments) to an open file; its id, or 0 and a translated
// reason (no such built-in year, or the file already has a campaign for it).
qint64 addBuiltInYear(const Database& db, int year, QString* error);
} // namespace CampaignFile
