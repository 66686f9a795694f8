#include "BulletinEditor.h"

#include "ActivityTableModel.h"
#include "BulletinCommand.h"
#include "BulletinRepository.h"
#include "DraftSource.h"
#include "Workspace.h"

#include <QUndoStack>

namespace {

// The campaign's reference data with just these activities: all a bulletin reads.
CampaignSnapshot snapshotOf(const Workspace& ws, const QList<qint64>& ids)
{
    CampaignSnapshot s;
    s.campaign = ws.campaign();
    s.departments = ws.departments();
    s.unit = ws.unit();
    for (qint64 id : ids) {
        const int row = ws.activityModel()->rowOfId(id);
        if (row >= 0)
            s.activities << ws.activityModel()->activityAt(row);
    }
    return s;
}

} // namespace

BulletinEditor::BulletinEditor(Workspace& workspace, QObject* parent) : QObject(parent), m_ws(workspace) {}

bool BulletinEditor::withBulletin(const QList<qint64>& activityIds, QList<qint64>* out, QString* error) const
{
    QHash<qint64, QString> kept;
    if (!BulletinRepository(m_ws.database()).texts(activityIds, &kept, error))
        return false;
    out->clear();
    for (const Activity& a : snapshotOf(m_ws, activityIds).activities)
        if (a.status == ActivityStatus::Done || kept.contains(a.id))
            out->append(a.id);
    return true;
}

bool BulletinEditor::pages(const QList<qint64>& activityIds, QList<BulletinPage>* out, QString* error) const
{
    return DraftSource::bulletins(m_ws.database(), snapshotOf(m_ws, activityIds), activityIds,
                                  m_ws.clock().today(), out, error);
}

const Database& BulletinEditor::database() const
{
    return m_ws.database();
}

bool BulletinEditor::text(qint64 activityId, QString* out, QString* error) const
{
    return BulletinRepository(m_ws.database()).text(activityId, out, error);
}

bool BulletinEditor::setText(qint64 activityId, const QString& before, const QString& after,
                             const QString& undoText, bool continuing, QString* error)
{
    if (before == after)
        return true;
    return WriteCommand::push(
        *m_ws.undoStack(),
        std::make_unique<BulletinCommand>(*this, activityId, before, after, undoText, continuing), error);
}

bool BulletinEditor::write(qint64 activityId, const QString& text, QString* error)
{
    if (!BulletinRepository(m_ws.database()).write(activityId, text, error))
        return false;
    emit changed(activityId);
    return true;
}
