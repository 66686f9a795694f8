#pragma once

#include "LocalNotice.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

class Database;

// A campaign's local notices (table local_notice), replaced as a whole like its slogans: nothing
// else refers to them. The static helpers run inside a caller's transaction (CampaignRepository).
class LocalNoticeRepository
{
public:
    explicit LocalNoticeRepository(const Database& db);

    [[nodiscard]] bool list(qint64 campaignId, QList<LocalNotice>* out,
                            QString* error) const; // in position order
    // Replaces the campaign's local notices with `notices` in one transaction; fills ids and positions.
    [[nodiscard]] bool replaceAll(qint64 campaignId, QList<LocalNotice>& notices, QString* error);

    [[nodiscard]] static bool select(const QSqlDatabase& db, qint64 campaignId, QList<LocalNotice>* out,
                                     QString* error);
    [[nodiscard]] static bool replace(const QSqlDatabase& db, qint64 campaignId, QList<LocalNotice>& notices,
                                      QString* error);

private:
    QString m_connection;
};
