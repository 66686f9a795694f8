#include "TimelinePage.h"

#include "ActivityEditor.h"
#include "ActivityFilterBar.h"
#include "ActivityTableModel.h"
#include "ExportTask.h"
#include "TaskRunner.h"
#include "TimelineDocument.h"
#include "TimelineView.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

TimelinePage::TimelinePage(Workspace& workspace, ActivityEditor& editor, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_editor(editor),
      m_filters(new ActivityFilterBar(ActivityFilterBar::Use::Schedule, this)),
      m_grouping(new QComboBox(this)), m_zoom(new QComboBox(this)), m_count(new QLabel(this)),
      m_view(new TimelineView(this)), m_exports(new TaskRunner(this))
{
    connect(m_exports, &TaskRunner::finished, this, [this](bool ok, const QString& message, bool cancelled) {
        if (!ok && !cancelled)
            QMessageBox::warning(this, tr("Export timeline"), message);
    });
    m_grouping->addItem(tr("Group by pillar"), int(TimelineGrouping::Pillar));
    m_grouping->addItem(tr("Group by lead department"), int(TimelineGrouping::LeadDepartment));
    m_zoom->addItem(tr("Days"), int(TimelineZoom::Day));
    m_zoom->addItem(tr("Weeks"), int(TimelineZoom::Week));
    m_zoom->addItem(tr("Months"), int(TimelineZoom::Month));
    m_zoom->setCurrentIndex(1);
    auto* today = new QPushButton(tr("Today"), this);
    auto* print = new QPushButton(tr("Print…"), this);
    auto* pdf = new QPushButton(tr("Export PDF…"), this);
    auto* png = new QPushButton(tr("Export PNG…"), this);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_grouping);
    tools->addWidget(m_zoom);
    tools->addWidget(today);
    tools->addStretch(1);
    tools->addWidget(m_count);
    tools->addWidget(print);
    tools->addWidget(pdf);
    tools->addWidget(png);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);

    connect(m_filters, &ActivityFilterBar::filterChanged, this, &TimelinePage::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &TimelinePage::refresh);
    connect(m_zoom, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setZoom(TimelineZoom(m_zoom->currentData().toInt())); });
    connect(today, &QPushButton::clicked, this,
            [this] { m_view->scrollToDate(m_workspace.clock().today()); });
    connect(print, &QPushButton::clicked, this, &TimelinePage::print);
    connect(pdf, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("pdf")); });
    connect(png, &QPushButton::clicked, this, [this] { exportTo(QStringLiteral("png")); });
    connect(m_view, &TimelineView::datesChangeRequested, this, &TimelinePage::applyDates);
    connect(m_view, &TimelineView::activityActivated, this, &TimelinePage::activityActivated);

    // Rows hold indices into the model's list: rebuild on every change before anything repaints.
    ActivityTableModel* model = m_workspace.activityModel();
    connect(model, &QAbstractItemModel::modelReset, this, &TimelinePage::changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimelinePage::changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelinePage::changed);
    connect(model, &QAbstractItemModel::dataChanged, this, &TimelinePage::changed);
    connect(&m_workspace, &Workspace::referenceDataChanged, this, &TimelinePage::changed);
    connect(&m_workspace, &Workspace::currentCampaignChanged, this, &TimelinePage::changed);
    refresh();
    m_view->scrollToDate(m_workspace.clock().today());
}

void TimelinePage::changed()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void TimelinePage::showEvent(QShowEvent* event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void TimelinePage::refresh()
{
    m_stale = false;
    const CampaignContent& content = m_workspace.campaign();
    {
        const QSignalBlocker block(m_filters);
        m_filters->setReferenceData(content.pillars, m_workspace.departments());
    }
    TimelineLayout::Input in;
    in.activities = &m_workspace.activityModel()->activities();
    in.filter = m_filters->filter();
    in.today = m_workspace.deadlineDay(); // for the overdue filter
    in.grouping = TimelineGrouping(m_grouping->currentData().toInt());
    in.pillars = content.pillars;
    in.departments = m_workspace.departments();
    QHash<qint64, QColor> colours;
    for (const Pillar& p : content.pillars)
        colours.insert(p.id, QColor(p.colour));
    m_view->setContent(in.activities, in, content.campaign, colours);
    m_count->setText(
        tr("%1 of %2 activities").arg(m_view->timelineLayout().activityCount()).arg(in.activities->size()));
}

void TimelinePage::setGrouping(TimelineGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

void TimelinePage::setZoom(TimelineZoom zoom)
{
    m_zoom->setCurrentIndex(m_zoom->findData(int(zoom)));
}

void TimelinePage::applyDates(qint64 activityId, QDate start, QDate end)
{
    ActivityTableModel* model = m_workspace.activityModel();
    const int row = model->rowOfId(activityId);
    if (row < 0)
        return;
    const Activity before = model->activityAt(row);
    Activity after = before;
    after.start = start;
    after.end = end;
    const QString text =
        before.start == start || before.end == end ? tr("Change dates of “%1”") : tr("Move “%1”");
    // A refused change (e.g. invalid dates) reaches the user through the editor's rejected signal.
    m_editor.edit(before, after, text.arg(before.title));
}

QString TimelinePage::title() const
{
    return tr("%1 timeline").arg(m_workspace.campaign().campaign.title);
}

void TimelinePage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (TimelineDocument::paintPages(&printer, m_view->renderData(), title()) == 0)
        QMessageBox::warning(this, tr("Print"), tr("The printer could not be started."));
}

void TimelinePage::exportTo(const QString& format)
{
    const QString filter =
        format == QLatin1String("pdf") ? tr("PDF files (*.pdf)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export timeline"), QString(), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    exportFile(path, format);
}

void TimelinePage::exportFile(const QString& path, const QString& format)
{
    if (m_exports->isBusy())
        return;
    // The worker paints from its own copies: the rows share the model's (copy on write), the layout
    // is a list of row indexes.
    const TimelineRenderer::Data& data = m_view->renderData();
    auto activities =
        std::make_shared<const QList<Activity>>(data.activities ? *data.activities : QList<Activity>());
    auto layout = std::make_shared<const TimelineLayout>(data.layout ? *data.layout : TimelineLayout());
    TimelineRenderer::Data copy = data;
    copy.activities = activities.get();
    copy.layout = layout.get();
    auto* task = new ExportTask(
        [copy, activities, layout, title = title(), format, path](ExportProgress* progress, QString* error) {
            return TimelineDocument::writeFile(
                copy, title, format, path, error,
                [progress](int page, int pages) { return exportStep(progress, page, pages); });
        },
        path);
    m_exports->start(task, tr("Export timeline"), tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
}
