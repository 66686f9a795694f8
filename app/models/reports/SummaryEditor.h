#pragma once

#include "DraftFacts.h"
#include "ReportSection.h"

#include <QList>
#include <QObject>
#include <QString>

class Database;
class Workspace;

// Every change to a summary's narrative goes through here: written to the file at once and put on
// the workspace's undo stack, like activity edits — typing, renaming, adding, moving and removing
// sections, and regenerating the draft. Each change replaces the campaign's stored sections as a
// whole (they are a handful); an empty list means none are stored and the summary follows its draft.
// One per open workspace, built with it by the composition root.
class SummaryEditor : public QObject
{
    Q_OBJECT

public:
    explicit SummaryEditor(Workspace& workspace, QObject* parent = nullptr);

    const Database& database() const;
    // Stores `after` in place of `before` as one undo step named `undoText`. Typing (a `typingRow` of 0
    // or more) joins the previous step when that was typing in the same section. false and a
    // translated reason when nothing was changed.
    bool replace(qint64 campaignId, const QList<ReportSection>& before, const QList<ReportSection>& after,
                 const QString& undoText, int typingRow, QString* error);
    // What the first draft knows from the file besides the activities (evidence, for one).
    bool facts(qint64 campaignId, DraftFacts* out, QString* error) const;
    // The write the undo command repeats.
    bool write(qint64 campaignId, QList<ReportSection> sections, QString* error);

signals:
    // The campaign's stored sections are now `stored` (also through undo and redo).
    void changed(qint64 campaignId, const QList<ReportSection>& stored);
    void writeFailed(const QString& reason);

private:
    Workspace& m_ws;
};
