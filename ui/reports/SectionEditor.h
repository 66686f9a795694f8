#pragma once

#include "CampaignSummary.h"

#include <QTimer>
#include <QWidget>

class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class ReportSectionModel;

// The summary's narrative: the list of sections (add, rename, reorder, remove), the text of the
// selected one, and draft sentences of fact for it that can be inserted at the cursor. Text is
// saved to the campaign file shortly after typing stops and when another section is chosen.
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SectionEditor(ReportSectionModel* model, QWidget* parent = nullptr);

    void setSummary(const CampaignSummary& summary);
    // Writes pending text now (before an export reads the sections).
    void flush();

    QListView* sectionList() const { return m_list; }
    QPlainTextEdit* bodyEditor() const { return m_body; }
    QListWidget* draftList() const { return m_drafts; }

    void addSection();
    void removeSection();
    void moveSection(int delta);
    void insertDraft();

signals:
    void failed(const QString& error);

private:
    void showCurrent();
    void refreshDrafts();
    int currentRow() const;

    ReportSectionModel* m_model;
    CampaignSummary m_summary;
    QListView* m_list;
    QPlainTextEdit* m_body;
    QListWidget* m_drafts;
    QPushButton* m_insert;
    QTimer m_save;
    int m_shownRow = -1;
};
