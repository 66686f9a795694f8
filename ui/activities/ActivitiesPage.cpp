#include "ActivitiesPage.h"

#include "ActivityDelegate.h"
#include "ActivityDetailPanel.h"
#include "ActivityEditor.h"
#include "ActivityFilterBar.h"
#include "ActivityFilterModel.h"
#include "ActivityTableModel.h"
#include "ActivityTableView.h"
#include "BulletinActions.h"
#include "BulletinEditor.h"
#include "Icons.h"
#include "MessageBar.h"
#include "Workspace.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

ActivitiesPage::ActivitiesPage(Workspace& workspace, ActivityEditor& editor, EvidenceEditor& evidence,
                               BulletinEditor& bulletins, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_editor(editor), m_bulletinEditor(bulletins),
      m_bar(new ActivityFilterBar(ActivityFilterBar::Use::Table, this)),
      m_filter(new ActivityFilterModel(this)), m_view(new ActivityTableView(this)),
      m_delegate(new ActivityDelegate(this)),
      m_detail(new ActivityDetailPanel(workspace, editor, evidence, bulletins, this)),
      m_message(new MessageBar(this))
{
    m_filter->setSourceModel(m_ws.activityModel());
    m_view->setModel(m_filter);
    m_view->setItemDelegate(m_delegate);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({1000, 340});
    m_detail->setMinimumWidth(280);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(m_bar);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_bar, &ActivityFilterBar::filterChanged, m_filter, &ActivityFilterModel::setFilter);
    connect(m_bar, &ActivityFilterBar::groupByPillarChanged, m_filter,
            &ActivityFilterModel::setGroupByPillar);
    connect(m_bar, &ActivityFilterBar::campaignChosen, this, [this](qint64 id) {
        QString error;
        if (!m_ws.setCurrentCampaign(id, &error)) { // refused or cancelled: the bar shows what is shown
            showRejection(error);
            m_bar->setCampaigns(m_ws.campaigns(), m_ws.currentCampaignId());
        }
    });
    connect(m_filter, &ActivityFilterModel::countsChanged, this, &ActivitiesPage::emitCounts);
    // A new filter resets the rows: keep the activity the user was on when it is still shown.
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptId = m_view->currentIndex().data(ActivityTableModel::IdRole).toLongLong(); });
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_ws.activityModel()->rowOfId(m_keptId); // O(log n): this runs per keystroke
        const QModelIndex kept =
            row >= 0
                ? m_filter->mapFromSource(m_ws.activityModel()->index(row, ActivityTableModel::TitleColumn))
                : QModelIndex();
        if (kept.isValid()) {
            m_view->setCurrentIndex(kept);
            m_view->scrollTo(kept);
        } else {
            m_detail->showActivity(0);
        }
    });
    connect(m_view, &ActivityTableView::currentIdChanged, m_detail, &ActivityDetailPanel::showActivity);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivitiesPage::updateActions);
    connect(m_ws.activityModel(), &ActivityTableModel::editRejected, this, &ActivitiesPage::showRejection);
    connect(&m_ws, &Workspace::referenceDataChanged, this, &ActivitiesPage::reloadReferenceData);
    connect(&m_ws, &Workspace::currentCampaignChanged, this, &ActivitiesPage::reloadReferenceData);
    reloadReferenceData();
    updateActions();
    // Start on the first row so that the detail panel shows something useful.
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, ActivityTableModel::TitleColumn));
}

QWidget* ActivitiesPage::buildToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto button = [bar, row](QAction* action) {
        auto* b = new QToolButton(bar);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        row->addWidget(b);
        return b;
    };
    auto* add = new QAction(Icons::named(QStringLiteral("list-add")), tr("Add"), this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add->setToolTip(tr("Add an activity to the plan"));
    connect(add, &QAction::triggered, this, &ActivitiesPage::addActivity);
    m_duplicate = new QAction(Icons::named(QStringLiteral("edit-copy")), tr("Duplicate"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicate, &QAction::triggered, this, &ActivitiesPage::duplicateSelected);
    m_delete = new QAction(Icons::named(QStringLiteral("edit-delete")), tr("Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut); // only the table: Delete also edits text fields
    connect(m_delete, &QAction::triggered, this, &ActivitiesPage::deleteSelected);
    m_bulletins = new QAction(Icons::named(QStringLiteral("document-export")), tr("Bulletins…"), this);
    m_bulletins->setToolTip(tr("The news bulletins of the selected completed activities, one per page"));
    connect(m_bulletins, &QAction::triggered, this, &ActivitiesPage::exportBulletins);
    for (QAction* a : {add, m_duplicate, m_delete, m_bulletins})
        button(a);
    addAction(add);
    addAction(m_duplicate);
    m_view->addAction(m_delete);
    m_statusMenu = new QMenu(this);
    m_departmentMenu = new QMenu(this);
    auto menuButton = [bar, row](const QString& text, QMenu* menu) {
        auto* b = new QToolButton(bar);
        b->setText(text);
        b->setMenu(menu);
        b->setPopupMode(QToolButton::InstantPopup);
        row->addWidget(b);
        return b;
    };
    m_statusButton = menuButton(tr("Set status"), m_statusMenu);
    m_departmentButton = menuButton(tr("Set lead department"), m_departmentMenu);
    row->addStretch(1);
    return bar;
}

void ActivitiesPage::refillBulkMenus()
{
    m_statusMenu->clear();
    for (int s = 0; s < ActivityStatuses::count; ++s) {
        const auto status = static_cast<ActivityStatus>(s);
        m_statusMenu->addAction(ActivityStatuses::displayName(status), this,
                                [this, status] { m_editor.setStatus(m_view->selectedIds(), status); });
    }
    m_departmentMenu->clear();
    for (const Department& d : m_ws.departments()) {
        if (d.archived)
            continue;
        const qint64 id = d.id;
        m_departmentMenu->addAction(d.name, this,
                                    [this, id] { m_editor.setLeadDepartment(m_view->selectedIds(), id); });
    }
}

void ActivitiesPage::reloadReferenceData()
{
    m_bar->setCampaigns(m_ws.campaigns(), m_ws.currentCampaignId());
    m_bar->setReferenceData(m_ws.campaign().pillars, m_ws.departments());
    m_delegate->setDepartments(m_ws.departments());
    m_detail->refresh();
    refillBulkMenus();
}

void ActivitiesPage::applyFilter(const ActivityFilter& filter)
{
    if (filter.campaignId != 0 && filter.campaignId != m_ws.currentCampaignId()) {
        QString error;
        if (!m_ws.setCurrentCampaign(filter.campaignId, &error))
            showRejection(error);
    }
    m_bar->setFilter(filter);
    m_filter->setFilter(m_bar->filter());
}

void ActivitiesPage::showActivity(qint64 activityId)
{
    const int row = m_ws.activityModel()->rowOfId(activityId);
    if (row < 0)
        return;
    const QModelIndex source = m_ws.activityModel()->index(row, ActivityTableModel::TitleColumn);
    if (!m_filter->mapFromSource(source).isValid()) {
        ActivityFilter all;
        all.campaignId = m_ws.currentCampaignId();
        applyFilter(all);
    }
    const QModelIndex shown = m_filter->mapFromSource(source);
    m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown, QAbstractItemView::PositionAtCenter);
}

void ActivitiesPage::addActivity()
{
    Activity a;
    a.campaignId = m_ws.currentCampaignId();
    a.title = tr("New activity");
    const ActivityFilter f = m_filter->filter();
    // A new row should stay visible under the current filter where that is possible.
    a.pillarId = f.pillarId;
    a.leadDepartmentId = f.departmentId;
    if (f.status >= 0)
        ActivityStatuses::fromInt(f.status, &a.status);
    a.start = a.end = f.from.isValid() ? f.from : m_ws.campaign().campaign.start;
    const qint64 id = m_editor.add(a);
    if (id == 0)
        return;
    m_view->selectIds({id});
    m_view->edit(m_view->currentIndex().siblingAtColumn(ActivityTableModel::TitleColumn));
}

void ActivitiesPage::duplicateSelected()
{
    const QList<qint64> ids = m_editor.duplicate(m_view->selectedIds());
    m_view->selectIds(ids);
}

void ActivitiesPage::deleteSelected()
{
    const QList<qint64> ids = m_view->selectedIds();
    if (ids.isEmpty())
        return;
    const QString question = ids.size() == 1
                                 ? tr("Delete the activity \"%1\"?")
                                       .arg(m_view->currentIndex().siblingAtColumn(1).data().toString())
                                 : tr("Delete %1 activities?").arg(ids.size());
    if (QMessageBox::question(this, tr("Delete"),
                              question + QLatin1Char('\n') + tr("Edit > Undo brings them back.")) !=
        QMessageBox::Yes)
        return;
    m_editor.remove(ids);
}

void ActivitiesPage::exportBulletins()
{
    QString error;
    QList<qint64> ids;
    if (!m_bulletinEditor.withBulletin(m_view->selectedIds(), &ids, &error))
        return showRejection(error);
    if (ids.isEmpty())
        return showRejection(tr("None of the selected activities is completed: bulletins are drafted for "
                                "completed activities."));
    BulletinActions::exportWithDialog(this, m_bulletinEditor, ids,
                                      tr("%1 bulletins").arg(m_ws.campaign().campaign.title));
}

void ActivitiesPage::updateActions()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_duplicate->setEnabled(any);
    m_delete->setEnabled(any);
    m_bulletins->setEnabled(any);
    m_statusButton->setEnabled(any);
    m_departmentButton->setEnabled(any);
}

void ActivitiesPage::emitCounts()
{
    const ActivityFilterModel::Counts c = m_filter->counts();
    emit countsChanged(c.shown, c.total, c.overdue, c.dueSoon);
}

void ActivitiesPage::showRejection(const QString& reason)
{
    m_message->showError(reason);
    emit statusMessage(reason);
}
