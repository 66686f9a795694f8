#pragma once

#include <QObject>
#include <QSet>

class EvidenceEditor;
class Workspace;

// The evidence check: completed activities of the current campaign that have no photo. Built once per
// open file by the composition root; it re-counts when activities or evidence change and hands the set
// to the activity table so those rows are flagged.
class EvidenceCheck : public QObject
{
    Q_OBJECT

public:
    EvidenceCheck(Workspace& workspace, EvidenceEditor& evidence, QObject* parent = nullptr);

    const QSet<qint64>& missingPhotos() const { return m_missing; }
    int count() const { return int(m_missing.size()); }
    // Re-reads photo counts from the file; called after attachments change.
    void refresh();

signals:
    void changed();

private:
    Workspace& m_ws;
    QSet<qint64> m_missing;
};
