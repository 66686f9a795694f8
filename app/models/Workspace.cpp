#include "Workspace.h"

#include "ActivityEditor.h"
#include "ActivityRepository.h"
#include "ActivityStore.h"
#include "ActivityTableModel.h"
#include "CampaignRepository.h"
#include "CarryOver.h"
#include "Database.h"
#include "DepartmentRepository.h"
#include "EvidenceFiles.h"
#include "FileLock.h"
#include "ProfileRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

namespace {

const QString kCurrentCampaign = QStringLiteral("currentCampaign");

template <typename T> QSet<qint64> idsOf(const QList<T>& list)
{
    QSet<qint64> ids;
    for (const T& item : list)
        ids.insert(item.id);
    return ids;
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db)), m_clock(clock), m_activities(std::make_unique<ActivityRepository>(*m_db)),
      m_campaigns(std::make_unique<CampaignRepository>(*m_db)),
      m_departments(std::make_unique<DepartmentRepository>(*m_db)),
      m_profile(std::make_unique<ProfileRepository>(*m_db)), m_undoStack(new QUndoStack(this)),
      m_activityModel(new ActivityTableModel(clock, this))
{
    m_activityStore = new ActivityStore(*m_activities, *m_activityModel, this);
    m_activityEditor = new ActivityEditor(*m_activityStore, *m_undoStack, this);
    m_activityModel->setEditor(m_activityEditor);
    connect(m_activityEditor, &ActivityEditor::rejected, m_activityModel, &ActivityTableModel::editRejected);
    connect(m_activityStore, &ActivityStore::writeFailed, m_activityModel, &ActivityTableModel::editRejected);
    connect(m_activityStore, &ActivityStore::changed, this, &Workspace::activitiesChanged);
}

Workspace::~Workspace()
{
    // Commands refer to the store; drop them before the repositories go.
    m_undoStack->clear();
    // With the undo stack gone no detach can be undone: stored files no row names can go.
    QString error;
    int removed = 0;
    if (!EvidenceFiles::collectUnreferenced(*m_db, &removed, &error))
        qWarning("Stored evidence no row names was not all removed: %s", qPrintable(error)); // next close
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, const Clock& clock, QString* error)
{
    std::unique_ptr<FileLock> lock = FileLock::take(path, error);
    if (!lock)
        return nullptr;
    std::unique_ptr<Database> db = Database::open(path, error);
    if (!db)
        return nullptr;
    std::unique_ptr<Workspace> ws(new Workspace(std::move(db), clock));
    ws->m_lock = std::move(lock);
    if (!ws->loadReference(error))
        return nullptr;
    // The campaign shown last, else the newest one.
    QString remembered;
    if (!ws->m_profile->setting(kCurrentCampaign, &remembered, error))
        return nullptr;
    qint64 campaignId = ws->m_campaignList.isEmpty() ? 0 : ws->m_campaignList.first().id;
    for (const Campaign& c : std::as_const(ws->m_campaignList))
        if (c.id == remembered.toLongLong())
            campaignId = c.id;
    if (!ws->loadCampaign(campaignId, error))
        return nullptr;
    return ws;
}

QDate Workspace::deadlineDay() const
{
    return CampaignStates::deadlineDay(m_campaign.campaign.state, m_clock.today());
}

QString Workspace::path() const
{
    return m_db->path();
}

bool Workspace::loadReference(QString* error)
{
    QList<Campaign> campaigns;
    QList<Department> departments;
    UnitProfile unit;
    if (!m_campaigns->list(&campaigns, error) || !m_departments->list(&departments, error) ||
        !m_profile->load(&unit, error))
        return false;
    m_campaignList = std::move(campaigns);
    m_departmentList = std::move(departments);
    m_unit = unit;
    return true;
}

bool Workspace::loadCampaign(qint64 campaignId, QString* error)
{
    CampaignContent content;
    if (campaignId != 0 && !m_campaigns->load(campaignId, &content, error))
        return false;
    QList<Activity> activities;
    if (campaignId != 0 && !m_activities->loadAll(campaignId, &activities, error))
        return false;
    m_campaign = std::move(content);
    m_activityModel->setCampaignState(m_campaign.campaign.state);
    m_activityModel->setReferenceData(m_departmentList, m_campaign.pillars);
    m_activityModel->setActivities(std::move(activities));
    return true;
}

bool Workspace::setCurrentCampaign(qint64 campaignId, QString* error)
{
    if (campaignId == m_campaign.campaign.id)
        return true;
    if (!loadCampaign(campaignId, error))
        return false;
    m_undoStack->clear();
    QString ignored; // remembering the choice is a convenience, not worth failing for
    (void)m_profile->setSetting(kCurrentCampaign, QString::number(campaignId), &ignored);
    emit currentCampaignChanged();
    emit activitiesChanged();
    return true;
}

CampaignSnapshot Workspace::snapshot() const
{
    CampaignSnapshot s;
    s.campaign = m_campaign;
    s.activities = m_activityModel->activities();
    s.departments = m_departmentList;
    s.unit = m_unit;
    return s;
}

bool Workspace::reloadReferenceData(QString* error)
{
    const QSet<qint64> departmentsBefore = idsOf(m_departmentList);
    const QSet<qint64> pillarsBefore = idsOf(m_campaign.pillars);
    const QSet<qint64> metricsBefore = idsOf(m_campaign.metrics);
    if (!loadReference(error))
        return false;
    qint64 campaignId = m_campaign.campaign.id;
    if (!idsOf(m_campaignList).contains(campaignId))
        campaignId = m_campaignList.isEmpty() ? 0 : m_campaignList.first().id;
    if (campaignId != m_campaign.campaign.id) {
        if (!loadCampaign(campaignId, error))
            return false;
        m_undoStack->clear();
        emit currentCampaignChanged();
        emit activitiesChanged();
        emit referenceDataChanged();
        return true;
    }
    CampaignContent content;
    if (campaignId != 0 && !m_campaigns->load(campaignId, &content, error))
        return false;
    m_campaign = std::move(content);
    m_activityModel->setCampaignState(m_campaign.campaign.state);
    m_activityModel->setReferenceData(m_departmentList, m_campaign.pillars);
    const bool gone = !idsOf(m_departmentList).contains(departmentsBefore) ||
                      !idsOf(m_campaign.pillars).contains(pillarsBefore) ||
                      !idsOf(m_campaign.metrics).contains(metricsBefore);
    if (gone && !reloadActivities(error))
        return false;
    emit referenceDataChanged();
    return true;
}

bool Workspace::saveUnit(const UnitProfile& unit, QString* error)
{
    return m_profile->save(unit, error) && reloadReferenceData(error);
}

bool Workspace::carryOverFrom(const QString& previousFile, int* departmentsAdded, QString* error)
{
    CarryOver::Result result;
    if (!CarryOver::fromFile(*m_db, previousFile, &result, error))
        return false;
    *departmentsAdded = result.departmentsAdded;
    return reloadReferenceData(error);
}

bool Workspace::reloadActivities(QString* error)
{
    QList<Activity> activities;
    if (!m_activities->loadAll(m_campaign.campaign.id, &activities, error))
        return false;
    m_activityModel->setActivities(std::move(activities));
    emit activitiesChanged();
    return true;
}
