#pragma once

#include <QString>

#include <memory>

class Database;

// Making a new campaign file that is complete or absent: it is built under a temporary name and
// renamed into place only when the template has been written.
namespace CampaignFile {
[[nodiscard]] std::unique_ptr<Database> createFromTemplate(const QString& path, const QString& templatePath,
                                                           QString* error);
// The 2021 campaign: the one built-in year whose notice is complete (tests and demos build on it).
[[nodiscard]] std::unique_ptr<Database> createDefault(const QString& path, QString* error);
// `year`'s built-in campaign; a translated refusal when the year has none.
[[nodiscard]] std::unique_ptr<Database> createForYear(const QString& path, int year, QString* error);
// Adds `year`'s built-in campaign (not its departments) to an open file; `campaignId` receives its id.
// False and a translated reason when there is no such built-in year or the file already has one.
[[nodiscard]] bool addBuiltInYear(const Database& db, int year, qint64* campaignId, QString* error);
} // namespace CampaignFile
