#include "ReferenceStore.h"

#include "CampaignRepository.h"
#include "DepartmentRepository.h"
#include "ProfileRepository.h"
#include "Workspace.h"

namespace {

template <class Item> int rowOf(const QList<Item>& list, qint64 id)
{
    for (int row = 0; row < list.size(); ++row)
        if (list[row].id == id)
            return row;
    return -1;
}

// Inserts or replaces `item` in a list kept in the file's order (position, then id).
template <class Item> RowChange put(QList<Item>& list, const Item& item)
{
    if (const int row = rowOf(list, item.id); row >= 0) {
        list[row] = item;
        return RowChange::changed(row);
    }
    int row = 0;
    while (row < list.size() &&
           std::pair(list[row].position, list[row].id) < std::pair(item.position, item.id))
        ++row;
    list.insert(row, item);
    return RowChange::inserted(row);
}

template <class Item> RowChange take(QList<Item>& list, qint64 id)
{
    const int row = rowOf(list, id);
    if (row < 0)
        return RowChange::reset();
    list.removeAt(row);
    return RowChange::removed(row);
}

template <class Item> QList<qint64> idsOf(QList<Item>& list)
{
    QList<qint64> ids;
    for (int i = 0; i < list.size(); ++i) {
        list[i].position = i;
        ids << list[i].id;
    }
    return ids;
}

} // namespace

ReferenceStore::ReferenceStore(Workspace& workspace, QObject* parent)
    : QObject(parent), m_ws(workspace),
      m_campaigns(std::make_unique<CampaignRepository>(workspace.database())),
      m_departments(std::make_unique<DepartmentRepository>(workspace.database())),
      m_profile(std::make_unique<ProfileRepository>(workspace.database()))
{}

ReferenceStore::~ReferenceStore() = default;

bool ReferenceStore::updateCampaign(const Campaign& campaign, QString* error)
{
    if (!m_campaigns->update(campaign, error))
        return false;
    m_ws.mirrorCampaign(campaign);
    return true;
}

bool ReferenceStore::saveUnit(const UnitProfile& unit, QString* error)
{
    if (!m_profile->save(unit, error))
        return false;
    m_ws.mirrorUnit(unit);
    return true;
}

bool ReferenceStore::save(Pillar& pillar, QString* error)
{
    if (!m_campaigns->savePillar(pillar, error))
        return false;
    QList<Pillar> list = m_ws.campaign().pillars;
    const RowChange change = put(list, pillar);
    m_ws.mirrorPillars(list, change);
    return true;
}

bool ReferenceStore::save(Metric& metric, QString* error)
{
    if (!m_campaigns->saveMetric(metric, error))
        return false;
    QList<Metric> list = m_ws.campaign().metrics;
    const RowChange change = put(list, metric);
    m_ws.mirrorMetrics(list, change);
    return true;
}

bool ReferenceStore::save(Department& department, QString* error)
{
    if (!m_departments->save(department, error))
        return false;
    QList<Department> list = m_ws.departments();
    const RowChange change = put(list, department);
    m_ws.mirrorDepartments(list, change);
    return true;
}

bool ReferenceStore::remove(const Pillar& pillar, ReferenceRemoval* removed, QString* error)
{
    if (!m_campaigns->removePillar(pillar.id, removed, error))
        return false;
    QList<Pillar> list = m_ws.campaign().pillars;
    const RowChange change = take(list, pillar.id);
    m_ws.mirrorPillars(list, change);
    return afterLinksChanged(*removed, error);
}

bool ReferenceStore::remove(const Metric& metric, ReferenceRemoval* removed, QString* error)
{
    if (!m_campaigns->removeMetric(metric.id, removed, error))
        return false;
    QList<Metric> list = m_ws.campaign().metrics;
    const RowChange change = take(list, metric.id);
    m_ws.mirrorMetrics(list, change);
    return afterLinksChanged(*removed, error);
}

bool ReferenceStore::remove(const Department& department, ReferenceRemoval* removed, QString* error)
{
    if (!m_departments->remove(department.id, removed, error))
        return false;
    QList<Department> list = m_ws.departments();
    const RowChange change = take(list, department.id);
    m_ws.mirrorDepartments(list, change);
    return afterLinksChanged(*removed, error);
}

bool ReferenceStore::restore(const Pillar& pillar, const ReferenceRemoval& removed, QString* error)
{
    if (!m_campaigns->restorePillar(pillar, removed, error))
        return false;
    QList<Pillar> list = m_ws.campaign().pillars;
    const RowChange change = put(list, pillar);
    m_ws.mirrorPillars(list, change);
    return afterLinksChanged(removed, error);
}

bool ReferenceStore::restore(const Metric& metric, const ReferenceRemoval& removed, QString* error)
{
    if (!m_campaigns->restoreMetric(metric, removed, error))
        return false;
    QList<Metric> list = m_ws.campaign().metrics;
    const RowChange change = put(list, metric);
    m_ws.mirrorMetrics(list, change);
    return afterLinksChanged(removed, error);
}

bool ReferenceStore::restore(const Department& department, const ReferenceRemoval& removed, QString* error)
{
    if (!m_departments->restore(department, removed, error))
        return false;
    QList<Department> list = m_ws.departments();
    const RowChange change = put(list, department);
    m_ws.mirrorDepartments(list, change);
    return afterLinksChanged(removed, error);
}

bool ReferenceStore::setOrder(QList<Pillar> ordered, RowChange change, QString* error)
{
    if (!m_campaigns->setPillarOrder(idsOf(ordered), error))
        return false;
    m_ws.mirrorPillars(ordered, change);
    return true;
}

bool ReferenceStore::setOrder(QList<Metric> ordered, RowChange change, QString* error)
{
    if (!m_campaigns->setMetricOrder(idsOf(ordered), error))
        return false;
    m_ws.mirrorMetrics(ordered, change);
    return true;
}

bool ReferenceStore::setOrder(QList<Department> ordered, RowChange change, QString* error)
{
    if (!m_departments->setOrder(idsOf(ordered), error))
        return false;
    m_ws.mirrorDepartments(ordered, change);
    return true;
}

bool ReferenceStore::replace(QList<Organizer> list, RowChange change, QString* error)
{
    if (!m_campaigns->setOrganizers(m_ws.currentCampaignId(), list, error))
        return false;
    m_ws.mirrorOrganizers(list, change);
    return true;
}

bool ReferenceStore::replace(QList<Requirement> list, RowChange change, QString* error)
{
    if (!m_campaigns->setRequirements(m_ws.currentCampaignId(), list, error))
        return false;
    m_ws.mirrorRequirements(list, change);
    return true;
}

bool ReferenceStore::replace(QList<Slogan> list, RowChange change, QString* error)
{
    if (!m_campaigns->setSlogans(m_ws.currentCampaignId(), list, error))
        return false;
    m_ws.mirrorSlogans(list, change);
    return true;
}

bool ReferenceStore::afterLinksChanged(const ReferenceRemoval& removed, QString* error)
{
    // The file rewrote those activities' links; they are read again rather than patched in memory.
    return !removed.touchesActivities() || m_ws.reloadActivities(error);
}
