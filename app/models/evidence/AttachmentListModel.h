#pragma once

#include "Attachment.h"

#include <QAbstractListModel>
#include <QList>

class EvidenceEditor;
class ThumbnailLoader;

// The evidence of one activity for the gallery: caption as text (editable), a thumbnail for photos,
// "in the report" as a check box. Attaching, captions and removal go through the EvidenceEditor
// (written at once, undoable); the rows are re-read whenever the editor reports this activity.
class AttachmentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PathRole = Qt::UserRole + 1, KindRole, ShaRole, FileNameRole };

    explicit AttachmentListModel(EvidenceEditor& editor, QObject* parent = nullptr);

    bool setActivity(qint64 activityId, QString* error);
    qint64 activityId() const { return m_activityId; }
    const Attachment& at(int row) const { return m_rows.at(row); }
    QString pathOf(int row) const;

    bool attach(const QStringList& paths, QString* error);
    bool remove(const QList<int>& rows, QString* error);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void changed(); // rows re-read after a change (photo counts may differ)

private:
    void thumbnailReady(const QString& sha256);
    void reload(qint64 activityId);

    EvidenceEditor& m_editor;
    qint64 m_activityId = 0;
    QList<Attachment> m_rows;
    ThumbnailLoader* m_thumbnails;
};
