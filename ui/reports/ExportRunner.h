#pragma once

#include "CampaignSnapshot.h"
#include "ExportTask.h"
#include "ReportOptions.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QWidget;

// Runs one plan or summary export on a worker thread behind a progress dialog with a Cancel
// button, so the window keeps painting. One export at a time per runner.
class ExportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ExportRunner(QWidget* parent);

    bool isBusy() const { return m_task != nullptr; }
    void start(CampaignSnapshot snapshot, ReportOptions options, const QString& path);
    void cancel();

signals:
    // ok false with the reason; `cancelled` when the user asked for it (nothing to warn about).
    void finished(bool ok, const QString& path, const QString& message, bool cancelled);

private:
    QWidget* m_parent;
    QPointer<ExportTask> m_task;
    QPointer<QProgressDialog> m_dialog;
    bool m_cancelled = false;
};
