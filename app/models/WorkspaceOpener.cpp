#include "WorkspaceOpener.h"

#include "Workspace.h"

WorkspaceOpener::WorkspaceOpener(QObject* parent) : QObject(parent)
{
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this,
            [this] { emit progressed(m_progress.done, m_progress.total); });
}

WorkspaceOpener::~WorkspaceOpener()
{
    m_progress.cancel = true;
    if (m_reader.joinable())
        m_reader.join(); // its result, posted to this object, dies with it
}

void WorkspaceOpener::start(const QString& path, const Clock& clock)
{
    QString error;
    m_workspace = Workspace::prepare(path, clock, &m_campaignId, &error);
    if (!m_workspace || m_campaignId == 0) { // nothing more to read, or nothing to read it into
        QMetaObject::invokeMethod(
            this, [this, error] { complete(m_workspace != nullptr, {}, error); }, Qt::QueuedConnection);
        return;
    }
    m_ticker.start();
    m_reader = std::thread([this, path, campaignId = m_campaignId] {
        QList<Activity> activities;
        QString failure;
        const bool ok = ActivityLoader::load(path, campaignId, &activities, &failure, &m_progress);
        QMetaObject::invokeMethod(
            this,
            [this, ok, activities = std::move(activities), failure]() mutable {
                complete(ok, std::move(activities), failure);
            },
            Qt::QueuedConnection);
    });
}

void WorkspaceOpener::cancel()
{
    m_progress.cancel = true;
}

std::unique_ptr<Workspace> WorkspaceOpener::takeWorkspace()
{
    return std::move(m_workspace);
}

void WorkspaceOpener::complete(bool ok, QList<Activity> activities, const QString& error)
{
    m_ticker.stop();
    if (m_reader.joinable())
        m_reader.join(); // it has posted this call: done but for returning
    QString reason = error;
    if (ok && m_progress.cancel) { // the user asked to stay where they were, even if reading had just ended
        ok = false;
        reason = tr("Opening was cancelled.");
    }
    if (ok && !m_workspace->finishOpen(m_campaignId, std::move(activities), &reason))
        ok = false;
    if (!ok)
        m_workspace.reset();
    emit progressed(m_progress.total, m_progress.total);
    emit finished(ok, reason);
}
