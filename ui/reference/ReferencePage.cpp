#include "ReferencePage.h"

#include "CampaignForm.h"
#include "ColourDelegate.h"
#include "DepartmentListModel.h"
#include "MetricListModel.h"
#include "NewCampaignDialog.h"
#include "OrganizerListModel.h"
#include "PillarListModel.h"
#include "ReferenceEditor.h"
#include "ReferenceListEditor.h"
#include "RequirementListModel.h"
#include "UnitProfileForm.h"
#include "Workspace.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Short lists and forms read better at a line length than stretched over a wide screen.
QWidget* leftAligned(QWidget* content, int maxWidth)
{
    content->setMaximumWidth(maxWidth);
    auto* holder = new QWidget;
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(content, 1);
    layout->addStretch(0);
    return holder;
}
} // namespace

ReferencePage::ReferencePage(Workspace& workspace, ReferenceEditor& editor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_editor(editor), m_tabs(new QTabWidget),
      m_heading(new QLabel), m_failure(new QLabel),
      m_newCampaign(new QAction(tr("New Campaign From…"), this)),
      m_unitForm(new UnitProfileForm(workspace, editor)), m_campaignForm(new CampaignForm(workspace, editor)),
      m_departments(new ReferenceListEditor(workspace.departmentModel(), tr("Name of a new department")))
{
    m_newCampaign->setStatusTip(tr("Start another year's campaign as a copy of an existing one"));
    auto* newCampaignButton = new QToolButton;
    newCampaignButton->setDefaultAction(m_newCampaign);
    newCampaignButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    // An undo or redo the file refused (the item it names is gone): said here, the step is dropped.
    m_failure->setObjectName(QStringLiteral("undoFailure"));
    m_failure->setWordWrap(true);
    m_failure->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_failure->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(newCampaignButton);

    auto* requirements =
        new ReferenceListEditor(workspace.requirementModel(), tr("Title of a new requirement"));
    requirements->setLongTextColumn(RequirementListModel::TextColumn, tr("Text"));
    requirements->setStretchColumn(RequirementListModel::TitleColumn);
    auto* requirementsBox = new QGroupBox(tr("Requirements"));
    (new QVBoxLayout(requirementsBox))->addWidget(requirements);
    auto* campaignTab = new QWidget;
    auto* campaignLayout = new QHBoxLayout(campaignTab);
    auto* formColumn = new QVBoxLayout;
    formColumn->addWidget(m_campaignForm);
    formColumn->addStretch();
    campaignLayout->addLayout(formColumn, 5);
    campaignLayout->addWidget(requirementsBox, 4);

    auto* pillars = new ReferenceListEditor(workspace.pillarModel(), tr("Title of a new pillar"));
    pillars->setLongTextColumn(PillarListModel::FullTextColumn, tr("Full text"));
    pillars->setStretchColumn(PillarListModel::TitleColumn);
    pillars->view()->setItemDelegateForColumn(PillarListModel::ColourColumn, new ColourDelegate(pillars));
    auto* organizers = new ReferenceListEditor(workspace.organizerModel(), tr("Name of a new organizer"));
    organizers->setLongTextColumn(OrganizerListModel::ActivitiesColumn, tr("Main activities"));
    organizers->setStretchColumn(OrganizerListModel::NameColumn);
    m_departments->setStretchColumn(DepartmentListModel::NameColumn);
    auto* metrics = new ReferenceListEditor(workspace.metricModel(), tr("Name of a new metric"));
    metrics->setStretchColumn(MetricListModel::NameColumn);
    metrics->view()->horizontalHeader()->setSectionResizeMode(MetricListModel::UnitColumn,
                                                              QHeaderView::Interactive);
    metrics->view()->setColumnWidth(MetricListModel::UnitColumn,
                                    8 * metrics->fontMetrics().averageCharWidth() + 40);

    m_tabs->addTab(leftAligned(m_unitForm, 720), tr("Unit"));
    m_tabs->addTab(campaignTab, tr("Campaign"));
    m_tabs->addTab(pillars, tr("Pillars"));
    m_tabs->addTab(organizers, tr("Organizers"));
    m_tabs->addTab(leftAligned(m_departments, 720), tr("Departments"));
    m_tabs->addTab(leftAligned(metrics, 720), tr("Metrics"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_failure);
    layout->addWidget(m_tabs, 1);

    connect(m_newCampaign, &QAction::triggered, this, &ReferencePage::showNewCampaignDialog);
    // The lists are the workspace's models and follow by themselves; forms and heading are shown again.
    connect(&workspace, &Workspace::referenceDataChanged, this, &ReferencePage::reload);
    connect(&workspace, &Workspace::currentCampaignChanged, this, &ReferencePage::reload);
    connect(&editor, &ReferenceEditor::writeFailed, this, [this](const QString& reason) {
        m_failure->setText(tr("Not undone: %1").arg(reason));
        m_failure->show();
    });
    reload();
}

DepartmentListModel* ReferencePage::departmentModel() const
{
    return m_workspace.departmentModel();
}

void ReferencePage::reload()
{
    const Campaign& c = m_workspace.campaign().campaign;
    m_heading->setText(tr("%1 (%2)").arg(c.title).arg(c.year));
    m_failure->hide();
    m_unitForm->reload();
    m_campaignForm->reload();
}

void ReferencePage::showNewCampaignDialog()
{
    NewCampaignDialog dialog(m_workspace, m_editor, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tabs->setCurrentIndex(CampaignTab);
}
