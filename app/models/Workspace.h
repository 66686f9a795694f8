#pragma once

#include "ActivityChange.h"
#include "Campaign.h"
#include "CampaignSnapshot.h"
#include "Clock.h"
#include "Department.h"
#include "RowChange.h"
#include "UnitProfile.h"

#include "ActivityLoader.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class ActivityTableModel;
class Database;
class DepartmentListModel;
class MetricListModel;
class OrganizerListModel;
class PillarListModel;
class FileLock;
class QUndoStack;
class ReferenceListModel;
class RequirementListModel;
class SloganListModel;

// One open campaign file: the file itself, what the current campaign holds in memory (its notice data,
// the file's departments and unit, the activities) with the models that show it, and the undo stack.
// Replaced as a whole when the user opens another file, so a failed open leaves the current workspace
// untouched. It writes nothing itself: the editors (ActivityEditor, ReferenceEditor, EvidenceEditor),
// built over it by the composition root, write through their stores, which update it.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // Opens an existing file; nullptr and a translated reason on failure. A file is open in one window
    // at a time (a lock file next to it), so two windows never undo and collect over each other.
    static std::unique_ptr<Workspace> open(const QString& path, const Clock& clock, QString* error);

    // Work that can take seconds (reading a campaign of a million activities): the program installs a
    // runner that does it on another thread behind a progress dialog with Cancel; without one (the
    // command line, tests) it runs at once. The work reports into, and stops on, the Progress given.
    using LongWork = std::function<bool(ActivityLoader::Progress*)>;
    using LongWorkRunner = std::function<bool(const QString& what, const LongWork& work)>;
    void setLongWorkRunner(LongWorkRunner runner) { m_longWorkRunner = std::move(runner); }
    // Opening in two halves, so the long one can run on another thread (WorkspaceOpener): prepare()
    // does everything but read the activities of *campaignId (the file's path says where; reading
    // them needs no QSqlDatabase); finishOpen() takes them. Between the two the workspace is not
    // shown to anyone.
    static std::unique_ptr<Workspace> prepare(const QString& path, const Clock& clock, qint64* campaignId,
                                              QString* error);
    [[nodiscard]] bool finishOpen(qint64 campaignId, QList<Activity> activities, QString* error);
    ~Workspace() override;

    QString path() const;
    // The suffix of campaign files ("campaign"), for file dialogs.
    static QString fileSuffix();
    const Clock& clock() const { return m_clock; }
    // "Today" for deadlines, reminders and overdue marks: invalid while the current campaign is
    // finished (已报送), so an old campaign reads as history. Calendars and signatures use clock().
    QDate deadlineDay() const;
    // The open file, for the editors and services of this layer; widgets never touch it.
    const Database& database() const { return *m_db; }
    QUndoStack* undoStack() const { return m_undoStack; }

    ActivityTableModel* activityModel() const { return m_activityModel; }
    PillarListModel* pillarModel() const { return m_pillarModel; }
    OrganizerListModel* organizerModel() const { return m_organizerModel; }
    RequirementListModel* requirementModel() const { return m_requirementModel; }
    MetricListModel* metricModel() const { return m_metricModel; }
    DepartmentListModel* departmentModel() const { return m_departmentModel; }
    SloganListModel* sloganModel() const { return m_sloganModel; }
    // The five reference lists above, for whoever serves them all (the ReferenceEditor).
    QList<ReferenceListModel*> referenceModels() const;

    QList<Campaign> campaigns() const { return m_campaignList; }
    qint64 currentCampaignId() const { return m_campaign.campaign.id; }
    // Loads another campaign of the same file; clears the undo stack.
    bool setCurrentCampaign(qint64 campaignId, QString* error);

    // The current campaign's notice data, the file's departments and the unit.
    const CampaignContent& campaign() const { return m_campaign; }
    const QList<Department>& departments() const { return m_departmentList; }
    const UnitProfile& unit() const { return m_unit; }
    // A copy of everything above plus the activities, for exports.
    CampaignSnapshot snapshot() const;

    // Reads campaigns, their lists, departments and the unit again after a write that made many
    // changes at once (an import, a new campaign). Activities are read again too when a department,
    // pillar or metric disappeared (the file rewrote them).
    bool reloadReferenceData(QString* error);
    // Reads the current campaign's activities again (after a write changed many of their links).
    bool reloadActivities(QString* error);

    // An activity's change history: the file's own, or where the window is open on a shared server,
    // the server's (which names the users), through the reader the shared session installs.
    using HistoryReader = std::function<bool(qint64 activityId, const QString& uuid,
                                             QList<ActivityChange>* out, QString* error)>;
    void setHistoryReader(HistoryReader reader) { m_historyReader = std::move(reader); }
    [[nodiscard]] bool activityHistory(qint64 activityId, const QString& uuid, QList<ActivityChange>* out,
                                       QString* error) const;
    // The server the window is open on (its display form), empty for a plain file.
    QString sharedServer() const { return m_sharedServer; }
    void setSharedServer(const QString& display) { m_sharedServer = display; }

signals:
    void currentCampaignChanged();
    // Any reference data changed in memory (also through undo and redo).
    void referenceDataChanged();
    // Any activity inserted, edited or removed (also through undo).
    void activitiesChanged();

private:
    // ReferenceStore writes reference data and then mirrors it here; nothing else changes it.
    friend class ReferenceStore;
    void mirrorCampaign(const Campaign& campaign);
    void mirrorUnit(const UnitProfile& unit);
    void mirrorPillars(const QList<Pillar>& pillars, RowChange change);
    void mirrorMetrics(const QList<Metric>& metrics, RowChange change);
    void mirrorDepartments(const QList<Department>& departments, RowChange change);
    void mirrorOrganizers(const QList<Organizer>& organizers, RowChange change);
    void mirrorRequirements(const QList<Requirement>& requirements, RowChange change);
    void mirrorSlogans(const QList<Slogan>& slogans, RowChange change);

    Workspace(std::unique_ptr<Database> db, const Clock& clock);
    bool loadReference(QString* error);
    bool loadCampaign(qint64 campaignId, QString* error);
    bool loadCampaign(qint64 campaignId, QList<Activity> activities, QString* error);
    // The campaign's activities, through the long-work runner when there is one.
    bool readActivities(qint64 campaignId, QList<Activity>* out, QString* error);
    // Shows m_campaign and the departments in every model.
    void showReference();

    std::unique_ptr<FileLock> m_lock; // released last, after the database closed
    LongWorkRunner m_longWorkRunner;
    HistoryReader m_historyReader;
    QString m_sharedServer;
    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    QUndoStack* m_undoStack = nullptr;
    ActivityTableModel* m_activityModel = nullptr;
    PillarListModel* m_pillarModel = nullptr;
    OrganizerListModel* m_organizerModel = nullptr;
    RequirementListModel* m_requirementModel = nullptr;
    MetricListModel* m_metricModel = nullptr;
    DepartmentListModel* m_departmentModel = nullptr;
    SloganListModel* m_sloganModel = nullptr;
    QList<Campaign> m_campaignList;
    CampaignContent m_campaign;
    QList<Department> m_departmentList;
    UnitProfile m_unit;
};
