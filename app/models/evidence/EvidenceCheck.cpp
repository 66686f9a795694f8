#include "EvidenceCheck.h"

#include "ActivityTableModel.h"
#include "AttachmentRepository.h"
#include "EvidenceEditor.h"
#include "Workspace.h"

EvidenceCheck::EvidenceCheck(Workspace& workspace, EvidenceEditor& evidence, QObject* parent)
    : QObject(parent), m_ws(workspace)
{
    connect(&workspace, &Workspace::activitiesChanged, this, &EvidenceCheck::refresh);
    connect(&workspace, &Workspace::currentCampaignChanged, this, &EvidenceCheck::refresh);
    connect(&evidence, &EvidenceEditor::changed, this, &EvidenceCheck::refresh);
    refresh();
}

void EvidenceCheck::refresh()
{
    QString error;
    QHash<qint64, int> photos;
    // Unreadable counts would flag every finished activity; the marks stay as they were instead.
    if (!AttachmentRepository(m_ws.database()).photoCounts(m_ws.currentCampaignId(), &photos, &error))
        return;
    QSet<qint64> missing;
    for (const Activity& a : m_ws.activityModel()->activities())
        if (a.status == ActivityStatus::Done && photos.value(a.id) == 0)
            missing.insert(a.id);
    if (missing == m_missing)
        return;
    m_missing = missing;
    m_ws.activityModel()->setMissingPhotos(m_missing);
    emit changed();
}
