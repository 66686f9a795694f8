#include "PackagePage.h"

#include "ActivityStatus.h"
#include "CampaignSummary.h"
#include "ConsolidatedModel.h"
#include "Database.h"
#include "PackageImport.h"
#include "PackageSource.h"
#include "ProgressDialogStep.h"
#include "ReportCharts.h"
#include "SubordinateRepository.h"
#include "Workspace.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

PackagePage::PackagePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_model(new ConsolidatedModel(this))
{
    auto* send = new QGroupBox(tr("Send to the upper level"), this);
    m_outgoing = new QLabel(send);
    m_outgoing->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("Export report package…"), send);
    auto* sendLayout = new QHBoxLayout(send);
    sendLayout->addWidget(m_outgoing, 1);
    sendLayout->addWidget(exportButton);

    auto* receive = new QGroupBox(tr("Packages from subordinate units"), this);
    auto* importButton = new QPushButton(tr("Import package…"), receive);
    m_units = new QTableView(receive);
    m_units->setModel(m_model);
    m_units->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_units->setSelectionMode(QAbstractItemView::SingleSelection);
    m_units->horizontalHeader()->setSectionResizeMode(ConsolidatedModel::Unit, QHeaderView::Stretch);
    m_units->verticalHeader()->hide();
    m_activities = new QTableWidget(0, 5, receive);
    m_activities->setHorizontalHeaderLabels(
        {tr("Activity"), tr("Pillar"), tr("Lead department"), tr("Status"), tr("Evidence")});
    m_activities->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_activities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activities->verticalHeader()->hide();
    auto* receiveLayout = new QVBoxLayout(receive);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Checksums are verified before anything is stored; a newer package from "
                                 "the same unit replaces its earlier one."),
                              receive),
                   1);
    row->addWidget(importButton);
    receiveLayout->addLayout(row);
    receiveLayout->addWidget(m_units, 1);
    receiveLayout->addWidget(m_activities, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(send);
    layout->addWidget(m_message);
    layout->addWidget(receive, 1);

    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export report package"), QString(),
                                                          tr("Zip packages (*.zip)"));
        if (!path.isEmpty())
            exportTo(path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
                         ? path
                         : path + QStringLiteral(".zip"));
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import report package"), QString(),
                                                          tr("Zip packages (*.zip)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_units->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                showUnit(current.data(ConsolidatedModel::UnitIdRole).toLongLong());
            });
    refresh();
}

void PackagePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // evidence and activities may have changed on other pages
}

void PackagePage::refresh()
{
    QString error;
    PackageInput input;
    if (PackageSource::load(m_ws.database(), m_ws.currentCampaignId(), m_ws.clock().today(), &input,
                            &error)) {
        qint64 bytes = 0;
        for (const Attachment& a : std::as_const(input.evidence))
            bytes += a.size;
        m_outgoing->setText(
            tr("The package holds the summary (PDF and XLSX), the plan and %n chosen evidence "
               "file(s) (%1), in folders per pillar and activity, with a manifest of checksums.",
               nullptr, int(input.evidence.size()))
                .arg(QLocale().formattedDataSize(bytes)));
    }
    const CampaignSummary own = Summary::summarize(m_ws.campaign(), m_ws.snapshot().activities,
                                                   m_ws.departments(), m_ws.clock().today());
    PackageFigures::Totals totals{own.total(),
                                  own.statuses[ActivityStatus::NotStarted],
                                  own.statuses[ActivityStatus::InProgress],
                                  own.statuses[ActivityStatus::Done],
                                  own.statuses[ActivityStatus::Cancelled],
                                  own.overdue};
    m_model->setUnits(m_ws.unit().name, totals, SubordinateRepository(m_ws.database()).units(&error));
    showUnit(0);
}

bool PackagePage::exportTo(const QString& path)
{
    QString error;
    PackageInput input;
    if (!PackageSource::load(m_ws.database(), m_ws.currentCampaignId(), m_ws.clock().today(), &input,
                             &error)) {
        showMessage(error, true);
        return false;
    }
    input.summary.charts = ReportCharts::render(Summary::summarize(
        input.snapshot.campaign, input.snapshot.activities, input.snapshot.departments, input.today));
    QProgressDialog dialog(tr("Writing the report package…"), tr("Cancel"), 0, 1000, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    ProgressDialogStep progress(&dialog);
    const bool ok = PackageWriter::write(input, path, &error, &progress);
    dialog.reset();
    showMessage(ok ? tr("Wrote %1").arg(path) : error, !ok);
    return ok;
}

bool PackagePage::importFrom(const QString& path)
{
    QProgressDialog dialog(tr("Checking and importing the package…"), tr("Cancel"), 0, 1000, this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    ProgressDialogStep progress(&dialog);
    PackageImport::Result result;
    QString error;
    const bool ok = PackageImport::run(m_ws.database(), path, &result, &error, &progress);
    dialog.reset();
    if (!ok) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("%1: %n activities imported", nullptr, result.activities).arg(result.unit.name), false);
    refresh();
    return true;
}

void PackagePage::showUnit(qint64 unitId)
{
    QString error;
    const QList<SubordinateActivity> activities =
        unitId ? SubordinateRepository(m_ws.database()).activities(unitId, &error)
               : QList<SubordinateActivity>();
    m_activities->setRowCount(int(activities.size()));
    for (int i = 0; i < activities.size(); ++i) {
        const SubordinateActivity& a = activities.at(i);
        const QStringList cells = {a.title, a.pillar, a.leadDepartment,
                                   ActivityStatuses::displayName(static_cast<ActivityStatus>(a.status)),
                                   QString::number(a.evidence.size())};
        for (int c = 0; c < cells.size(); ++c)
            m_activities->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
}

void PackagePage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->show();
}
