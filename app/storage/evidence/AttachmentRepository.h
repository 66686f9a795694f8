#pragma once

#include "Attachment.h"

#include <QHash>
#include <QList>
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

    QList<Attachment> forActivity(qint64 activityId, QString* error) const;
    // The attachments of these activities, by activity then id (kept by an undoable delete).
    QList<Attachment> forActivities(const QList<qint64>& activityIds, QString* error) const;
    // Every attachment of one campaign's activities, by activity then id.
    QList<Attachment> forCampaign(qint64 campaignId, QString* error) const;
    // How many attachments of one campaign are chosen to be sent upward, and their bytes.
    std::pair<int, qint64> chosenTotals(qint64 campaignId, QString* error) const;
    // Photos per activity of one campaign (activities without photos are absent).
    QHash<qint64, int> photoCounts(qint64 campaignId, QString* error) const;

    // Sets id, uuid (when null) and added (when invalid) on each row; all or nothing.
    bool insert(QList<Attachment>& rows, QString* error);
    // Puts back removed rows with their ids and uuids (undo of a detach, redo of an attach).
    bool restore(const QList<Attachment>& rows, QString* error);
    bool setCaption(qint64 id, const QString& caption, QString* error);
    bool setChosen(qint64 id, bool chosen, QString* error);
    bool setInReport(qint64 id, bool inReport, QString* error);
    bool remove(qint64 id, QString* error);
    bool remove(const QList<qint64>& ids, QString* error);
    // Writes caption, chosen and in-report of an existing row.
    bool update(const Attachment& row, QString* error);
    // Every content hash a row of this file names (attachments and imported evidence).
    QStringList referencedContent(QString* error) const;
    // How many rows (in any campaign) still name this content.
    int references(const QString& sha256, QString* error) const;

private:
    bool setFlag(const char* column, qint64 id, const QVariant& value, QString* error);
    bool write(QList<Attachment>& rows, bool keepIds, QString* error);
    static bool insertRows(const QSqlDatabase& db, QList<Attachment>& rows, bool keepIds, QString* error);

    QString m_connection;
};
