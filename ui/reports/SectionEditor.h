#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class ReportSectionModel;

// The summary's narrative: the list of sections (add, rename, reorder, remove), the text of the
// selected one, and the first draft's paragraphs for it that can be inserted at the cursor. While the
// summary has no text of its own the text shown is the draft (marked so); typing keeps it. "Regenerate
// draft" writes a fresh draft, asking first when that replaces the user's text; both are undoable.
// Text is saved to the campaign file shortly after typing stops and when another section is chosen.
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SectionEditor(ReportSectionModel* model, QWidget* parent = nullptr);

    // Writes pending text now (before an export reads the sections).
    void flush();

    QListView* sectionList() const { return m_list; }
    QPlainTextEdit* bodyEditor() const { return m_body; }
    QListWidget* draftList() const { return m_drafts; }
    QLabel* draftNote() const { return m_draftNote; }
    QPushButton* regenerateButton() const { return m_regenerate; }

    void addSection();
    void removeSection();
    void moveSection(int delta);
    void insertDraft();
    // Asks before replacing text the user wrote; false when they declined or the file refused.
    bool regenerate();

signals:
    void failed(const QString& error);

private:
    void showCurrent();
    void refreshDrafts();
    void modelChanged(const QModelIndex& from, const QModelIndex& to);
    int currentRow() const;

    ReportSectionModel* m_model;
    QListView* m_list;
    QPlainTextEdit* m_body;
    QListWidget* m_drafts;
    QPushButton* m_insert;
    QPushButton* m_regenerate;
    QLabel* m_draftNote;
    QTimer m_save;
    int m_shownRow = -1;
};
