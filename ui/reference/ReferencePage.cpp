#include "ReferencePage.h"

#include "CampaignForm.h"
#include "ColourDelegate.h"
#include "DepartmentListModel.h"
#include "MetricListModel.h"
#include "NewCampaignDialog.h"
#include "OrganizerListModel.h"
#include "PillarListModel.h"
#include "ReferenceListEditor.h"
#include "RequirementListModel.h"
#include "UnitProfileForm.h"
#include "Workspace.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
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

ReferencePage::ReferencePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tabs(new QTabWidget), m_heading(new QLabel),
      m_newCampaign(new QAction(tr("New Campaign From…"), this)), m_unitForm(new UnitProfileForm(workspace)),
      m_campaignForm(new CampaignForm(workspace)),
      m_pillarModel(new PillarListModel(workspace.campaignRepository(), this)),
      m_organizerModel(new OrganizerListModel(workspace.campaignRepository(), this)),
      m_departmentModel(new DepartmentListModel(workspace.departmentRepository(), this)),
      m_metricModel(new MetricListModel(workspace.campaignRepository(), this)),
      m_requirementModel(new RequirementListModel(workspace.campaignRepository(), this)),
      m_departments(new ReferenceListEditor(m_departmentModel, tr("Name of a new department")))
{
    m_newCampaign->setStatusTip(tr("Start another year's campaign as a copy of an existing one"));
    auto* newCampaignButton = new QToolButton;
    newCampaignButton->setDefaultAction(m_newCampaign);
    newCampaignButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(newCampaignButton);

    auto* requirements = new ReferenceListEditor(m_requirementModel, tr("Title of a new requirement"));
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

    auto* pillars = new ReferenceListEditor(m_pillarModel, tr("Title of a new pillar"));
    pillars->setLongTextColumn(PillarListModel::FullTextColumn, tr("Full text"));
    pillars->setStretchColumn(PillarListModel::TitleColumn);
    pillars->view()->setItemDelegateForColumn(PillarListModel::ColourColumn, new ColourDelegate(pillars));
    auto* organizers = new ReferenceListEditor(m_organizerModel, tr("Name of a new organizer"));
    organizers->setLongTextColumn(OrganizerListModel::ActivitiesColumn, tr("Main activities"));
    organizers->setStretchColumn(OrganizerListModel::NameColumn);
    m_departments->setStretchColumn(DepartmentListModel::NameColumn);
    auto* metrics = new ReferenceListEditor(m_metricModel, tr("Name of a new metric"));
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
    layout->addWidget(m_tabs, 1);

    for (ReferenceListModel* model : std::initializer_list<ReferenceListModel*>{
             m_pillarModel, m_organizerModel, m_departmentModel, m_metricModel, m_requirementModel}) {
        model->setUndoStack(workspace.undoStack());
        connect(model, &ReferenceListModel::changed, this, &ReferencePage::announceChange);
    }
    connect(m_unitForm, &UnitProfileForm::saved, this, &ReferencePage::announceChange);
    connect(m_campaignForm, &CampaignForm::saved, this, &ReferencePage::announceChange);
    connect(m_newCampaign, &QAction::triggered, this, &ReferencePage::showNewCampaignDialog);
    connect(&workspace, &Workspace::referenceDataChanged, this, [this] {
        if (!m_announcing)
            reload();
    });
    connect(&workspace, &Workspace::currentCampaignChanged, this, [this] {
        if (!m_announcing)
            reload();
    });
    // Usage counts follow activity edits made on other pages.
    connect(&workspace, &Workspace::activitiesChanged, this, [this] {
        QString error;
        if (!m_announcing && !m_departmentModel->load(&error))
            showError(error);
    });
    reload();
}

void ReferencePage::reload()
{
    const Campaign& c = m_workspace.campaign().campaign;
    m_heading->setText(tr("%1 (%2)").arg(c.title).arg(c.year));
    m_unitForm->reload();
    m_campaignForm->reload();
    QString error;
    const qint64 id = m_workspace.currentCampaignId();
    if (!m_departmentModel->load(&error) || !m_pillarModel->load(id, &error) ||
        !m_organizerModel->load(id, &error) || !m_metricModel->load(id, &error) ||
        !m_requirementModel->load(id, &error))
        showError(error);
}

void ReferencePage::announceChange()
{
    // Our own models already show the change; only the other pages need the reload.
    m_announcing = true;
    QString error;
    const bool ok = m_workspace.reloadReferenceData(&error);
    m_announcing = false;
    const Campaign& c = m_workspace.campaign().campaign;
    m_heading->setText(tr("%1 (%2)").arg(c.title).arg(c.year));
    if (!ok)
        showError(error);
}

void ReferencePage::showNewCampaignDialog()
{
    NewCampaignDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        m_tabs->setCurrentIndex(CampaignTab);
}

void ReferencePage::showError(const QString& text)
{
    QMessageBox::warning(this, tr("Reference data"), text);
}
