#include "ActivityEditor.h"

#include "ActivityRepository.h"
#include "ActivityStore.h"
#include "ActivityTableModel.h"
#include "ActivityValidator.h"
#include "AddActivitiesCommand.h"
#include "BulkChangeCommand.h"
#include "DuplicateActivitiesCommand.h"
#include "EditActivityCommand.h"
#include "RemoveActivitiesCommand.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace {

// Pushes a command whose first write succeeded; otherwise reports why and drops it.
bool push(QUndoStack& stack, std::unique_ptr<WriteCommand> command, ActivityEditor& editor)
{
    QString error;
    if (!WriteCommand::push(stack, std::move(command), &error)) {
        emit editor.rejected(
            QCoreApplication::translate("ActivityEditor", "The change was not saved: %1").arg(error));
        return false;
    }
    return true;
}

} // namespace

ActivityEditor::ActivityEditor(Workspace& workspace, QObject* parent)
    : QObject(parent), m_ws(workspace),
      m_repository(std::make_unique<ActivityRepository>(workspace.database())),
      m_store(new ActivityStore(*m_repository, *workspace.activityModel(), this)),
      m_stack(*workspace.undoStack())
{
    ActivityTableModel* model = workspace.activityModel();
    model->setEditor(this);
    connect(this, &ActivityEditor::rejected, model, &ActivityTableModel::editRejected);
    connect(m_store, &ActivityStore::writeFailed, model, &ActivityTableModel::editRejected);
    connect(m_store, &ActivityStore::changed, &workspace, &Workspace::activitiesChanged);
}

ActivityEditor::~ActivityEditor()
{
    m_ws.activityModel()->setEditor(nullptr);
}

bool ActivityEditor::edit(const Activity& before, const Activity& after, const QString& text)
{
    const QString problem = ActivityValidator::problem(after);
    if (!problem.isEmpty()) {
        emit rejected(problem);
        return false;
    }
    if (before == after)
        return true;
    if ((after.start != before.start || after.end != before.end) && !before.dateText.isEmpty() &&
        after.dateText == before.dateText) {
        // New dates replace the plan's own wording, which would now say something else.
        Activity changed = after;
        changed.dateText.clear();
        return edit(before, changed, text);
    }
    const QString label = text.isEmpty() ? describeChange(before, after) : text;
    return push(m_stack, std::make_unique<EditActivityCommand>(*m_store, before, after, label), *this);
}

qint64 ActivityEditor::add(const Activity& activity)
{
    const QString problem = ActivityValidator::problem(activity);
    if (!problem.isEmpty()) {
        emit rejected(problem);
        return 0;
    }
    auto command =
        std::make_unique<AddActivitiesCommand>(*m_store, QList<Activity>{activity}, tr("Add Activity"));
    AddActivitiesCommand* raw = command.get();
    if (!push(m_stack, std::move(command), *this))
        return 0;
    return raw->ids().value(0);
}

QList<qint64> ActivityEditor::duplicate(const QList<qint64>& ids)
{
    const QList<Activity> originals = m_store->find(ids);
    if (originals.isEmpty())
        return {};
    auto command = std::make_unique<DuplicateActivitiesCommand>(*m_store, originals);
    DuplicateActivitiesCommand* raw = command.get();
    if (!push(m_stack, std::move(command), *this))
        return {};
    return raw->ids();
}

bool ActivityEditor::remove(const QList<qint64>& ids)
{
    QList<Activity> doomed = m_store->find(ids);
    if (doomed.isEmpty())
        return false;
    return push(m_stack, std::make_unique<RemoveActivitiesCommand>(*m_store, std::move(doomed)), *this);
}

bool ActivityEditor::setStatus(const QList<qint64>& ids, ActivityStatus status)
{
    return change(
        ids,
        [status](Activity& a) {
            a.status = status;
            if (status == ActivityStatus::Done)
                a.progress = 100;
        },
        tr("Set Status to %1").arg(ActivityStatuses::displayName(status)));
}

bool ActivityEditor::setLeadDepartment(const QList<qint64>& ids, qint64 departmentId)
{
    const QString name = m_store->model().departmentName(departmentId);
    return change(
        ids,
        [departmentId](Activity& a) {
            a.leadDepartmentId = departmentId;
            a.assistingDepartmentIds.removeAll(departmentId);
        },
        tr("Set Lead Department to %1").arg(name));
}

bool ActivityEditor::change(const QList<qint64>& ids, const std::function<void(Activity&)>& modify,
                            const QString& text)
{
    QList<Activity> before = m_store->find(ids);
    QList<Activity> after = before;
    for (Activity& a : after) {
        modify(a);
        const QString problem = ActivityValidator::problem(a);
        if (!problem.isEmpty()) {
            emit rejected(QStringLiteral("%1: %2").arg(a.title, problem));
            return false;
        }
    }
    if (before == after)
        return true;
    return push(m_stack,
                std::make_unique<BulkChangeCommand>(*m_store, std::move(before), std::move(after), text),
                *this);
}

QString ActivityEditor::describeChange(const Activity& before, const Activity& after)
{
    using M = ActivityTableModel;
    QList<int> columns;
    auto note = [&columns](bool differs, int column) {
        if (differs)
            columns << column;
    };
    note(before.title != after.title, M::TitleColumn);
    note(before.start != after.start || before.end != after.end, M::DatesColumn);
    note(before.leadDepartmentId != after.leadDepartmentId, M::LeadColumn);
    note(before.assistingDepartmentIds != after.assistingDepartmentIds, M::AssistingColumn);
    note(before.location != after.location, M::LocationColumn);
    note(before.owner != after.owner, M::OwnerColumn);
    note(before.deadline != after.deadline, M::DeadlineColumn);
    note(before.status != after.status, M::StatusColumn);
    note(before.progress != after.progress, M::ProgressColumn);
    const bool other = before.description != after.description || before.phone != after.phone ||
                       before.notes != after.notes || before.figures != after.figures ||
                       before.pillarId != after.pillarId;
    if (columns.size() == 1 && !other)
        return columns.first() == M::TitleColumn ? tr("Edit Title")
                                                 : tr("Edit %1").arg(M::fieldName(columns.first()));
    if (columns.isEmpty() && before.figures != after.figures && before.description == after.description &&
        before.notes == after.notes && before.phone == after.phone && before.pillarId == after.pillarId)
        return tr("Edit Figures");
    return tr("Edit Activity");
}
