#pragma once

#include "Campaign.h"
#include "CampaignSnapshot.h"
#include "Clock.h"
#include "Department.h"
#include "UnitProfile.h"

#include <QObject>
#include <QString>

#include <memory>

class ActivityEditor;
class ActivityRepository;
class ActivityStore;
class ActivityTableModel;
class CampaignRepository;
class Database;
class DepartmentRepository;
class ProfileRepository;
class FileLock;
class QUndoStack;

// One open campaign file with everything that works on it: the repositories, the current
// campaign's reference data, the activity model and the undo stack. Replaced as a whole when the
// user opens another file, so a failed open leaves the current workspace untouched.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // Opens an existing file; nullptr and a translated reason on failure. A file is open in one window
    // at a time (a lock file next to it), so two windows never undo and collect over each other.
    static std::unique_ptr<Workspace> open(const QString& path, const Clock& clock, QString* error);
    ~Workspace() override;

    QString path() const;
    const Clock& clock() const { return m_clock; }
    // "Today" for deadlines, reminders and overdue marks: invalid while the current campaign is
    // finished (已报送), so an old campaign reads as history. Calendars and signatures use clock().
    QDate deadlineDay() const;
    const Database& database() const { return *m_db; }
    ActivityRepository& activityRepository() { return *m_activities; }
    CampaignRepository& campaignRepository() { return *m_campaigns; }
    DepartmentRepository& departmentRepository() { return *m_departments; }
    ProfileRepository& profileRepository() { return *m_profile; }
    QUndoStack* undoStack() const { return m_undoStack; }
    ActivityTableModel* activityModel() const { return m_activityModel; }
    // Every user change to activities goes through the editor (validated, written, undoable).
    ActivityEditor* activityEditor() const { return m_activityEditor; }

    QList<Campaign> campaigns() const { return m_campaignList; }
    qint64 currentCampaignId() const { return m_campaign.campaign.id; }
    // Loads another campaign of the same file; clears the undo stack.
    bool setCurrentCampaign(qint64 campaignId, QString* error);

    // The current campaign's notice data, the file's departments and the unit, as last loaded.
    const CampaignContent& campaign() const { return m_campaign; }
    const QList<Department>& departments() const { return m_departmentList; }
    const UnitProfile& unit() const { return m_unit; }
    // A copy of everything above plus the activities, for exports.
    CampaignSnapshot snapshot() const;

    // Re-reads campaigns, pillars, metrics, departments and the unit after a page changed them.
    // Activities are re-read too when a department, pillar or metric disappeared (the file rewrote them).
    bool reloadReferenceData(QString* error);
    // The welcome's writes (first start, not undoable): the unit profile, and the departments and unit
    // of last year's file (CarryOver). Both reload the reference data; false and a translated reason.
    bool saveUnit(const UnitProfile& unit, QString* error);
    bool carryOverFrom(const QString& previousFile, int* departmentsAdded, QString* error);
    // Re-reads the current campaign's activities (after a page wrote activities itself).
    bool reloadActivities(QString* error);

signals:
    void currentCampaignChanged();
    void referenceDataChanged();
    // Any activity inserted, edited or removed (also through undo).
    void activitiesChanged();

private:
    Workspace(std::unique_ptr<Database> db, const Clock& clock);
    bool loadReference(QString* error);
    bool loadCampaign(qint64 campaignId, QString* error);

    std::unique_ptr<FileLock> m_lock; // released last, after the database closed
    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    std::unique_ptr<ActivityRepository> m_activities;
    std::unique_ptr<CampaignRepository> m_campaigns;
    std::unique_ptr<DepartmentRepository> m_departments;
    std::unique_ptr<ProfileRepository> m_profile;
    QUndoStack* m_undoStack = nullptr;
    ActivityTableModel* m_activityModel = nullptr;
    ActivityStore* m_activityStore = nullptr;
    ActivityEditor* m_activityEditor = nullptr;
    QList<Campaign> m_campaignList;
    CampaignContent m_campaign;
    QList<Department> m_departmentList;
    UnitProfile m_unit;
};
