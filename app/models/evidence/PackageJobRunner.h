#pragma once

#include "CampaignSummary.h"
#include "ConsolidatedInput.h"
#include "ExportTask.h"
#include "PackageImport.h"
#include "ReportOptions.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class Workspace;

// Runs the report package's long work on a worker thread, one job at a time: the export
// (PackageWriter), an import (read, store and merge, the merge through a connection of the worker's own)
// and the consolidated summary. Input is gathered on the GUI thread, which owns the chart widgets.
// Destroying the runner cancels a running job, waits for it and removes evidence an unfinished import stored.
// The summary's charts are widgets, drawn to pictures by `charts` (given by the page, which may link them).
class PackageJobRunner : public QObject
{
    Q_OBJECT

public:
    using ChartRenderer = std::function<QList<ReportChart>(const CampaignSummary& summary)>;

    PackageJobRunner(Workspace& workspace, ChartRenderer charts, QObject* parent = nullptr);
    ~PackageJobRunner() override;

    bool isBusy() const { return m_task != nullptr; }
    // False with the reason when the job cannot start (busy, or its input cannot be read).
    bool startExport(const QString& path, QString* error);
    bool startImport(const QString& path, QString* error);
    // The consolidated summary (汇总报告) across this unit and the imported ones; PDF, XLSX or ODT by
    // the suffix of `path`. Finishes through exported().
    bool startConsolidated(const QString& path, QString* error);
    // The same from a consolidation read elsewhere (the units on a shared server, live).
    bool startConsolidated(const QString& path, const ConsolidatedInput& input, QString* error);
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    // `cancelled` when the user asked for it; `error` says why otherwise.
    void exported(bool ok, const QString& path, const QString& error, bool cancelled);
    void imported(bool ok, const PackageImport::Result& result, const QString& error, bool cancelled);

private:
    bool canStartConsolidated(const QString& path, QString* error) const;
    void run(ExportTask* task);
    // Starts a job that writes `path` and finishes through exported().
    void runExport(ExportTask* task, const QString& path);
    void finishImport(bool merged, const PackageImport::Result& result, const QString& error);

    Workspace& m_ws;
    ChartRenderer m_charts;
    QPointer<ExportTask> m_task;
    std::shared_ptr<PackageImport::Staged> m_staged; // the import in flight, shared with its worker
};
