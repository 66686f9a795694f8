#pragma once

#include "CampaignSnapshot.h"
#include "CampaignSummary.h"
#include "DraftFacts.h"
#include "ReportSection.h"

#include <QAbstractListModel>
#include <QList>

class SummaryEditor;

// The narrative sections of one campaign's activity summary, in order: the heading is the display
// and edit role, the text is BodyRole. A campaign without stored sections shows the four usual ones.
// While no section has text of its own, BodyRole is the first draft written from the data (DraftRole
// true): it follows the figures until the user edits a sentence or asks for the draft, and then it is
// kept in the file and changes only on request (regenerate()). Every change goes through the
// SummaryEditor: written at once, undoable.
class ReportSectionModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { BodyRole = Qt::UserRole + 1, IdRole, DraftRole };

    explicit ReportSectionModel(SummaryEditor& editor, QObject* parent = nullptr);

    bool load(qint64 campaignId, QString* error);
    qint64 campaignId() const { return m_campaignId; }
    // The sections as stored (or the four usual headings), bodies as the user wrote them: empty while
    // the summary follows its draft. What exports take (they add the draft themselves).
    QList<ReportSection> sections() const { return m_sections; }
    // The data the draft is written from; the draft is rewritten from it at once.
    void setDraftSource(const CampaignSnapshot& snapshot, const CampaignSummary& summary,
                        const DraftFacts& facts);
    // True while no section has text of its own (the bodies shown are the draft).
    bool isDraft() const;
    // The draft written from the current data for every section.
    QList<ReportSection> draft() const { return m_draft; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Each returns false (and emits failed) when the file could not be written; the model is unchanged.
    bool addSection(const QString& title, int row = -1);
    bool removeSection(int row);
    bool moveSection(int from, int to);
    // Replaces every section's text with a fresh draft from the current data, kept in the file.
    bool regenerate();

signals:
    void failed(const QString& error);

private:
    bool store(const QList<ReportSection>& after, const QString& undoText, int typingRow = -1);
    void showStored(const QList<ReportSection>& stored);
    void redraft();

    SummaryEditor& m_editor;
    qint64 m_campaignId = 0;
    QList<ReportSection> m_stored;   // as in the file; empty when nothing is stored
    QList<ReportSection> m_sections; // m_stored, or the four usual headings
    QList<ReportSection> m_draft;    // m_sections with drafted bodies
    CampaignSnapshot m_snapshot;
    CampaignSummary m_summary;
    DraftFacts m_facts;
    bool m_hasSource = false;
};
