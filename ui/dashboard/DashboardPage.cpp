#include "DashboardPage.h"

#include "ActivityTableModel.h"
#include "CampaignSummary.h"
#include "DashboardView.h"
#include "EvidenceCheckTile.h"
#include "UpcomingPanel.h"
#include "Workspace.h"

#include <QHBoxLayout>

DashboardPage::DashboardPage(Workspace* workspace, EvidenceCheck& evidenceCheck, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_view(new DashboardView(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    // What is due sits beside the charts: the first thing a bureau head acts on.
    auto* upcoming = new UpcomingPanel(*workspace, this);
    upcoming->setFixedWidth(300);
    auto* side = new QVBoxLayout; // due soon, then the evidence check (ui/evidence)
    side->addWidget(upcoming, 1);
    side->addWidget(new EvidenceCheckTile(evidenceCheck, this));
    layout->addLayout(side);
    connect(m_view, &DashboardView::showActivities, this, &DashboardPage::showActivities);
    connect(upcoming, &UpcomingPanel::activityActivated, this, &DashboardPage::activityActivated);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(0);
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(workspace, &Workspace::activitiesChanged, this, &DashboardPage::scheduleRefresh);
    connect(workspace, &Workspace::currentCampaignChanged, this, &DashboardPage::scheduleRefresh);
    connect(workspace, &Workspace::referenceDataChanged, this, &DashboardPage::scheduleRefresh);
}

void DashboardPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_coalesce.start();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_coalesce.start();
}

void DashboardPage::refresh()
{
    m_coalesce.stop();
    m_stale = false;
    const QList<Activity>& activities = m_workspace->activityModel()->activities();
    m_view->setSummary(std::make_shared<CampaignSummary>(Summary::summarize(
        m_workspace->campaign(), activities, m_workspace->departments(), m_workspace->clock().today())));
    emit refreshed();
}
