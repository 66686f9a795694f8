#include "PlanImportCommand.h"

#include "ActivityStore.h"
#include "ImportRows.h"
#include "Workspace.h"

PlanImportCommand::PlanImportCommand(ActivityStore& store, Workspace& workspace, Change change,
                                     const QString& text)
    : ActivityCommand(store, text), m_change(std::move(change)), m_workspace(workspace)
{}

void PlanImportCommand::referenceChanged()
{
    QString ignored; // the import is in the file; the lists follow when it can be read
    m_workspace.reloadReferenceData(&ignored);
}

// Placeholder ids (−1, −2 …) become the ids the new departments and pillars received.
void PlanImportCommand::resolve(QList<Activity>& activities) const
{
    auto department = [this](qint64 id) { return id < 0 ? m_change.newDepartments.at(-id - 1).id : id; };
    for (Activity& a : activities) {
        a.leadDepartmentId = department(a.leadDepartmentId);
        for (qint64& id : a.assistingDepartmentIds)
            id = department(id);
        if (a.pillarId < 0)
            a.pillarId = m_change.newPillars.at(-a.pillarId - 1).id;
    }
}

bool PlanImportCommand::forward(QString* error)
{
    // The lists move into the batch and back: a table of 100 000 rows is not copied on the way.
    ActivityRepository::Batch batch;
    batch.keepIds = m_written;
    batch.inserted = std::move(m_change.inserted);
    batch.updated = std::move(m_change.updated);
    const bool keepIds = m_written;
    batch.before = [this, keepIds, &batch](const QSqlDatabase& db, QString* e) {
        if (!ImportRows::insertDepartments(db, m_change.newDepartments, keepIds, e) ||
            !ImportRows::insertPillars(db, m_change.newPillars, keepIds, e))
            return false;
        resolve(batch.inserted);
        resolve(batch.updated);
        return true;
    };
    const bool ok = m_store.apply(batch, error);
    m_change.inserted = std::move(batch.inserted); // with their ids and uuids, for undo and redo
    m_change.updated = std::move(batch.updated);
    if (!ok)
        return false;
    m_written = true;
    if (!m_change.newDepartments.isEmpty() || !m_change.newPillars.isEmpty())
        referenceChanged();
    return true;
}

bool PlanImportCommand::backward(QString* error)
{
    ActivityRepository::Batch batch;
    for (const Activity& a : std::as_const(m_change.inserted))
        batch.removed << a.id;
    batch.updated = m_change.previous;
    QList<qint64> departments, pillars;
    for (const Department& d : std::as_const(m_change.newDepartments))
        departments << d.id;
    for (const Pillar& p : std::as_const(m_change.newPillars))
        pillars << p.id;
    batch.after = [departments, pillars](const QSqlDatabase& db, QString* e) {
        return ImportRows::remove(db, QStringLiteral("pillar"), pillars, e) &&
               ImportRows::remove(db, QStringLiteral("department"), departments, e);
    };
    if (!m_store.apply(batch, error))
        return false;
    if (!departments.isEmpty() || !pillars.isEmpty())
        referenceChanged();
    return true;
}
