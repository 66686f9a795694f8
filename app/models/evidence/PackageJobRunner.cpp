#include "PackageJobRunner.h"

#include "commands/WriteCommand.h"

#include "CampaignSummary.h"
#include "ConsolidatedReport.h"
#include "ConsolidatedSource.h"
#include "Database.h"
#include "ExportTask.h"
#include "OfficialFonts.h"
#include "PackageSource.h"
#include "Workspace.h"

#include <QFileInfo>

#include <atomic>

PackageJobRunner::PackageJobRunner(Workspace& workspace, ChartRenderer charts, QObject* parent)
    : QObject(parent), m_ws(workspace), m_charts(std::move(charts))
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
    // The open file's snapshot shares the model's rows: nothing is read again on the GUI thread.
    if (!PackageSource::loadFor(m_ws.database(), m_ws.snapshot(), m_ws.clock().today(), input.get(), error))
        return false;
    // Charts are QtCharts widgets drawn to pictures: here, on the GUI thread.
    input->summary.charts = m_charts(Summary::summarize(input->snapshot.campaign, input->snapshot.activities,
                                                        input->snapshot.departments, input->today));
    runExport(
        new ExportTask([input, path](ExportProgress* progress,
                                     QString* e) { return PackageWriter::write(*input, path, e, progress); },
                       path, this),
        path);
    return true;
}

bool PackageJobRunner::canStartConsolidated(const QString& path, QString* error) const
{
    if (isBusy()) {
        *error = tr("A package export or import is already running.");
        return false;
    }
    ConsolidatedReport::Format format;
    if (!ConsolidatedReport::formatFromPath(path, &format)) {
        *error = tr("The consolidated summary is written as PDF, XLSX, ODT or DOCX, not %1.")
                     .arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

bool PackageJobRunner::startConsolidated(const QString& path, QString* error)
{
    // Busy or a wrong suffix is said before the consolidation is read.
    if (!canStartConsolidated(path, error))
        return false;
    ConsolidatedInput input;
    if (!ConsolidatedSource::load(m_ws.database(), m_ws.currentCampaignId(), m_ws.clock().today(), &input,
                                  error))
        return false;
    return startConsolidated(path, input, error);
}

bool PackageJobRunner::startConsolidated(const QString& path, const ConsolidatedInput& given, QString* error)
{
    if (!canStartConsolidated(path, error))
        return false;
    auto input = std::make_shared<ConsolidatedInput>(given);
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
    // On a shared server the import would reach only the window's local copy.
    if (const QString refusal = WriteCommand::sharedRefusal(*m_ws.undoStack()); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    if (isBusy()) {
        *error = tr("A package export or import is already running.");
        return false;
    }
    QHash<QUuid, QDateTime> imported;
    if (!PackageImport::importedPackages(m_ws.database(), &imported, error))
        return false;
    auto staged = std::make_shared<PackageImport::Staged>();
    auto merged = std::make_shared<PackageImport::Result>();
    auto done = std::make_shared<std::atomic<bool>>(false);
    const QString campaignFile = m_ws.database().path();
    // Both steps on the worker: the merge of 100 000 activities is a transaction of a second or two,
    // written through a connection of the worker's own, so the window keeps painting. An edit made
    // meanwhile waits for it (busy timeout) rather than joining it.
    auto* task = new ExportTask(
        [staged, merged, done, campaignFile, imported, path](ExportProgress* progress, QString* e) {
            if (!PackageImport::readAndStore(campaignFile, imported, path, staged.get(), e, progress) ||
                !exportStep(progress, 1, 1))
                return false;
            std::unique_ptr<Database> db = Database::open(campaignFile, e);
            if (!db)
                return false;
            *done = PackageImport::merge(*db, *staged, merged.get(), e); // discards on failure
            return done->load();
        },
        path, this);
    task->setCancelledMessage(tr("The import was cancelled; nothing was changed."));
    connect(task, &ExportTask::finished, this,
            [this, merged, done](bool ok, const QString& e) { finishImport(ok && *done, *merged, e); });
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

void PackageJobRunner::finishImport(bool merged, const PackageImport::Result& result, const QString& error)
{
    // Once merged the import is done, even when Cancel came too late to stop it.
    const bool cancelled = !merged && m_task->isCancelled();
    m_task->deleteLater();
    m_task = nullptr;
    const std::shared_ptr<PackageImport::Staged> staged = std::move(m_staged);
    QString ignored; // the import's own reason is the one to show; what stays goes when the file closes
    if (!merged)     // what the worker stored before it stopped
        (void)PackageImport::discard(*staged, m_ws.database(), &ignored);
    emit imported(merged, result, merged ? QString() : error, cancelled);
}

void PackageJobRunner::cancel()
{
    if (m_task)
        m_task->cancel();
}
