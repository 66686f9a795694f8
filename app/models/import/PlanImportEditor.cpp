#include "PlanImportEditor.h"

#include "ActivityEditor.h"
#include "ActivityStore.h"
#include "ActivityTableModel.h"
#include "ActivityValidator.h"
#include "PlanImportCommand.h"
#include "Workspace.h"

#include "importing/ImportText.h"

#include <QHash>
#include <QSet>
#include <QUndoStack>

namespace {

// New pillars continue the template's palette, so charts tell them apart.
QString pillarColour(int index)
{
    static const char* palette[] = {"#17A589", "#CB4335", "#2874A6", "#B7950B",
                                    "#884EA0", "#5D6D7E", "#E67E22"};
    return QString::fromLatin1(palette[index % int(std::size(palette))]);
}

// The existing activity with what the table says laid over it; what the table leaves empty stays.
Activity merged(Activity existing, const Activity& incoming)
{
    auto take = [](QString& into, const QString& from) {
        if (!from.isEmpty())
            into = from;
    };
    take(existing.title, incoming.title);
    take(existing.description, incoming.description);
    take(existing.location, incoming.location);
    take(existing.owner, incoming.owner);
    take(existing.phone, incoming.phone);
    take(existing.notes, incoming.notes);
    if (incoming.start.isValid()) {
        existing.start = incoming.start;
        existing.end = incoming.end;
    }
    existing.dateText = incoming.dateText;
    if (incoming.leadDepartmentId)
        existing.leadDepartmentId = incoming.leadDepartmentId;
    if (!incoming.assistingDepartmentIds.isEmpty())
        existing.assistingDepartmentIds = incoming.assistingDepartmentIds;
    if (incoming.pillarId)
        existing.pillarId = incoming.pillarId;
    if (incoming.status != ActivityStatus::NotStarted) {
        existing.status = incoming.status;
        existing.progress = incoming.progress;
    }
    for (const MetricValue& v : incoming.figures) {
        bool found = false;
        for (MetricValue& mine : existing.figures) {
            if (mine.metricId != v.metricId)
                continue;
            found = true;
            if (v.target.isSet)
                mine.target = v.target;
            if (v.actual.isSet)
                mine.actual = v.actual;
        }
        if (!found)
            existing.figures << v;
    }
    return existing;
}

} // namespace

PlanImportEditor::PlanImportEditor(Workspace& workspace, ActivityEditor& activities, QObject* parent)
    : QObject(parent), m_workspace(workspace), m_activities(activities)
{}

ImportContext PlanImportEditor::context() const
{
    ImportContext c;
    c.campaign = m_workspace.campaign().campaign;
    c.pillars = m_workspace.campaign().pillars;
    c.metrics = m_workspace.campaign().metrics;
    c.departments = m_workspace.departments();
    c.unit = m_workspace.unit();
    c.existing = m_workspace.activityModel()->activities();
    c.today = m_workspace.clock().today();
    return c;
}

bool PlanImportEditor::run(const ImportPreview& preview, const Choices& choices, Outcome* outcome,
                           QString* error)
{
    Outcome out;
    PlanImportCommand::Change change;
    QHash<QString, qint64> departmentIds; // new department name → placeholder id
    auto departmentId = [&](const QString& name) {
        auto it = departmentIds.find(name);
        if (it == departmentIds.end()) {
            Department d;
            d.name = name;
            change.newDepartments << d;
            out.departmentsAdded << name;
            it = departmentIds.insert(name, -qint64(change.newDepartments.size()));
        }
        return *it;
    };
    QHash<QString, qint64> pillarIds; // group text → pillar id or placeholder
    const int existingPillars = int(m_workspace.campaign().pillars.size());
    for (const GroupMapping& g : preview.groups) {
        if (g.pillarId) {
            pillarIds.insert(g.text, g.pillarId);
        } else if (g.createNew) {
            Pillar p;
            p.campaignId = m_workspace.currentCampaignId();
            p.title = ImportText::withoutEnumerator(g.text);
            p.colour = pillarColour(existingPillars + int(change.newPillars.size()));
            change.newPillars << p;
            out.pillarsAdded << p.title;
            pillarIds.insert(g.text, -qint64(change.newPillars.size()));
        }
    }

    const ActivityTableModel& model = *m_workspace.activityModel();
    change.inserted.reserve(preview.rows.size());
    QSet<qint64> updatedIds;
    for (const ImportRow& row : preview.rows) {
        if (row.hasError() || (row.duplicateOf && !choices.updateDuplicates) ||
            updatedIds.contains(row.duplicateOf)) {
            ++out.skipped;
            continue;
        }
        Activity a = row.activity;
        a.campaignId = m_workspace.currentCampaignId();
        a.pillarId = pillarIds.value(row.group);
        if (!ActivityValidator::problem(a).isEmpty()) {
            ++out.skipped;
            continue;
        }
        if (!row.leadName.isEmpty())
            a.leadDepartmentId = departmentId(row.leadName);
        for (const QString& name : row.assistingNames)
            a.assistingDepartmentIds << departmentId(name);
        if (!row.dateRead)
            ++out.withoutDate;
        const int existingRow = row.duplicateOf ? model.rowOfId(row.duplicateOf) : -1;
        if (existingRow >= 0) {
            const Activity before = model.activityAt(existingRow);
            change.previous << before;
            change.updated << merged(before, a);
            updatedIds.insert(before.id);
            ++out.updated;
        } else {
            change.inserted << a;
            ++out.added;
        }
    }
    if (change.inserted.isEmpty() && change.updated.isEmpty()) {
        *error = tr("Nothing to import: every row is already in the plan or needs a correction first.");
        return false;
    }
    // Pillars only skipped rows wanted are not created; the placeholders of the later ones move down.
    QSet<qint64> usedPillars;
    for (const QList<Activity>* list : {&change.inserted, &change.updated})
        for (const Activity& a : *list)
            usedPillars.insert(a.pillarId);
    QList<Pillar> keptPillars;
    QHash<qint64, qint64> renumber;
    out.pillarsAdded.clear();
    for (int i = 0; i < change.newPillars.size(); ++i) {
        if (usedPillars.contains(-qint64(i + 1))) {
            keptPillars << change.newPillars.at(i);
            renumber.insert(-qint64(i + 1), -qint64(keptPillars.size()));
            out.pillarsAdded << change.newPillars.at(i).title;
        }
    }
    change.newPillars = keptPillars;
    for (QList<Activity>* list : {&change.inserted, &change.updated})
        for (Activity& a : *list)
            if (a.pillarId < 0)
                a.pillarId = renumber.value(a.pillarId);

    const QString text = tr("Import %n activities", nullptr, out.added + out.updated);
    auto command =
        std::make_unique<PlanImportCommand>(m_activities.store(), m_workspace, std::move(change), text);
    if (!WriteCommand::push(*m_workspace.undoStack(), std::move(command), error))
        return false;
    if (outcome)
        *outcome = out;
    return true;
}

bool PlanImportEditor::runForUnit(const ImportPreview& preview, const QString& unitName,
                                  UnitTableImport::Result* result, QString* error)
{
    return UnitTableImport::run(m_workspace.database(), preview, m_workspace.campaign(), unitName,
                                m_workspace.clock().today(), result, error);
}
