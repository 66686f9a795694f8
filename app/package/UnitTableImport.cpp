#include "UnitTableImport.h"

#include "PackageFigures.h"
#include "SubordinateRepository.h"

#include "CampaignSummary.h"
#include "importing/ImportText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace UnitTableImport {

// One namespace for the uuids of units imported from tables: the same name gives the same unit.
static const QUuid kUnitNamespace = QUuid(QStringLiteral("{5b0c7f3e-8f1d-4f0a-9a57-2f8e1c6d4b21}"));

bool run(const Database& db, const ImportPreview& preview, const CampaignContent& campaign,
         const QString& unitName, QDate today, Result* result, QString* error)
{
    const QString name = ImportText::normalized(unitName).trimmed();
    if (name.isEmpty()) {
        *error = QCoreApplication::translate("UnitTableImport", "The subordinate unit needs a name.");
        return false;
    }
    Result r;
    SubordinateUnit& unit = r.unit;
    unit.uuid = QUuid::createUuidV5(kUnitNamespace, name);
    unit.name = name;
    unit.campaignYear = campaign.campaign.year;
    unit.campaignTitle = campaign.campaign.title;
    unit.packageCreated = QDateTime::currentDateTimeUtc();

    // The unit's departments exist only as names; give them ids for the summary's by-department figures.
    QList<Department> departments;
    QHash<QString, qint64> departmentIds;
    auto departmentId = [&](const QString& n) {
        if (n.isEmpty())
            return qint64(0);
        auto it = departmentIds.find(n);
        if (it == departmentIds.end()) {
            departments << Department{qint64(departments.size() + 1), int(departments.size()), n, false};
            it = departmentIds.insert(n, departments.size());
        }
        return *it;
    };
    QHash<QString, QString> pillarTitles;
    for (const GroupMapping& g : preview.groups) {
        QString title = ImportText::withoutEnumerator(g.text);
        for (const Pillar& p : campaign.pillars)
            if (p.id == g.pillarId)
                title = p.title;
        pillarTitles.insert(g.text, g.pillarId || g.createNew ? title : QString());
    }
    QList<Activity> activities;
    QList<SubordinateActivity> rows;
    for (const ImportRow& row : preview.rows) {
        if (row.hasError()) {
            ++r.skipped;
            continue;
        }
        Activity a = row.activity;
        a.campaignId = campaign.campaign.id;
        a.pillarId = 0;
        for (const Pillar& p : campaign.pillars)
            if (p.title == pillarTitles.value(row.group))
                a.pillarId = p.id;
        // The names as the unit wrote them: known departments of this file are not the unit's.
        const QString lead = row.leadName;
        a.leadDepartmentId = departmentId(lead);
        a.assistingDepartmentIds.clear();
        activities << a;

        SubordinateActivity s;
        // Stable per unit and row text, so a corrected table replaces rather than duplicates.
        s.uuid = QUuid::createUuidV5(unit.uuid, ImportText::key(a.title) + a.start.toString(Qt::ISODate));
        s.pillar = pillarTitles.value(row.group);
        s.title = a.title;
        s.leadDepartment = lead;
        s.start = a.start;
        s.end = a.end;
        s.status = int(a.status);
        s.progress = a.progress;
        s.updated = unit.packageCreated;
        rows << s;
    }
    if (rows.isEmpty()) {
        *error =
            QCoreApplication::translate("UnitTableImport", "The table has no activity that can be imported.");
        return false;
    }
    // Two rows with the same name and start are one activity to the consolidated view.
    QHash<QUuid, int> seen;
    QList<SubordinateActivity> unique;
    for (const SubordinateActivity& s : std::as_const(rows)) {
        if (seen.contains(s.uuid))
            continue;
        seen.insert(s.uuid, 1);
        unique << s;
    }
    unit.figures =
        QJsonDocument(PackageFigures::toJson(Summary::summarize(campaign, activities, departments, today)))
            .toJson(QJsonDocument::Compact);
    QList<SubordinateUnit> units;
    if (!SubordinateRepository(db).units(&units, error))
        return false;
    for (const SubordinateUnit& u : std::as_const(units))
        if (u.uuid == unit.uuid)
            r.replacedEarlier = true;
    if (!SubordinateRepository(db).merge(unit, unique, error))
        return false;
    r.activities = int(unique.size());
    *result = r;
    return true;
}

} // namespace UnitTableImport
