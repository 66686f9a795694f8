#pragma once

#include <QWidget>

class AttachmentListModel;
class EvidenceEditor;
class QLabel;
class QListView;
class QPushButton;

// The evidence (佐证材料) of the activity shown in the detail panel: thumbnails of photos and icons of
// videos and documents. Files are added by dropping them here or through a file dialog; photos open
// in the viewer, videos and documents in the system's program. Checked photos go into the summary.
class EvidenceGallery : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceGallery(EvidenceEditor& editor, QWidget* parent = nullptr);

    void showActivity(qint64 activityId);
    AttachmentListModel* model() const { return m_model; }
    // Attaches files to the shown activity; a refusal is shown below the gallery.
    bool attach(const QStringList& paths);
    void open(int row);

signals:
    void evidenceChanged(); // attachments added or removed: photo counts may differ

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addFromDialog();
    void removeSelected();
    void showError(const QString& error);

    EvidenceEditor& m_editor;
    AttachmentListModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
};
