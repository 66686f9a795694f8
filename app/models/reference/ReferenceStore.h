#pragma once

#include "Campaign.h"
#include "Department.h"
#include "ReferenceRemoval.h"
#include "RowChange.h"
#include "UnitProfile.h"

#include <QObject>

#include <memory>

class CampaignRepository;
class DepartmentRepository;
class ProfileRepository;
class Workspace;

// The one place where reference data is written: each call writes through a repository in one
// transaction and, only when that succeeded, mirrors the change into the workspace (its values and its
// list models), which announces it. Undo commands use it; it knows nothing about undo.
class ReferenceStore : public QObject
{
    Q_OBJECT

public:
    explicit ReferenceStore(Workspace& workspace, QObject* parent = nullptr);
    ~ReferenceStore() override;

    Workspace& workspace() const { return m_ws; }

    bool updateCampaign(const Campaign& campaign, QString* error);
    bool saveUnit(const UnitProfile& unit, QString* error);

    // Pillars, metrics and departments keep their ids: activities refer to them. save() inserts when
    // the id is 0 (filling it) and updates the row in place otherwise.
    bool save(Pillar& pillar, QString* error);
    bool save(Metric& metric, QString* error);
    bool save(Department& department, QString* error);
    // Removes the row and fills `removed` with what went with it (activities lose the link).
    bool remove(const Pillar& pillar, ReferenceRemoval* removed, QString* error);
    bool remove(const Metric& metric, ReferenceRemoval* removed, QString* error);
    bool remove(const Department& department, ReferenceRemoval* removed, QString* error);
    // Puts a removed row back under its id, with the links `removed` lists.
    bool restore(const Pillar& pillar, const ReferenceRemoval& removed, QString* error);
    bool restore(const Metric& metric, const ReferenceRemoval& removed, QString* error);
    bool restore(const Department& department, const ReferenceRemoval& removed, QString* error);
    // Writes the order of `ordered` (the whole list); `change` says which row moved.
    bool setOrder(QList<Pillar> ordered, RowChange change, QString* error);
    bool setOrder(QList<Metric> ordered, RowChange change, QString* error);
    bool setOrder(QList<Department> ordered, RowChange change, QString* error);

    // Organizers, requirements and slogans: nothing refers to them, so the list is written whole
    // (with fresh ids, filled into `list`).
    bool replace(QList<Organizer> list, RowChange change, QString* error);
    bool replace(QList<Requirement> list, RowChange change, QString* error);
    bool replace(QList<Slogan> list, RowChange change, QString* error);

signals:
    // An undo or redo could not be written; the command is dropped from the stack.
    void writeFailed(const QString& reason);

private:
    // A removal or restore that changed activities' links: the activities are read again.
    bool afterLinksChanged(const ReferenceRemoval& removed, QString* error);

    Workspace& m_ws;
    std::unique_ptr<CampaignRepository> m_campaigns;
    std::unique_ptr<DepartmentRepository> m_departments;
    std::unique_ptr<ProfileRepository> m_profile;
};
