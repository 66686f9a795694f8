#include "ExportTask.h"

#include "OfficialFonts.h"
#include "ReportExport.h"

#include <QCoreApplication>
#include <QThread>

ExportTask::ExportTask(Work work, QString path, QObject* parent)
    : QObject(parent), m_work(std::move(work)), m_path(std::move(path)),
      m_cancelledMessage(
          QCoreApplication::translate("ExportTask", "The export was cancelled; no file was written."))
{}

ExportTask::ExportTask(CampaignSnapshot snapshot, ReportOptions options, QString path, QObject* parent)
    : ExportTask(
          [snapshot = std::move(snapshot), options = std::move(options), path](ExportProgress* progress,
                                                                               QString* error) {
              return ReportExport::writeFile(snapshot, options, path, error, progress);
          },
          path, parent)
{}

ExportTask::~ExportTask()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
    }
}

bool ExportTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ExportTask::start()
{
    if (m_thread)
        return;
    OfficialFonts::instance(); // fonts are registered on this (GUI) thread, before painting elsewhere
    m_thread = QThread::create([this] {
        QString error;
        m_ok = m_work(this, &error);
        if (!m_ok && m_cancelled)
            error = m_cancelledMessage;
        m_error = error;
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] { emit finished(m_ok, m_error); });
    m_thread->start();
}

bool ExportTask::step(qint64 done, qint64 total)
{
    emit progress(done, total); // queued to the receivers' thread
    return !m_cancelled;
}
