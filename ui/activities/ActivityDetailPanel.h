#pragma once

#include "Activity.h"

#include <QScrollArea>

class ActivityEditor;
class ActivityHistoryModel;
class ActivityFiguresEditor;
class BulletinPanel;
class DepartmentChecklist;
class BulletinEditor;
class EvidenceEditor;
class EvidenceGallery;
class OptionalDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QSpinBox;
class Workspace;

// Every field of the current activity, including its figures. Each field is saved when the user
// leaves it (one undoable edit per field change), like the table cells.
class ActivityDetailPanel : public QScrollArea
{
    Q_OBJECT

public:
    ActivityDetailPanel(Workspace& workspace, ActivityEditor& editor, EvidenceEditor& evidence,
                        BulletinEditor& bulletins, QWidget* parent = nullptr);

    // 0 shows an empty, disabled panel.
    void showActivity(qint64 id);
    qint64 activityId() const { return m_id; }
    // Re-reads lists (pillars, departments, metrics) and the shown activity.
    void refresh();
    BulletinPanel* bulletinPanel() const { return m_bulletin; }
    // Who changed the shown activity, when and what: newest first, refreshed after every edit and undo.
    QListView* historyView() const { return m_historyView; }

private:
    void build(EvidenceEditor& evidence, BulletinEditor& bulletins);
    void load(const Activity& a);
    Activity edited() const;
    void commit();
    bool eventFilter(QObject* watched, QEvent* event) override;

    Workspace& m_ws;
    ActivityEditor& m_editor;
    qint64 m_id = 0;
    Activity m_shown;
    bool m_loading = false;
    QLabel* m_heading = nullptr;
    QComboBox* m_pillar = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    OptionalDateEdit* m_start = nullptr;
    OptionalDateEdit* m_end = nullptr;
    OptionalDateEdit* m_deadline = nullptr;
    QComboBox* m_lead = nullptr;
    DepartmentChecklist* m_assisting = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_owner = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_status = nullptr;
    QSpinBox* m_progress = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ActivityFiguresEditor* m_figures = nullptr;
    EvidenceGallery* m_gallery = nullptr; // ui/evidence
    BulletinPanel* m_bulletin = nullptr;
    ActivityHistoryModel* m_history = nullptr; // app/models, over the workspace's file
    QListView* m_historyView = nullptr;
    QWidget* m_form = nullptr;
};
