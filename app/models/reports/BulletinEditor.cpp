#include "BulletinEditor.h"

#include "BulletinCommand.h"
#include "BulletinRepository.h"
#include "Workspace.h"

#include <QUndoStack>

BulletinEditor* BulletinEditor::of(Workspace& workspace)
{
    if (auto* existing = workspace.findChild<BulletinEditor*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new BulletinEditor(workspace);
}

BulletinEditor::BulletinEditor(Workspace& workspace) : QObject(&workspace), m_ws(workspace) {}

const Database& BulletinEditor::database() const
{
    return m_ws.database();
}

QString BulletinEditor::text(qint64 activityId, QString* error) const
{
    return BulletinRepository(m_ws.database()).text(activityId, error);
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
