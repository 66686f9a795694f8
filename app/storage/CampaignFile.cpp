#include "CampaignFile.h"

#include "CampaignRepository.h"
#include "CampaignTemplate.h"
#include "Database.h"
#include "DepartmentRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace CampaignFile {

std::unique_ptr<Database> createFromTemplate(const QString& path, const QString& templatePath, QString* error)
{
    CampaignTemplate t;
    if (!CampaignTemplate::load(templatePath, &t, error))
        return nullptr;
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString temporary = target + QStringLiteral(".creating");
    QFile::remove(temporary);
    {
        std::unique_ptr<Database> db = Database::create(temporary, error);
        if (!db)
            return nullptr;
        CampaignRepository campaigns(*db);
        DepartmentRepository departments(*db);
        bool ok = campaigns.create(t.content, error);
        for (const QString& name : std::as_const(t.departments)) {
            Department d;
            d.name = name;
            ok = ok && departments.save(d, error);
        }
        if (!ok) {
            db.reset();
            QFile::remove(temporary);
            return nullptr;
        }
    } // closing checkpoints the WAL into the file, so the rename moves everything
    QFile::remove(temporary + QStringLiteral("-wal"));
    QFile::remove(temporary + QStringLiteral("-shm"));
    if (QFileInfo::exists(target) || !QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        *error =
            QCoreApplication::translate("CampaignFile", "The file %1 already exists or cannot be written.")
                .arg(target);
        return nullptr;
    }
    return Database::open(target, error);
}

std::unique_ptr<Database> createDefault(const QString& path, QString* error)
{
    return createFromTemplate(path, QString::fromLatin1(CampaignTemplate::builtIn), error);
}

bool addBuiltInYear(const Database& db, int year, qint64* campaignId, QString* error)
{
    const QString templatePath = CampaignTemplate::builtInPath(year);
    CampaignTemplate t;
    if (templatePath.isEmpty()) {
        *error = QCoreApplication::translate("CampaignFile", "No built-in campaign for %1.").arg(year);
        return false;
    }
    if (!CampaignTemplate::load(templatePath, &t, error))
        return false;
    CampaignRepository campaigns(db);
    QList<Campaign> existing;
    if (!campaigns.list(&existing, error))
        return false;
    for (const Campaign& c : std::as_const(existing)) {
        if (c.year == year) {
            *error = QCoreApplication::translate("CampaignFile", "The file already has a campaign for %1.")
                         .arg(year);
            return false;
        }
    }
    if (!campaigns.create(t.content, error))
        return false;
    *campaignId = t.content.campaign.id;
    return true;
}

std::unique_ptr<Database> createForYear(const QString& path, int year, QString* error)
{
    const QString templatePath = CampaignTemplate::builtInPath(year);
    if (templatePath.isEmpty()) {
        QStringList years;
        for (int y : CampaignTemplate::builtInYears())
            years << QString::number(y);
        *error = QCoreApplication::translate("CampaignFile", "No built-in campaign for %1 (built in: %2).")
                     .arg(year)
                     .arg(years.join(QStringLiteral(", ")));
        return nullptr;
    }
    return createFromTemplate(path, templatePath, error);
}

} // namespace CampaignFile
