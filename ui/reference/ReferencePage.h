#pragma once

#include <QWidget>

class CampaignForm;
class DepartmentListModel;
class QAction;
class QLabel;
class QTabWidget;
class ReferenceEditor;
class ReferenceListEditor;
class UnitProfileForm;
class Workspace;

// 基础数据: the unit, the current campaign's notice data and lists, and the file's departments,
// one tab each, over the workspace's models. Every change goes through the ReferenceEditor (written at
// once, undoable), which updates the workspace, so every page follows. Slogans are edited on the
// publicity page.
class ReferencePage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { UnitTab, CampaignTab, PillarsTab, OrganizersTab, DepartmentsTab, MetricsTab };

    ReferencePage(Workspace& workspace, ReferenceEditor& editor, QWidget* parent = nullptr);

    // "New campaign from…", for a menu of the main window.
    QAction* newCampaignAction() const { return m_newCampaign; }
    QTabWidget* tabs() const { return m_tabs; }
    ReferenceListEditor* departmentsEditor() const { return m_departments; }
    DepartmentListModel* departmentModel() const;

private:
    void reload();
    void showNewCampaignDialog();

    Workspace& m_workspace;
    ReferenceEditor& m_editor;
    QTabWidget* m_tabs;
    QLabel* m_heading;
    QLabel* m_failure;
    QAction* m_newCampaign;
    UnitProfileForm* m_unitForm;
    CampaignForm* m_campaignForm;
    ReferenceListEditor* m_departments;
};
