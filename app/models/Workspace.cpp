#include "Workspace.h"

#include "ActivityHistoryRepository.h"
#include "ActivityRepository.h"
#include "ActivityTableModel.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "DepartmentListModel.h"
#include "DepartmentRepository.h"
#include "EvidenceFiles.h"
#include "FileLock.h"
#include "MetricListModel.h"
#include "OrganizerListModel.h"
#include "PillarListModel.h"
#include "ProfileRepository.h"
#include "RequirementListModel.h"
#include "SloganListModel.h"

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
    : m_db(std::move(db)), m_clock(clock), m_undoStack(new QUndoStack(this)),
      m_activityModel(new ActivityTableModel(clock, this)), m_pillarModel(new PillarListModel(*m_db, this)),
      m_organizerModel(new OrganizerListModel(this)), m_requirementModel(new RequirementListModel(this)),
      m_metricModel(new MetricListModel(*m_db, this)),
      m_departmentModel(new DepartmentListModel(*m_db, this)), m_sloganModel(new SloganListModel(this))
{
    // Usage counts include the activities just edited.
    connect(this, &Workspace::activitiesChanged, m_departmentModel, &DepartmentListModel::activitiesChanged);
}

Workspace::~Workspace()
{
    // Commands refer to the editors' stores; drop them while everything they name still exists.
    m_undoStack->clear();
    // With the undo stack gone no detach can be undone: stored files no row names can go.
    QString error;
    int removed = 0;
    if (!EvidenceFiles::collectUnreferenced(*m_db, &removed, &error))
        qWarning("Stored evidence no row names was not all removed: %s", qPrintable(error)); // next close
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, const Clock& clock, QString* error)
{
    qint64 campaignId = 0;
    std::unique_ptr<Workspace> ws = prepare(path, clock, &campaignId, error);
    if (!ws)
        return nullptr;
    QList<Activity> activities;
    if (campaignId != 0 && !ActivityRepository(*ws->m_db).loadAll(campaignId, &activities, error))
        return nullptr;
    if (!ws->finishOpen(campaignId, std::move(activities), error))
        return nullptr;
    return ws;
}

std::unique_ptr<Workspace> Workspace::prepare(const QString& path, const Clock& clock, qint64* campaignId,
                                              QString* error)
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
    if (!ProfileRepository(*ws->m_db).setting(kCurrentCampaign, &remembered, error))
        return nullptr;
    *campaignId = ws->m_campaignList.isEmpty() ? 0 : ws->m_campaignList.first().id;
    for (const Campaign& c : std::as_const(ws->m_campaignList))
        if (c.id == remembered.toLongLong())
            *campaignId = c.id;
    return ws;
}

bool Workspace::finishOpen(qint64 campaignId, QList<Activity> activities, QString* error)
{
    return loadCampaign(campaignId, std::move(activities), error);
}

QDate Workspace::deadlineDay() const
{
    return CampaignStates::deadlineDay(m_campaign.campaign.state, m_clock.today());
}

QString Workspace::path() const
{
    return m_db->path();
}

QString Workspace::fileSuffix()
{
    return QLatin1String(Database::fileSuffix);
}

QList<ReferenceListModel*> Workspace::referenceModels() const
{
    return {m_pillarModel, m_organizerModel, m_requirementModel, m_metricModel, m_departmentModel};
}

bool Workspace::loadReference(QString* error)
{
    QList<Campaign> campaigns;
    QList<Department> departments;
    UnitProfile unit;
    if (!CampaignRepository(*m_db).list(&campaigns, error) ||
        !DepartmentRepository(*m_db).list(&departments, error) ||
        !ProfileRepository(*m_db).load(&unit, error))
        return false;
    m_campaignList = std::move(campaigns);
    m_departmentList = std::move(departments);
    m_unit = unit;
    return true;
}

bool Workspace::loadCampaign(qint64 campaignId, QString* error)
{
    QList<Activity> activities;
    if (campaignId != 0 && !readActivities(campaignId, &activities, error))
        return false;
    return loadCampaign(campaignId, std::move(activities), error);
}

bool Workspace::readActivities(qint64 campaignId, QList<Activity>* out, QString* error)
{
    if (!m_longWorkRunner)
        return ActivityRepository(*m_db).loadAll(campaignId, out, error);
    // Committed rows only (another connection reads them): every edit commits at once.
    const QString path = m_db->path();
    QString failure;
    const bool ok = m_longWorkRunner(tr("Reading the activities…"), [&](ActivityLoader::Progress* progress) {
        return ActivityLoader::load(path, campaignId, out, &failure, progress);
    });
    if (!ok && error)
        *error = failure;
    return ok;
}

bool Workspace::loadCampaign(qint64 campaignId, QList<Activity> activities, QString* error)
{
    CampaignContent content;
    if (campaignId != 0 && !CampaignRepository(*m_db).load(campaignId, &content, error))
        return false;
    m_campaign = std::move(content);
    showReference();
    m_activityModel->setActivities(std::move(activities));
    return true;
}

void Workspace::showReference()
{
    m_activityModel->setCampaignState(m_campaign.campaign.state);
    m_activityModel->setReferenceData(m_departmentList, m_campaign.pillars);
    m_pillarModel->setPillars(m_campaign.pillars);
    m_organizerModel->setOrganizers(m_campaign.organizers);
    m_requirementModel->setRequirements(m_campaign.requirements);
    m_metricModel->setMetrics(m_campaign.metrics);
    m_departmentModel->setDepartments(m_departmentList);
    m_sloganModel->setSlogans(m_campaign.slogans);
}

bool Workspace::setCurrentCampaign(qint64 campaignId, QString* error)
{
    if (campaignId == m_campaign.campaign.id)
        return true;
    if (!loadCampaign(campaignId, error))
        return false;
    m_undoStack->clear();
    QString ignored; // remembering the choice is a convenience, not worth failing for
    (void)ProfileRepository(*m_db).setSetting(kCurrentCampaign, QString::number(campaignId), &ignored);
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
    if (campaignId != 0 && !CampaignRepository(*m_db).load(campaignId, &content, error))
        return false;
    m_campaign = std::move(content);
    showReference();
    const bool gone = !idsOf(m_departmentList).contains(departmentsBefore) ||
                      !idsOf(m_campaign.pillars).contains(pillarsBefore) ||
                      !idsOf(m_campaign.metrics).contains(metricsBefore);
    if (gone && !reloadActivities(error))
        return false;
    emit referenceDataChanged();
    return true;
}

bool Workspace::reloadActivities(QString* error)
{
    QList<Activity> activities;
    if (m_campaign.campaign.id != 0 && !readActivities(m_campaign.campaign.id, &activities, error))
        return false;
    m_activityModel->setActivities(std::move(activities));
    emit activitiesChanged();
    return true;
}

void Workspace::mirrorCampaign(const Campaign& campaign)
{
    m_campaign.campaign = campaign;
    for (Campaign& c : m_campaignList)
        if (c.id == campaign.id)
            c = campaign;
    m_activityModel->setCampaignState(campaign.state);
    emit referenceDataChanged();
}

void Workspace::mirrorUnit(const UnitProfile& unit)
{
    m_unit = unit;
    emit referenceDataChanged();
}

void Workspace::mirrorPillars(const QList<Pillar>& pillars, RowChange change)
{
    m_campaign.pillars = pillars;
    m_pillarModel->setPillars(pillars, change);
    m_activityModel->setReferenceData(m_departmentList, m_campaign.pillars);
    emit referenceDataChanged();
}

void Workspace::mirrorMetrics(const QList<Metric>& metrics, RowChange change)
{
    m_campaign.metrics = metrics;
    m_metricModel->setMetrics(metrics, change);
    emit referenceDataChanged();
}

void Workspace::mirrorDepartments(const QList<Department>& departments, RowChange change)
{
    m_departmentList = departments;
    m_departmentModel->setDepartments(departments, change);
    m_activityModel->setReferenceData(m_departmentList, m_campaign.pillars);
    emit referenceDataChanged();
}

void Workspace::mirrorOrganizers(const QList<Organizer>& organizers, RowChange change)
{
    m_campaign.organizers = organizers;
    m_organizerModel->setOrganizers(organizers, change);
    emit referenceDataChanged();
}

void Workspace::mirrorRequirements(const QList<Requirement>& requirements, RowChange change)
{
    m_campaign.requirements = requirements;
    m_requirementModel->setRequirements(requirements, change);
    emit referenceDataChanged();
}

void Workspace::mirrorSlogans(const QList<Slogan>& slogans, RowChange)
{
    m_campaign.slogans = slogans;
    m_sloganModel->setSlogans(slogans); // keeps rows being typed into; a real difference resets
    emit referenceDataChanged();
}

bool Workspace::activityHistory(qint64 activityId, const QString& uuid, QList<ActivityChange>* out,
                                QString* error) const
{
    if (m_historyReader)
        return m_historyReader(activityId, uuid, out, error);
    return ActivityHistoryRepository(*m_db).changes(activityId, uuid, out, error);
}
