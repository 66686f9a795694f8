#include "TableLoadTask.h"

#include <QCoreApplication>
#include <QThread>

TableLoadTask::TableLoadTask(QString path, TableReader::Options options, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_options(std::move(options))
{}

TableLoadTask::~TableLoadTask()
{
    m_cancelled = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void TableLoadTask::start()
{
    if (m_thread)
        return;
    m_options.progress = [this](qint64 done, qint64 total) {
        emit progress(done, total); // queued to the receiver's thread
        return !m_cancelled.load();
    };
    m_thread =
        QThread::create([this] { m_ok = TableReader::read(m_path, m_options, &m_document, &m_error); });
    connect(m_thread, &QThread::finished, this, [this] {
        if (m_cancelled && !m_ok)
            m_error = QCoreApplication::translate("TableLoadTask", "Reading the file was cancelled.");
        emit finished(m_ok && !m_cancelled, m_error);
    });
    m_thread->start();
}
