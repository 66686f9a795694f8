#include "PackagePage.h"

#include "ImportWizard.h"

#include "ActivityStatus.h"
#include "ConsolidatedModel.h"
#include "LiveConsolidatedView.h"
#include "PackageJobRunner.h"
#include "PackageOverview.h"
#include "ReportCharts.h"
#include "SubordinateActivityModel.h"
#include "UnitRollUpChart.h"
#include "Workspace.h"

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace {
// The chart's bars from the consolidated rows (the last row is the total, which the table shows).
QList<UnitBar> unitBars(const ConsolidatedModel& model)
{
    QList<UnitBar> bars;
    for (int row = 0; row < model.rowCount() - 1; ++row) {
        const auto n = [&](int column) { return model.index(row, column).data().toInt(); };
        bars.append({model.index(row, ConsolidatedModel::Unit).data().toString(), n(ConsolidatedModel::Done),
                     n(ConsolidatedModel::InProgress), n(ConsolidatedModel::NotStarted),
                     n(ConsolidatedModel::Cancelled), n(ConsolidatedModel::Total)});
    }
    return bars;
}
} // namespace

PackagePage::PackagePage(Workspace& workspace, ActivityEditor& activities, LiveConsolidatedView* live,
                         QWidget* parent)
    : QWidget(parent), m_ws(workspace), m_activityEditor(activities), m_live(live),
      m_model(live ? live->units() : new ConsolidatedModel(this)),
      m_unitActivities(live ? nullptr : new SubordinateActivityModel(this)),
      m_runner(new PackageJobRunner(workspace, &ReportCharts::render, this))
{
    auto* send = new QGroupBox(tr("Send to the upper level"), this);
    m_outgoing = new QLabel(send);
    m_outgoing->setWordWrap(true);
    m_exportButton = new QPushButton(tr("Export report package…"), send);
    m_job = new QWidget(send);
    m_jobLabel = new QLabel(m_job);
    m_progress = new QProgressBar(m_job);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), m_job);
    auto* jobLayout = new QHBoxLayout(m_job);
    jobLayout->setContentsMargins(0, 0, 0, 0);
    jobLayout->addWidget(m_jobLabel);
    jobLayout->addWidget(m_progress, 1);
    jobLayout->addWidget(m_cancel);
    m_job->hide();
    auto* sendLayout = new QVBoxLayout(send);
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_outgoing, 1);
    sendRow->addWidget(m_exportButton);
    sendLayout->addLayout(sendRow);
    sendLayout->addWidget(m_job);

    auto* receive = new QGroupBox(tr("Packages from subordinate units"), this);
    m_importButton = new QPushButton(tr("Import package…"), receive);
    m_importTableButton = new QPushButton(tr("Import unit's table…"), receive);
    m_importTableButton->setToolTip(
        tr("A unit that does not use this program sends its plan or summary as an "
           "Excel, WPS, Word or CSV table: its rows become that unit's activities"));
    m_consolidatedButton = new QPushButton(tr("Export consolidated summary…"), receive);
    m_consolidatedButton->setToolTip(
        tr("The summary across this unit and every imported one, as PDF, Excel or an editable document"));
    m_units = new QTableView(receive); // before m_activities: tests find the first table view
    m_units->setModel(m_model);
    m_units->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_units->setSelectionMode(QAbstractItemView::SingleSelection);
    m_units->horizontalHeader()->setSectionResizeMode(ConsolidatedModel::Unit, QHeaderView::Stretch);
    // One line per unit: a wrapped date doubles the row height and halves the units in view.
    m_units->horizontalHeader()->setSectionResizeMode(ConsolidatedModel::Received,
                                                      QHeaderView::ResizeToContents);
    m_units->setWordWrap(false);
    m_units->verticalHeader()->hide();
    m_chart = new UnitRollUpChart(receive);
    // Live, a unit's new figures arrive as changed cells: the chart follows those too.
    connect(m_model, &QAbstractItemModel::modelReset, this, &PackagePage::updateChart);
    // Cells arrive row by row (a re-read of a hundred units changes a hundred rows): the chart is
    // drawn once after them.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!std::exchange(m_chartDue, true))
            QTimer::singleShot(0, this, [this] {
                m_chartDue = false;
                updateChart();
            });
    });
    m_activities = new QTableView(receive);
    m_activities->setObjectName(QStringLiteral("unitActivities"));
    m_activities->setModel(unitActivities());
    m_activities->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_activities->verticalHeader()->setSectionResizeMode(
        QHeaderView::Fixed); // 100 000 rows: no per-row sizing
    m_activities->setWordWrap(false);
    m_activities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activities->verticalHeader()->hide();
    auto* receiveLayout = new QVBoxLayout(receive);
    auto* row = new QHBoxLayout;
    auto* note = new QLabel(tr("Checksums are verified before anything is stored; a newer package from "
                               "the same unit replaces its earlier one."),
                            receive);
    note->setWordWrap(true);
    row->addWidget(note, 1);
    row->addWidget(m_importButton);
    row->addWidget(m_importTableButton);
    row->addWidget(m_consolidatedButton);
    receiveLayout->addLayout(row);
    // The table keeps the full width for its ten columns; the chart sits beside a unit's activities.
    receiveLayout->addWidget(m_units, 2);
    auto* below = new QHBoxLayout;
    auto* chartArea = new QScrollArea(receive);
    chartArea->setWidgetResizable(true); // fills the space; scrolls once the units need more
    chartArea->setFrameShape(QFrame::NoFrame);
    chartArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    chartArea->setWidget(m_chart);
    below->addWidget(chartArea, 2);
    below->addWidget(m_activities, 3);
    receiveLayout->addLayout(below, 3);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(send);
    layout->addWidget(m_message);
    layout->addWidget(receive, 1);

    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseExportPath();
        if (!path.isEmpty())
            startExport(path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)
                            ? path
                            : path + QStringLiteral(".zip"));
    });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseImportPath();
        if (!path.isEmpty())
            startImport(path);
    });
    connect(m_importTableButton, &QPushButton::clicked, this, [this] {
        ImportWizard wizard(m_ws, m_activityEditor, ImportWizard::Target::SubordinateUnit, this);
        if (wizard.exec() == QDialog::Accepted) {
            refresh();
            showMessage(wizard.resultText(), false);
        }
    });
    connect(m_consolidatedButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseConsolidatedPath();
        if (!path.isEmpty())
            startConsolidated(path);
    });
    connect(m_cancel, &QPushButton::clicked, m_runner, &PackageJobRunner::cancel);
    connect(m_runner, &PackageJobRunner::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0) // nothing to count yet (a package without evidence): stay "busy"
            return;
        m_progress->setRange(0, 1000); // byte counts exceed int: per mille
        m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
    });
    connect(m_runner, &PackageJobRunner::exported, this,
            [this](bool ok, const QString& path, const QString& error, bool cancelled) {
                finishJob(ok, ok ? tr("Wrote %1").arg(path) : error, cancelled);
            });
    connect(m_runner, &PackageJobRunner::imported, this,
            [this](bool ok, const PackageImport::Result& result, const QString& error, bool cancelled) {
                if (ok)
                    refresh();
                finishJob(
                    ok,
                    ok ? tr("%1: %n activities imported", nullptr, result.activities).arg(result.unit.name)
                       : error,
                    cancelled);
            });
    connect(m_units->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PackagePage::showUnit);
    // A reset (a unit appeared, a package came in, the page was shown again) keeps the unit the user
    // was looking at selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_units->currentIndex();
        m_keptKey = current.data(ConsolidatedModel::UnitKeyRole).toString();
        m_keptName = current.siblingAtColumn(ConsolidatedModel::Unit).data().toString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PackagePage::restoreSelection);
    if (m_live) {
        // The units come from the server and keep themselves current; packages are imported into it
        // with the command line, as the window's copy would not reach the server.
        receive->setTitle(
            tr("Units on %1, live, and packages of units that stay offline").arg(m_live->sourceName()));
        note->setText(tr("A unit's row and activities follow its changes as they are saved on the server. "
                         "Packages of units that stay offline are imported into the server with "
                         "\"campaign-planner import ADDRESS --from PACKAGE.zip\"."));
        const QString offline =
            tr("On a shared server, packages and tables are imported with the command line");
        for (QPushButton* b : {m_importButton, m_importTableButton}) {
            b->setEnabled(false);
            b->setToolTip(offline);
        }
        connect(m_live, &LiveConsolidatedView::loaded, this, [this] {
            m_message->hide(); // "Reading the units…" is over
            selectFirstSubordinate();
        });
        connect(m_live, &LiveConsolidatedView::failed, this,
                [this](const QString& error) { showMessage(error, true); });
        if (!m_live->isLoaded())
            showMessage(tr("Reading the units from %1…").arg(m_live->sourceName()), false);
    } else {
        connect(m_unitActivities, &SubordinateActivityModel::unitFailed, this,
                [this](const QString& error) { showMessage(error, true); });
    }
    refresh();
}

PackagePage::~PackagePage()
{
    delete m_runner; // cancels a running job and waits for its worker while the page is whole
}

void PackagePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // evidence and activities may have changed on other pages
}

QString PackagePage::chooseExportPath()
{
    return QFileDialog::getSaveFileName(this, tr("Export report package"), QString(),
                                        tr("Zip packages (*.zip)"));
}

QString PackagePage::chooseImportPath()
{
    return QFileDialog::getOpenFileName(this, tr("Import report package"), QString(),
                                        tr("Zip packages (*.zip)"));
}

QString PackagePage::chooseConsolidatedPath()
{
    const QString pdf = tr("PDF (*.pdf)");
    const QString xlsx = tr("Excel workbooks (*.xlsx)");
    const QString odt = tr("Editable documents (*.odt)");
    const QString docx = tr("Word documents (*.docx)");
    QString filter = pdf;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export consolidated summary"), QString(),
                                     QStringList{pdf, xlsx, odt, docx}.join(QStringLiteral(";;")), &filter);
    // The chosen type decides when the name has no suffix of its own.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += filter == xlsx   ? QStringLiteral(".xlsx")
                : filter == odt  ? QStringLiteral(".odt")
                : filter == docx ? QStringLiteral(".docx")
                                 : QStringLiteral(".pdf");
    return path;
}

void PackagePage::refresh()
{
    QString error;
    PackageOverview::Outgoing outgoing;
    if (PackageOverview::outgoing(m_ws, &outgoing, &error))
        m_outgoing->setText(
            tr("The package holds the summary (PDF and XLSX), the plan and %n chosen evidence "
               "file(s) (%1), in folders per pillar and activity, with a manifest of checksums.",
               nullptr, outgoing.evidence)
                .arg(QLocale().formattedDataSize(outgoing.bytes)));
    if (m_live) {
        updateChart(); // the model may have filled while the page was hidden
        if (!m_units->currentIndex().isValid())
            selectFirstSubordinate();
        return;
    }
    if (!PackageOverview::loadUnits(m_ws, m_model, &error))
        showMessage(error, true);
    if (!m_units->currentIndex().isValid())
        selectFirstSubordinate();
}

// By its key, or by its name when the key changed (a unit that sent packages pushed its first data).
void PackagePage::restoreSelection()
{
    if (m_keptKey.isEmpty())
        return;
    int byName = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex unit = m_model->index(row, ConsolidatedModel::Unit);
        if (unit.data(ConsolidatedModel::UnitKeyRole).toString() == m_keptKey) {
            m_units->selectRow(row);
            return;
        }
        if (byName < 0 && unit.data().toString() == m_keptName &&
            !unit.data(ConsolidatedModel::UnitKeyRole).toString().isEmpty())
            byName = row;
    }
    if (byName >= 0)
        m_units->selectRow(byName);
}

QAbstractItemModel* PackagePage::unitActivities() const
{
    return m_live ? m_live->activities() : static_cast<QAbstractItemModel*>(m_unitActivities);
}

// The first subordinate unit's activities show at once (from a file, this unit and the total have none).
void PackagePage::selectFirstSubordinate()
{
    if (m_model->rowCount() > 2)
        m_units->selectRow(1);
    else
        showUnit({});
}

void PackagePage::updateChart()
{
    m_chart->setUnits(unitBars(*m_model));
}

bool PackagePage::isBusy() const
{
    return m_runner->isBusy();
}

bool PackagePage::startExport(const QString& path)
{
    QString error;
    if (!m_runner->startExport(path, &error)) {
        showMessage(error, true);
        return false;
    }
    setBusy(tr("Writing the report package…"));
    return true;
}

bool PackagePage::startImport(const QString& path)
{
    QString error;
    if (!m_runner->startImport(path, &error)) {
        showMessage(error, true);
        return false;
    }
    setBusy(tr("Checking and importing the package…"));
    return true;
}

bool PackagePage::startConsolidated(const QString& path)
{
    QString error;
    if (m_live && !m_live->isLoaded()) {
        showMessage(tr("The units are still being read from %1.").arg(m_live->sourceName()), true);
        return false;
    }
    if (!(m_live ? m_runner->startConsolidated(path, m_live->input(), &error)
                 : m_runner->startConsolidated(path, &error))) {
        showMessage(error, true);
        return false;
    }
    setBusy(tr("Writing the consolidated summary…"));
    return true;
}

bool PackagePage::exportConsolidatedTo(const QString& path)
{
    return waitForJob(startConsolidated(path));
}

bool PackagePage::exportTo(const QString& path)
{
    return waitForJob(startExport(path));
}

bool PackagePage::importFrom(const QString& path)
{
    return waitForJob(startImport(path));
}

bool PackagePage::waitForJob(bool started)
{
    if (!started)
        return false;
    QEventLoop loop;
    connect(this, &PackagePage::jobFinished, &loop, &QEventLoop::quit);
    if (m_runner->isBusy())
        loop.exec();
    return m_lastOk;
}

void PackagePage::setBusy(const QString& text)
{
    m_message->hide();
    m_jobLabel->setText(text);
    m_progress->setRange(0, 0); // busy until the first figure arrives
    m_cancel->setEnabled(true);
    m_job->show();
    m_exportButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_consolidatedButton->setEnabled(false);
}

void PackagePage::finishJob(bool ok, const QString& message, bool cancelled)
{
    m_job->hide();
    m_exportButton->setEnabled(true);
    m_importButton->setEnabled(!m_live);
    m_consolidatedButton->setEnabled(true);
    showMessage(message, !ok && !cancelled);
    m_lastOk = ok;
    emit jobFinished(ok);
}

void PackagePage::showUnit(const QModelIndex& row)
{
    if (m_live)
        m_live->showUnit(row.data(ConsolidatedModel::UnitKeyRole).toString());
    else
        m_unitActivities->showUnit(m_ws.path(), row.data(ConsolidatedModel::UnitIdRole).toLongLong());
}

void PackagePage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->show();
}
