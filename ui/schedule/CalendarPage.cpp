#include "CalendarPage.h"

#include "ActivityFilterBar.h"
#include "ActivityTableModel.h"
#include "CalendarExport.h"
#include "ExportTask.h"
#include "MonthGrid.h"
#include "TaskRunner.h"
#include "Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
// A day can hold thousands of activities in a 100 000-row file; the list stays responsive.
constexpr int dayListLimit = 2000;
} // namespace

CalendarPage::CalendarPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace),
      m_filters(new ActivityFilterBar(ActivityFilterBar::Use::Schedule, this)), m_title(new QLabel(this)),
      m_grid(new MonthGrid(this)), m_dayTitle(new QLabel(this)), m_dayList(new QListWidget(this)),
      m_exports(new TaskRunner(this))
{
    connect(m_exports, &TaskRunner::finished, this, [this](bool ok, const QString& message, bool cancelled) {
        if (!ok && !cancelled)
            QMessageBox::warning(this, tr("Export calendar"), message);
    });
    auto* previous = new QPushButton(tr("◀"), this);
    auto* next = new QPushButton(tr("▶"), this);
    auto* today = new QPushButton(tr("Today"), this);
    auto* ics = new QPushButton(tr("Export .ics…"), this);
    previous->setToolTip(tr("Previous month"));
    next->setToolTip(tr("Next month"));
    ics->setToolTip(tr("Calendar file for Outlook and phones; limited to the department chosen below"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_dayList->setUniformItemSizes(true);
    m_dayList->setMinimumWidth(300);
    m_dayTitle->setWordWrap(true);

    auto* tools = new QHBoxLayout;
    tools->addWidget(previous);
    tools->addWidget(m_title);
    tools->addWidget(next);
    tools->addWidget(today);
    tools->addStretch(1);
    tools->addWidget(ics);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_dayTitle);
    sideLayout->addWidget(m_dayList, 1);
    auto* split = new QSplitter(this);
    split->addWidget(m_grid);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 340});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_filters);
    layout->addWidget(split, 1);

    connect(previous, &QPushButton::clicked, this, [this] { showMonth(m_shown.addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showMonth(m_shown.addMonths(1)); });
    connect(today, &QPushButton::clicked, this, [this] {
        showMonth(m_workspace.clock().today());
        selectDay(m_workspace.clock().today());
    });
    connect(ics, &QPushButton::clicked, this, &CalendarPage::exportIcs);
    connect(m_grid, &MonthGrid::dayClicked, this, &CalendarPage::listDay);
    connect(m_filters, &ActivityFilterBar::filterChanged, this, &CalendarPage::rebuild);
    connect(m_dayList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            emit activityActivated(id);
    });
    ActivityTableModel* model = m_workspace.activityModel();
    connect(model, &QAbstractItemModel::modelReset, this, &CalendarPage::changed);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CalendarPage::changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CalendarPage::changed);
    connect(model, &QAbstractItemModel::dataChanged, this, &CalendarPage::changed);
    connect(&m_workspace, &Workspace::referenceDataChanged, this, &CalendarPage::changed);
    connect(&m_workspace, &Workspace::currentCampaignChanged, this, &CalendarPage::changed);

    // Open on today when it falls in the campaign's months, else on the campaign's first month.
    const Campaign& c = m_workspace.campaign().campaign;
    const QDate now = m_workspace.clock().today();
    m_shown =
        c.start.isValid() && (now < c.start || (c.end.isValid() && now > c.end.addMonths(1))) ? c.start : now;
    showMonth(m_shown);
    selectDay(m_shown == now ? now : c.start);
}

void CalendarPage::showMonth(QDate month)
{
    m_shown = QDate(month.year(), month.month(), 1);
    rebuild();
}

void CalendarPage::changed()
{
    if (isVisible())
        rebuild();
    else
        m_stale = true;
}

void CalendarPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        rebuild();
    QWidget::showEvent(event);
}

void CalendarPage::rebuild()
{
    m_stale = false;
    {
        const QSignalBlocker block(m_filters);
        m_filters->setReferenceData(m_workspace.campaign().pillars, m_workspace.departments());
    }
    const QList<Activity>& list = m_workspace.activityModel()->activities();
    m_month.build(list, m_filters->filter(), m_workspace.deadlineDay(), m_shown,
                  m_workspace.campaign().campaign.summaryDeadline);
    QHash<qint64, QColor> colours;
    for (const Pillar& p : m_workspace.campaign().pillars)
        colours.insert(p.id, QColor(p.colour));
    m_title->setText(QLocale().toString(m_shown, QStringLiteral("yyyy-MM")));
    m_grid->setMonth(&m_month, &list, m_workspace.clock().today(), colours);
    listDay(m_grid->selectedDate());
}

void CalendarPage::selectDay(QDate date)
{
    m_grid->setSelectedDate(date);
    listDay(date);
}

void CalendarPage::listDay(QDate date)
{
    m_dayList->clear();
    const CalendarMonth::Day* day = m_month.day(date);
    m_dayTitle->setText(date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString());
    if (!day)
        return;
    m_dayTitle->setText(tr("%1 — %2 due, %3 running")
                            .arg(m_dayTitle->text())
                            .arg(day->deadlines.size())
                            .arg(day->running.size()));
    const QList<Activity>& list = m_workspace.activityModel()->activities();
    if (day->summaryDeadline)
        m_dayList->addItem(tr("Campaign summary due"));
    int added = 0;
    const auto add = [&](int index, const QString& text) {
        auto* item = new QListWidgetItem(text.arg(list.at(index).title), m_dayList);
        item->setData(Qt::UserRole, list.at(index).id);
        ++added;
    };
    for (int i : day->deadlines)
        if (added < dayListLimit)
            add(i, tr("◆ Deadline: %1"));
    for (int i : day->running)
        if (added < dayListLimit)
            add(i, QStringLiteral("%1"));
    const qsizetype total = day->deadlines.size() + day->running.size();
    if (total > added)
        m_dayList->addItem(tr("… and %1 more; narrow the filters to see them").arg(total - added));
    if (m_dayList->count() == 0)
        m_dayList->addItem(tr("Nothing planned on this day."));
}

void CalendarPage::exportIcs()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export calendar"), QString(), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive))
        path += QLatin1String(".ics");
    exportIcsTo(path);
}

void CalendarPage::exportIcsTo(const QString& path)
{
    if (m_exports->isBusy())
        return;
    const qint64 department = m_filters->filter().departmentId;
    // The snapshot shares the model's rows (copy on write), so gathering it costs nothing; the calendar
    // itself is written on a worker thread behind a progress dialog.
    CampaignSnapshot snapshot = m_workspace.snapshot();
    const QString name = department ? snapshot.departmentName(department) : QString();
    auto* task = new ExportTask(
        [snapshot = std::move(snapshot), name, path](ExportProgress* progress, QString* error) {
            return CalendarExport::writeIcsFile(
                snapshot, name, path, error,
                [progress](qint64 done, qint64 total) { return exportStep(progress, done, total); });
        },
        path);
    m_exports->start(task, tr("Export calendar"), tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
}
