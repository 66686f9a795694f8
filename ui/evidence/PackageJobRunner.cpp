#include "PackageJobRunner.h"

#include "CampaignSummary.h"
#include "ConsolidatedReport.h"
#include "ConsolidatedSource.h"
#include "Database.h"
#include "ExportTask.h"
#include "OfficialFonts.h"
#include "PackageSource.h"
#include "ReportCharts.h"
#include "Workspace.h"

#include <QFileInfo>

PackageJobRunner::PackageJobRunner(Workspace& workspace, QObject* parent) : QObject(parent), m_ws(workspace)
{}

PackageJobRunner::~PackageJobRunner()
{
    delete m_task;   // cancels and waits for the worker
    QString ignored; // what stays is removed when the file closes
    if (m_staged)
        (void)PackageImport::discard(*m_staged, m_ws.database(), &ignored); // read and stored, never merged
}

bool PackageJobRunner::startExport(const QString& path, QString* error)
{
    if (isBusy()) {
        *error = tr("A package export or import is already running.");
        return false;
    }
    auto input = std::make_shared<PackageInput>();
    if (!PackageSource::load(m_ws.database(), m_ws.currentCampaignId(), m_ws.clock().today(), input.get(),
                             error))
        return false;
    // Charts are QtCharts widgets drawn to pictures: here, on the GUI thread.
    input->summary.charts = ReportCharts::render(Summary::summarize(
        input->snapshot.campaign, input->snapshot.activities, input->snapshot.departments, input->today));
    runExport(
        new ExportTask([input, path](ExportProgress* progress,
                                     QString* e) { return PackageWriter::write(*input, path, e, progress); },
                       path, this),
        path);
    return true;
}

bool PackageJobRunner::startConsolidated(const QString& path, QString* error)
{
    if (isBusy()) {
        *error = tr("A package export or import is already running.");
        return false;
    }
    ConsolidatedReport::Format format;
    if (!ConsolidatedReport::formatFromPath(path, &format)) {
        *error = tr("The consolidated summary is written as PDF, XLSX or ODT, not %1.")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    auto input = std::make_shared<ConsolidatedInput>();
    if (!ConsolidatedSource::load(m_ws.database(), m_ws.currentCampaignId(), m_ws.clock().today(),
                                  input.get(), error))
        return false;
    OfficialFonts::instance(); // fonts resolve on the GUI thread, before the worker paints
    runExport(new ExportTask(
                  [input, path](ExportProgress* progress, QString* e) {
                      return ConsolidatedReport::write(*input, path, e, progress);
                  },
                  path, this),
              path);
    return true;
}

void PackageJobRunner::runExport(ExportTask* task, const QString& path)
{
    connect(task, &ExportTask::finished, this, [this, task, path](bool ok, const QString& e) {
        m_task = nullptr;
        task->deleteLater();
        emit exported(ok, path, e, !ok && task->isCancelled());
    });
    run(task);
}

bool PackageJobRunner::startImport(const QString& path, QString* error)
{
    if (isBusy()) {
        *error = tr("A package export or import is already running.");
        return false;
    }
    QHash<QUuid, QDateTime> imported;
    if (!PackageImport::importedPackages(m_ws.database(), &imported, error))
        return false;
    auto staged = std::make_shared<PackageImport::Staged>();
    const QString campaignFile = m_ws.database().path();
    auto* task = new ExportTask(
        [staged, campaignFile, imported, path](ExportProgress* progress, QString* e) {
            return PackageImport::readAndStore(campaignFile, imported, path, staged.get(), e, progress);
        },
        path, this);
    task->setCancelledMessage(tr("The import was cancelled; nothing was changed."));
    connect(task, &ExportTask::finished, this, &PackageJobRunner::finishImport);
    m_staged = staged;
    run(task);
    return true;
}

void PackageJobRunner::run(ExportTask* task)
{
    m_task = task;
    connect(task, &ExportTask::progress, this, &PackageJobRunner::progress);
    task->start();
}

void PackageJobRunner::finishImport(bool ok, const QString& error)
{
    const bool cancelled = m_task->isCancelled();
    m_task->deleteLater();
    m_task = nullptr;
    const std::shared_ptr<PackageImport::Staged> staged = std::move(m_staged);
    PackageImport::Result result;
    QString e = error;
    if (ok && cancelled) { // the worker finished just as the user cancelled: the user wins
        ok = false;
        e = tr("The import was cancelled; nothing was changed.");
    } else if (ok) {
        ok = PackageImport::merge(m_ws.database(), *staged, &result, &e);
    }
    QString ignored; // the import's own reason is the one to show; what stays goes when the file closes
    if (!ok)
        (void)PackageImport::discard(*staged, m_ws.database(), &ignored); // stored before the worker stopped
    emit imported(ok, result, e, !ok && cancelled);
}

void PackageJobRunner::cancel()
{
    if (m_task)
        m_task->cancel();
}
