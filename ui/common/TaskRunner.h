#pragma once

#include "ExportTask.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QProgressDialog;
class QWidget;

// Runs one long job (an ExportTask) on its worker thread behind a window-modal progress dialog with
// a Cancel button, so the window keeps painting while it works. One job at a time per runner.
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QWidget* parent);

    bool isBusy() const { return m_task != nullptr; }
    // Takes the task; `label` is what the dialog says while it works.
    void start(ExportTask* task, const QString& title, const QString& label);
    void cancel();

signals:
    // ok false with the reason; `cancelled` when the user asked for it (nothing to warn about).
    void finished(bool ok, const QString& message, bool cancelled);

private:
    QWidget* m_parent;
    QPointer<ExportTask> m_task;
    QPointer<QProgressDialog> m_dialog;
    bool m_cancelled = false;
};
