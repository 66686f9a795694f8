#pragma once

#include "Campaign.h"
#include "ReferenceRemoval.h"

#include <QList>
#include <QString>

class Database;

// Campaigns with their pillars, organizers, slogans, requirements and metric definitions.
// Lists that nothing else refers to (organizers, slogans, requirements) are replaced as a whole;
// pillars and metrics are referred to by activities, so they keep their ids.
class CampaignRepository
{
public:
    explicit CampaignRepository(const Database& db);

    [[nodiscard]] bool list(QList<Campaign>* out, QString* error) const; // newest year first
    [[nodiscard]] bool load(qint64 campaignId, CampaignContent* out, QString* error) const;

    // Inserts the campaign and all its lists in one transaction; fills every id.
    [[nodiscard]] bool create(CampaignContent& content, QString* error);
    [[nodiscard]] bool update(const Campaign& campaign, QString* error);
    [[nodiscard]] bool remove(qint64 campaignId, QString* error);

    [[nodiscard]] bool savePillar(Pillar& pillar, QString* error); // insert when id == 0
    [[nodiscard]] bool removePillar(qint64 pillarId,
                                    QString* error); // activities keep their rows, without pillar
    [[nodiscard]] bool saveMetric(Metric& metric, QString* error);
    [[nodiscard]] bool removeMetric(qint64 metricId, QString* error);
    // The same removals, saying what went with the row; restore…() puts the row back under its id and
    // uuid with those links (undo of a removal).
    [[nodiscard]] bool removePillar(qint64 pillarId, ReferenceRemoval* removed, QString* error);
    [[nodiscard]] bool restorePillar(const Pillar& pillar, const ReferenceRemoval& removed, QString* error);
    [[nodiscard]] bool removeMetric(qint64 metricId, ReferenceRemoval* removed, QString* error);
    [[nodiscard]] bool restoreMetric(const Metric& metric, const ReferenceRemoval& removed, QString* error);
    // Positions follow the order of `ids`, in one transaction.
    [[nodiscard]] bool setPillarOrder(const QList<qint64>& ids, QString* error);
    [[nodiscard]] bool setMetricOrder(const QList<qint64>& ids, QString* error);
    // Activities that a removal would touch: filed under the pillar, or with a figure for the metric.
    [[nodiscard]] bool pillarUsage(qint64 pillarId, int* out, QString* error) const;
    [[nodiscard]] bool metricUsage(qint64 metricId, int* out, QString* error) const;
    [[nodiscard]] bool setOrganizers(qint64 campaignId, QList<Organizer>& organizers, QString* error);
    [[nodiscard]] bool setSlogans(qint64 campaignId, QList<Slogan>& slogans, QString* error);
    [[nodiscard]] bool setRequirements(qint64 campaignId, QList<Requirement>& requirements, QString* error);
    [[nodiscard]] bool setLocalNotices(qint64 campaignId, QList<LocalNotice>& notices, QString* error);

    // "New campaign from…": a copy of `sourceId` for `year` with its lists; with `withUnfinished`,
    // its activities that are neither done nor cancelled move along, dates shifted by whole years.
    // `newId` receives the copy's id.
    [[nodiscard]] bool copyCampaign(qint64 sourceId, int year, bool withUnfinished, qint64* newId,
                                    QString* error);

private:
    QString m_connection;
};
