#pragma once

#include <QString>

#include <memory>

class Database;

// Making a new campaign file that is complete or absent: it is built under a temporary name and
// renamed into place only when the template has been written.
namespace CampaignFile {
std::unique_ptr<Database> createFromTemplate(const QString& path, const QString& templatePath,
                                             QString* error);
std::unique_ptr<Database> createDefault(const QString& path, QString* error);
} // namespace CampaignFile
