#pragma once

#include "Attachment.h"

#include <QAbstractListModel>
#include <QList>

class Database;
class ThumbnailLoader;

// The evidence of one activity for the gallery: caption as text (editable), a thumbnail for photos,
// "in the report" as a check box. Attaching, captions and removal are written through the storage
// layer at once (not on the undo stack: files are copied into the media store).
class AttachmentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PathRole = Qt::UserRole + 1, KindRole, ShaRole, FileNameRole };

    AttachmentListModel(const Database& db, QObject* parent = nullptr);

    bool setActivity(qint64 activityId, QString* error);
    qint64 activityId() const { return m_activityId; }
    const Attachment& at(int row) const { return m_rows.at(row); }
    QString pathOf(int row) const;

    bool attach(const QStringList& paths, QString* error);
    bool removeAt(int row, QString* error);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void changed(); // rows added or removed (photo counts may differ)

private:
    void thumbnailReady(const QString& sha256);

    const Database& m_db;
    qint64 m_activityId = 0;
    QList<Attachment> m_rows;
    ThumbnailLoader* m_thumbnails;
};
