#pragma once

#include <QWidget>

class CampaignForm;
class DepartmentListModel;
class MetricListModel;
class OrganizerListModel;
class PillarListModel;
class QAction;
class QLabel;
class QTabWidget;
class ReferenceListEditor;
class RequirementListModel;
class UnitProfileForm;
class Workspace;

// 基础数据: the unit, the current campaign's notice data and lists, and the file's departments,
// one tab each. Every change is written at once; the workspace then reloads so other pages follow.
// Slogans are edited on the publicity page.
class ReferencePage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { UnitTab, CampaignTab, PillarsTab, OrganizersTab, DepartmentsTab, MetricsTab };

    explicit ReferencePage(Workspace& workspace, QWidget* parent = nullptr);

    // "New campaign from…", for a menu of the main window.
    QAction* newCampaignAction() const { return m_newCampaign; }
    QTabWidget* tabs() const { return m_tabs; }
    ReferenceListEditor* departmentsEditor() const { return m_departments; }
    DepartmentListModel* departmentModel() const { return m_departmentModel; }

private:
    void reload();
    void announceChange();
    void showNewCampaignDialog();
    void showError(const QString& text);

    Workspace& m_workspace;
    QTabWidget* m_tabs;
    QLabel* m_heading;
    QAction* m_newCampaign;
    UnitProfileForm* m_unitForm;
    CampaignForm* m_campaignForm;
    PillarListModel* m_pillarModel;
    OrganizerListModel* m_organizerModel;
    DepartmentListModel* m_departmentModel;
    MetricListModel* m_metricModel;
    RequirementListModel* m_requirementModel;
    ReferenceListEditor* m_departments;
    bool m_announcing = false;
};
