#include "TaskRunner.h"

#include "ExportTask.h"

#include <QProgressDialog>
#include <QWidget>

TaskRunner::TaskRunner(QWidget* parent) : QObject(parent), m_parent(parent) {}

void TaskRunner::start(ExportTask* task, const QString& title, const QString& label)
{
    if (m_task) {
        delete task;
        return;
    }
    m_cancelled = false;
    m_task = task;
    task->setParent(this);
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, m_parent);
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(200); // anything the user waits for longer shows it
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &TaskRunner::cancel);
    connect(task, &ExportTask::progress, this, [this](qint64 done, qint64 total) {
        if (!m_dialog || total <= 0)
            return;
        m_dialog->setMaximum(1000);
        m_dialog->setValue(int(1000 * qMin(done, total) / total));
    });
    connect(task, &ExportTask::finished, this, [this](bool ok, const QString& error) {
        if (m_dialog)
            m_dialog->deleteLater();
        m_task->deleteLater();
        m_task = nullptr;
        emit finished(ok, error, !ok && m_cancelled);
    });
    task->start();
}

void TaskRunner::cancel()
{
    if (!m_task)
        return;
    m_cancelled = true;
    m_task->cancel();
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}
