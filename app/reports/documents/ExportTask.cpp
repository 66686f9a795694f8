#include "ExportTask.h"

#include "OfficialFonts.h"
#include "ReportExport.h"

#include <QCoreApplication>
#include <QThread>

ExportTask::ExportTask(CampaignSnapshot snapshot, ReportOptions options, QString path, QObject* parent)
    : QObject(parent), m_snapshot(std::move(snapshot)), m_options(std::move(options)), m_path(std::move(path))
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
        m_ok = ReportExport::writeFile(m_snapshot, m_options, m_path, &error, this);
        if (!m_ok && m_cancelled)
            error =
                QCoreApplication::translate("ExportTask", "The export was cancelled; no file was written.");
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
