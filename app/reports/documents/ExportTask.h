#pragma once

#include "CampaignSnapshot.h"
#include "ExportProgress.h"
#include "ReportOptions.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

// One plan or summary export running on a worker thread, so the window stays responsive: reports
// progress, can be cancelled, and finishes exactly once. The target file is written through
// QSaveFile, so a failed or cancelled export leaves no half-written file.
class ExportTask : public QObject, private ExportProgress
{
    Q_OBJECT

public:
    ExportTask(CampaignSnapshot snapshot, ReportOptions options, QString path, QObject* parent = nullptr);
    ~ExportTask() override;

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const;
    QString path() const { return m_path; }

signals:
    void progress(qint64 done, qint64 total);
    // ok false with a translated reason; cancelled exports say so.
    void finished(bool ok, const QString& error);

private:
    bool step(qint64 done, qint64 total) override;

    CampaignSnapshot m_snapshot;
    ReportOptions m_options;
    QString m_path;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    bool m_ok = false;
    QString m_error;
};
