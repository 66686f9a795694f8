#pragma once

#include "CampaignSnapshot.h"
#include "ExportProgress.h"
#include "ReportOptions.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

// One long write running on a worker thread, so the window stays responsive: reports progress, can be
// cancelled, and finishes exactly once. The work must not touch the campaign file's connection or
// widgets (both belong to the GUI thread); gather its input first. Plan and summary exports write
// through QSaveFile, so a failed or cancelled export leaves no half-written file; other work gives
// the same promise for its own output.
class ExportTask : public QObject, private ExportProgress
{
    Q_OBJECT

public:
    // Runs on the worker; returns false with a reason, and stops soon when `progress` says so.
    using Work = std::function<bool(ExportProgress* progress, QString* error)>;

    ExportTask(Work work, QString path, QObject* parent = nullptr);
    // A plan or summary export (ReportExport::writeFile).
    ExportTask(CampaignSnapshot snapshot, ReportOptions options, QString path, QObject* parent = nullptr);
    // Cancels and waits for the worker, so nothing outlives the task.
    ~ExportTask() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }
    bool isRunning() const;
    QString path() const { return m_path; }
    // What finished() says when a cancelled run failed; "the export was cancelled" by default.
    void setCancelledMessage(const QString& text) { m_cancelledMessage = text; }

signals:
    void progress(qint64 done, qint64 total);
    // ok false with a translated reason; cancelled runs say so.
    void finished(bool ok, const QString& error);

private:
    bool step(qint64 done, qint64 total) override;

    Work m_work;
    QString m_path;
    QString m_cancelledMessage;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    bool m_ok = false;
    QString m_error;
};
