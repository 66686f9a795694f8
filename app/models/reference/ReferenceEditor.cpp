#include "ReferenceEditor.h"

#include "AddReferenceCommand.h"
#include "CampaignCopy.h"
#include "CampaignRepository.h"
#include "CarryOver.h"
#include "EditCampaignCommand.h"
#include "EditReferenceCommand.h"
#include "EditUnitCommand.h"
#include "MoveReferenceCommand.h"
#include "NoticeCampaign.h"
#include "ReferenceListModel.h"
#include "ReferenceRules.h"
#include "ReferenceStore.h"
#include "RemoveReferenceCommand.h"
#include "ReplaceReferenceListCommand.h"
#include "SloganListModel.h"
#include "Workspace.h"

#include <QUndoStack>

namespace {

// What differs between the kinds of list: where the workspace keeps it, its rules and its words.
template <class Item> struct Kind;

template <> struct Kind<Pillar>
{
    static constexpr bool keepsIds = true; // activities are filed under pillars
    static const QList<Pillar>& list(const Workspace& ws) { return ws.campaign().pillars; }
    static QString name(const Pillar& p) { return p.title; }
    static QString problem(const Pillar& p, const QList<Pillar>& all)
    {
        return ReferenceRules::pillarProblem(p, all);
    }
    static QString gone() { return ReferenceEditor::tr("The pillar no longer exists."); }
    static QString cannotMove() { return ReferenceEditor::tr("The pillar cannot move there."); }
    static QString added(const Pillar& p) { return ReferenceEditor::tr("Add pillar “%1”").arg(p.title); }
    static QString edited(const Pillar&, const Pillar& p)
    {
        return ReferenceEditor::tr("Edit pillar “%1”").arg(p.title);
    }
    static QString removed(const Pillar& p) { return ReferenceEditor::tr("Delete pillar “%1”").arg(p.title); }
    static QString moved(const Pillar& p) { return ReferenceEditor::tr("Move pillar “%1”").arg(p.title); }
};

template <> struct Kind<Metric>
{
    static constexpr bool keepsIds = true; // activities hold figures per metric
    static const QList<Metric>& list(const Workspace& ws) { return ws.campaign().metrics; }
    static QString name(const Metric& m) { return m.name; }
    static QString problem(const Metric& m, const QList<Metric>& all)
    {
        return ReferenceRules::metricProblem(m, all);
    }
    static QString gone() { return ReferenceEditor::tr("The metric no longer exists."); }
    static QString cannotMove() { return ReferenceEditor::tr("The metric cannot move there."); }
    static QString added(const Metric& m) { return ReferenceEditor::tr("Add metric “%1”").arg(m.name); }
    static QString edited(const Metric&, const Metric& m)
    {
        return ReferenceEditor::tr("Edit metric “%1”").arg(m.name);
    }
    static QString removed(const Metric& m) { return ReferenceEditor::tr("Delete metric “%1”").arg(m.name); }
    static QString moved(const Metric& m) { return ReferenceEditor::tr("Move metric “%1”").arg(m.name); }
};

template <> struct Kind<Department>
{
    static constexpr bool keepsIds = true; // activities name their lead and assisting departments
    static const QList<Department>& list(const Workspace& ws) { return ws.departments(); }
    static QString name(const Department& d) { return d.name; }
    static QString problem(const Department& d, const QList<Department>& all)
    {
        return ReferenceRules::departmentProblem(d, all);
    }
    static QString gone() { return ReferenceEditor::tr("The department no longer exists."); }
    static QString cannotMove() { return ReferenceEditor::tr("The department cannot move there."); }
    static QString added(const Department& d)
    {
        return ReferenceEditor::tr("Add department “%1”").arg(d.name);
    }
    static QString edited(const Department& before, const Department& after)
    {
        if (before.name != after.name)
            return ReferenceEditor::tr("Rename department “%1”").arg(before.name);
        return (after.archived ? ReferenceEditor::tr("Archive department “%1”")
                               : ReferenceEditor::tr("Restore department “%1”"))
            .arg(after.name);
    }
    static QString removed(const Department& d)
    {
        return ReferenceEditor::tr("Delete department “%1”").arg(d.name);
    }
    static QString moved(const Department& d)
    {
        return ReferenceEditor::tr("Move department “%1”").arg(d.name);
    }
};

template <> struct Kind<Organizer>
{
    static constexpr bool keepsIds = false; // nothing refers to organizers: the list is written whole
    static const QList<Organizer>& list(const Workspace& ws) { return ws.campaign().organizers; }
    static QString name(const Organizer& o) { return o.name; }
    static QString problem(const Organizer& o, const QList<Organizer>& all)
    {
        return ReferenceRules::organizerProblem(o, all);
    }
    static QString gone() { return ReferenceEditor::tr("The organizer no longer exists."); }
    static QString cannotMove() { return ReferenceEditor::tr("The organizer cannot move there."); }
    static QString added(const Organizer& o) { return ReferenceEditor::tr("Add organizer “%1”").arg(o.name); }
    static QString edited(const Organizer&, const Organizer& o)
    {
        return ReferenceEditor::tr("Edit organizer “%1”").arg(o.name);
    }
    static QString removed(const Organizer& o)
    {
        return ReferenceEditor::tr("Delete organizer “%1”").arg(o.name);
    }
    static QString moved(const Organizer& o)
    {
        return ReferenceEditor::tr("Move organizer “%1”").arg(o.name);
    }
};

template <> struct Kind<Requirement>
{
    static constexpr bool keepsIds = false; // nothing refers to requirements: the list is written whole
    static const QList<Requirement>& list(const Workspace& ws) { return ws.campaign().requirements; }
    static QString name(const Requirement& r) { return r.title; }
    static QString problem(const Requirement& r, const QList<Requirement>& all)
    {
        return ReferenceRules::requirementProblem(r, all);
    }
    static QString gone() { return ReferenceEditor::tr("The requirement no longer exists."); }
    static QString cannotMove() { return ReferenceEditor::tr("The requirement cannot move there."); }
    static QString added(const Requirement& r)
    {
        return ReferenceEditor::tr("Add requirement “%1”").arg(r.title);
    }
    static QString edited(const Requirement&, const Requirement& r)
    {
        return ReferenceEditor::tr("Edit requirement “%1”").arg(r.title);
    }
    static QString removed(const Requirement& r)
    {
        return ReferenceEditor::tr("Delete requirement “%1”").arg(r.title);
    }
    static QString moved(const Requirement& r)
    {
        return ReferenceEditor::tr("Move requirement “%1”").arg(r.title);
    }
};

template <class Item> int rowOf(const QList<Item>& list, qint64 id)
{
    for (int row = 0; row < list.size(); ++row)
        if (list[row].id == id)
            return row;
    return -1;
}

} // namespace

ReferenceEditor::ReferenceEditor(Workspace& workspace, QObject* parent)
    : QObject(parent), m_ws(workspace), m_store(new ReferenceStore(workspace, this))
{
    connect(m_store, &ReferenceStore::writeFailed, this, &ReferenceEditor::writeFailed);
    serveModels(this);
}

ReferenceEditor::~ReferenceEditor()
{
    serveModels(nullptr);
}

void ReferenceEditor::serveModels(ReferenceEditor* editor)
{
    for (ReferenceListModel* model : m_ws.referenceModels())
        model->setEditor(editor);
    m_ws.sloganModel()->setEditor(editor);
}

bool ReferenceEditor::push(std::unique_ptr<WriteCommand> command, QString* error)
{
    QString reason;
    if (!WriteCommand::push(*m_ws.undoStack(), std::move(command), &reason))
        return refuse(reason, error);
    return true;
}

bool ReferenceEditor::refuse(const QString& reason, QString* error)
{
    if (error)
        *error = reason;
    emit rejected(reason);
    return false;
}

bool ReferenceEditor::editCampaign(const Campaign& after, QString* error)
{
    const Campaign& before = m_ws.campaign().campaign;
    if (before.id == 0 || after.id != before.id)
        return refuse(tr("The campaign is no longer the one shown."), error);
    if (const QString why = ReferenceRules::campaignProblem(after, m_ws.campaigns()); !why.isEmpty())
        return refuse(why, error);
    if (after == before)
        return true;
    return push(std::make_unique<EditCampaignCommand>(*m_store, before, after,
                                                      tr("Edit campaign %1").arg(after.year)),
                error);
}

bool ReferenceEditor::editUnit(const UnitProfile& after, QString* error)
{
    if (const QString why = ReferenceRules::unitProblem(after); !why.isEmpty())
        return refuse(why, error);
    if (after == m_ws.unit())
        return true;
    return push(std::make_unique<EditUnitCommand>(*m_store, m_ws.unit(), after, tr("Edit unit profile")),
                error);
}

bool ReferenceEditor::setSlogans(const QStringList& texts, QString* error)
{
    QList<Slogan> after;
    for (const QString& t : texts) {
        if (t.simplified().isEmpty())
            continue;
        Slogan s;
        s.campaignId = m_ws.currentCampaignId();
        s.position = int(after.size());
        s.text = t.simplified();
        after << s;
    }
    const QList<Slogan>& before = m_ws.campaign().slogans;
    if (std::equal(before.cbegin(), before.cend(), after.cbegin(), after.cend(),
                   [](const Slogan& a, const Slogan& b) { return a.text == b.text; }))
        return true;
    return push(std::make_unique<ReplaceReferenceListCommand<Slogan>>(*m_store, before, after,
                                                                      RowChange::reset(), tr("Edit slogans")),
                error);
}

template <class Item> bool ReferenceEditor::add(Item& item, QString* error)
{
    const QList<Item>& list = Kind<Item>::list(m_ws);
    item.id = 0;
    item.position = list.isEmpty() ? 0 : list.last().position + 1;
    if constexpr (!std::is_same_v<Item, Department>)
        item.campaignId = m_ws.currentCampaignId();
    if (const QString why = Kind<Item>::problem(item, list); !why.isEmpty())
        return refuse(why, error);
    if constexpr (Kind<Item>::keepsIds) {
        auto command = std::make_unique<AddReferenceCommand<Item>>(*m_store, item, Kind<Item>::added(item));
        auto* added = command.get();
        if (!push(std::move(command), error))
            return false;
        item = added->item(); // the stack owns it now; it is alive until the next push
        return true;
    } else {
        QList<Item> after = list;
        after.append(item);
        if (!push(std::make_unique<ReplaceReferenceListCommand<Item>>(
                      *m_store, list, after, RowChange::inserted(int(list.size())), Kind<Item>::added(item)),
                  error))
            return false;
        item = Kind<Item>::list(m_ws).last();
        return true;
    }
}

template <class Item> bool ReferenceEditor::edit(const Item& after, QString* error)
{
    const QList<Item>& list = Kind<Item>::list(m_ws);
    const int row = rowOf(list, after.id);
    if (row < 0)
        return refuse(Kind<Item>::gone(), error);
    if (const QString why = Kind<Item>::problem(after, list); !why.isEmpty())
        return refuse(why, error);
    const Item before = list[row];
    if (after == before)
        return true;
    const QString text = Kind<Item>::edited(before, after);
    if constexpr (Kind<Item>::keepsIds) {
        return push(std::make_unique<EditReferenceCommand<Item>>(*m_store, before, after, text), error);
    } else {
        QList<Item> changed = list;
        changed[row] = after;
        return push(std::make_unique<ReplaceReferenceListCommand<Item>>(*m_store, list, changed,
                                                                        RowChange::changed(row), text),
                    error);
    }
}

template <class Item> bool ReferenceEditor::remove(qint64 id, QString* error)
{
    const QList<Item>& list = Kind<Item>::list(m_ws);
    const int row = rowOf(list, id);
    if (row < 0)
        return refuse(Kind<Item>::gone(), error);
    const QString text = Kind<Item>::removed(list[row]);
    if constexpr (Kind<Item>::keepsIds) {
        return push(std::make_unique<RemoveReferenceCommand<Item>>(*m_store, list[row], text), error);
    } else {
        QList<Item> after = list;
        after.removeAt(row);
        return push(std::make_unique<ReplaceReferenceListCommand<Item>>(*m_store, list, after,
                                                                        RowChange::removed(row), text),
                    error);
    }
}

template <class Item> bool ReferenceEditor::move(int from, int to, QString* error)
{
    const QList<Item>& list = Kind<Item>::list(m_ws);
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size())
        return refuse(Kind<Item>::cannotMove(), error);
    if (from == to)
        return true;
    const QString text = Kind<Item>::moved(list[from]);
    if constexpr (Kind<Item>::keepsIds) {
        return push(std::make_unique<MoveReferenceCommand<Item>>(*m_store, list, from, to, text), error);
    } else {
        QList<Item> after = list;
        after.move(from, to);
        return push(std::make_unique<ReplaceReferenceListCommand<Item>>(*m_store, list, after,
                                                                        RowChange::moved(from, to), text),
                    error);
    }
}

// The kinds the models and pages use.
#define CP_REFERENCE_KIND(Item)                                                                              \
    template bool ReferenceEditor::add<Item>(Item&, QString*);                                               \
    template bool ReferenceEditor::edit<Item>(const Item&, QString*);                                        \
    template bool ReferenceEditor::remove<Item>(qint64, QString*);                                           \
    template bool ReferenceEditor::move<Item>(int, int, QString*);
CP_REFERENCE_KIND(Pillar)
CP_REFERENCE_KIND(Metric)
CP_REFERENCE_KIND(Department)
CP_REFERENCE_KIND(Organizer)
CP_REFERENCE_KIND(Requirement)
#undef CP_REFERENCE_KIND

bool ReferenceEditor::reload(QString* error)
{
    return m_ws.reloadReferenceData(error);
}

qint64 ReferenceEditor::copyCampaign(qint64 sourceId, int year, bool withUnfinished, QString* error)
{
    if (const QString refusal = WriteCommand::sharedRefusal(*m_ws.undoStack()); !refusal.isEmpty()) {
        (void)refuse(refusal, error); // writes outside the undo stack are refused like the others
        return 0;
    }
    CampaignRepository repository(m_ws.database());
    const qint64 id = CampaignCopy::run(repository, sourceId, year, withUnfinished, error);
    if (id == 0)
        return 0;
    QString ignored; // the copy is in the file; the campaign list follows when it can be read
    reload(&ignored);
    return id;
}

QString ReferenceEditor::noticePlan(const NoticeFields& fields) const
{
    CampaignRepository repository(m_ws.database());
    return NoticeCampaign::plan(repository, fields);
}

qint64 ReferenceEditor::createFromNotice(const NoticeFields& fields, qint64 carryMetricsFrom, bool* created,
                                         QString* error)
{
    if (const QString refusal = WriteCommand::sharedRefusal(*m_ws.undoStack()); !refusal.isEmpty()) {
        (void)refuse(refusal, error); // writes outside the undo stack are refused like the others
        return 0;
    }
    CampaignRepository repository(m_ws.database());
    NoticeCampaign::Outcome outcome;
    if (!NoticeCampaign::apply(repository, fields, carryMetricsFrom, &outcome, error))
        return 0;
    if (created)
        *created = outcome.createdCampaign;
    QString ignored; // the campaign is in the file; the lists follow when it can be read
    reload(&ignored);
    return outcome.campaignId;
}

bool ReferenceEditor::carryOverFrom(const QString& previousFile, int* departmentsAdded, QString* error)
{
    CarryOver::Result result;
    if (!CarryOver::fromFile(m_ws.database(), previousFile, &result, error))
        return false;
    *departmentsAdded = result.departmentsAdded;
    return reload(error);
}
