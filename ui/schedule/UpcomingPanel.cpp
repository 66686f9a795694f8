#include "UpcomingPanel.h"

#include "ActivityTableModel.h"
#include "UpcomingModel.h"
#include "Workspace.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

UpcomingPanel::UpcomingPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_heading(new QLabel(this)), m_list(new QListView(this)),
      m_model(new UpcomingModel(this))
{
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = index.data(UpcomingModel::ActivityIdRole).toLongLong())
            emit activityActivated(id);
    });
    connect(&m_workspace, &Workspace::activitiesChanged, this, &UpcomingPanel::changed);
    connect(&m_workspace, &Workspace::currentCampaignChanged, this, &UpcomingPanel::changed);
    connect(&m_workspace, &Workspace::referenceDataChanged, this, &UpcomingPanel::changed);
    connect(m_workspace.activityModel(), &QAbstractItemModel::modelReset, this, &UpcomingPanel::changed);
    refresh();
}

void UpcomingPanel::changed()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void UpcomingPanel::showEvent(QShowEvent* event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void UpcomingPanel::refresh()
{
    m_stale = false;
    const QDate today = m_workspace.clock().today();
    m_model->setItems(UpcomingList::compute(m_workspace.activityModel()->activities(),
                                            m_workspace.campaign().campaign, today));
    m_heading->setText(tr("Deadlines as of %1: %2 overdue, %3 within 3 days, %4 within 7 days")
                           .arg(today.toString(Qt::ISODate))
                           .arg(m_model->count(UpcomingItem::Band::Overdue))
                           .arg(m_model->count(UpcomingItem::Band::Within3Days))
                           .arg(m_model->count(UpcomingItem::Band::Within7Days)));
}
