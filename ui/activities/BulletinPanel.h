#pragma once

#include "Activity.h"

#include <QGroupBox>
#include <QTimer>

class BulletinEditor;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class Workspace;

// The news bulletin (工作动态) of the activity in the detail panel. A completed activity without a kept
// bulletin shows a draft written from its data, marked as such; typing keeps it in the file (saved
// shortly after typing stops, one undo step per editing session). "Regenerate draft" writes a fresh
// draft (asking before it replaces kept text); both are undoable. The text can be copied as plain
// text for a website or WeChat, or exported with the activity's photos as PDF or text.
class BulletinPanel : public QGroupBox
{
    Q_OBJECT

public:
    BulletinPanel(Workspace& workspace, BulletinEditor& editor, QWidget* parent = nullptr);

    // Shows this activity's bulletin; an invalid activity (id 0) empties the panel.
    void showActivity(const Activity& activity);
    // Writes typing not yet saved.
    void flush();

    QPlainTextEdit* editor() const { return m_text; }
    QLabel* stateLabel() const { return m_state; }
    QPushButton* regenerateButton() const { return m_regenerate; }
    bool isDraft() const { return m_kept.isNull() && !m_draft.isEmpty(); }

    bool regenerate();
    void copyAsText();
    bool exportTo(const QString& format, const QString& path, QString* error);

signals:
    void failed(const QString& reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void showText(const QString& text);
    void updateState();
    void exportWithDialog();

    Workspace& m_ws;
    BulletinEditor& m_editor;
    Activity m_activity;
    QString m_kept;  // null when the file keeps none
    QString m_draft; // what the data says now (empty unless completed)
    bool m_loading = false;
    bool m_session = false; // later saves of this editing session join its undo step
    QTimer m_save;
    QLabel* m_state;
    QPlainTextEdit* m_text;
    QPushButton* m_regenerate;
    QPushButton* m_copy;
    QPushButton* m_export;
};
