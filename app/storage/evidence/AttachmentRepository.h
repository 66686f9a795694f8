#pragma once

#include "Attachment.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

class Database;
class QSqlDatabase;

// The attachment rows of one campaign file; each call is one transaction. The files themselves are
// the media store's business: removing a row leaves shared content in place.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(const Database& db);
    explicit AttachmentRepository(QString connectionName) : m_connection(std::move(connectionName)) {}

    [[nodiscard]] bool forActivity(qint64 activityId, QList<Attachment>* out, QString* error) const;
    // The attachments of these activities, by activity then id (kept by an undoable delete).
    [[nodiscard]] bool forActivities(const QList<qint64>& activityIds, QList<Attachment>* out,
                                     QString* error) const;
    // Every attachment of one campaign's activities, by activity then id.
    [[nodiscard]] bool forCampaign(qint64 campaignId, QList<Attachment>* out, QString* error) const;
    // How many attachments of one campaign are chosen to be sent upward, and their bytes.
    [[nodiscard]] bool chosenTotals(qint64 campaignId, std::pair<int, qint64>* out, QString* error) const;
    // The activities of one campaign that have any evidence (what the summary draft asks about).
    [[nodiscard]] bool activitiesWithEvidence(qint64 campaignId, QSet<qint64>* out, QString* error) const;
    // Photos per activity of one campaign (activities without photos are absent).
    [[nodiscard]] bool photoCounts(qint64 campaignId, QHash<qint64, int>* out, QString* error) const;

    // Sets id, uuid (when null) and added (when invalid) on each row; all or nothing.
    [[nodiscard]] bool insert(QList<Attachment>& rows, QString* error);
    // Puts back removed rows with their ids and uuids (undo of a detach, redo of an attach).
    [[nodiscard]] bool restore(const QList<Attachment>& rows, QString* error);
    [[nodiscard]] bool setCaption(qint64 id, const QString& caption, QString* error);
    [[nodiscard]] bool setChosen(qint64 id, bool chosen, QString* error);
    [[nodiscard]] bool setInReport(qint64 id, bool inReport, QString* error);
    [[nodiscard]] bool remove(qint64 id, QString* error);
    [[nodiscard]] bool remove(const QList<qint64>& ids, QString* error);
    // Writes caption, chosen and in-report of an existing row.
    [[nodiscard]] bool update(const Attachment& row, QString* error);
    // Every content hash a row of this file names (attachments and imported evidence).
    [[nodiscard]] bool referencedContent(QStringList* out, QString* error) const;
    // How many rows (in any campaign) still name this content.
    [[nodiscard]] bool references(const QString& sha256, int* out, QString* error) const;

private:
    [[nodiscard]] bool setFlag(const char* column, qint64 id, const QVariant& value, QString* error);
    [[nodiscard]] bool write(QList<Attachment>& rows, bool keepIds, QString* error);
    [[nodiscard]] static bool insertRows(const QSqlDatabase& db, QList<Attachment>& rows, bool keepIds,
                                         QString* error);

    QString m_connection;
};
