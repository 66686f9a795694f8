#include "ExportRunner.h"

#include "ExportTask.h"

#include <QProgressDialog>
#include <QWidget>

ExportRunner::ExportRunner(QWidget* parent) : QObject(parent), m_parent(parent) {}

void ExportRunner::start(CampaignSnapshot snapshot, ReportOptions options, const QString& path)
{
    if (m_task)
        return;
    m_cancelled = false;
    m_task = new ExportTask(std::move(snapshot), std::move(options), path, this);
    m_dialog = new QProgressDialog(tr("Writing %1…").arg(path), tr("Cancel"), 0, 0, m_parent);
    m_dialog->setWindowTitle(tr("Export"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ExportRunner::cancel);
    connect(m_task, &ExportTask::progress, this, [this](qint64 done, qint64 total) {
        if (!m_dialog || total <= 0)
            return;
        m_dialog->setMaximum(1000);
        m_dialog->setValue(int(1000 * qMin(done, total) / total));
    });
    connect(m_task, &ExportTask::finished, this, [this, path](bool ok, const QString& error) {
        if (m_dialog)
            m_dialog->deleteLater();
        m_task->deleteLater();
        m_task = nullptr;
        emit finished(ok, path, ok ? tr("Wrote %1").arg(path) : error, !ok && m_cancelled);
    });
    m_task->start();
}

void ExportRunner::cancel()
{
    if (!m_task)
        return;
    m_cancelled = true;
    m_task->cancel();
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}
