#pragma once

#include "ActivityLoader.h"
#include "Clock.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <thread>

class Workspace;

// Opens a campaign file without holding up the window: the quick part on this thread, the activities
// (seconds, at a million) on another, with progress and a way to stop. Stopping, or a failure,
// leaves nothing open (the file's lock is let go). One open per opener.
class WorkspaceOpener : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceOpener(QObject* parent = nullptr);
    ~WorkspaceOpener() override;

    // finished() follows, always after start() has returned.
    void start(const QString& path, const Clock& clock);
    void cancel();
    // After finished(true): the open workspace.
    std::unique_ptr<Workspace> takeWorkspace();

signals:
    // Activities read of `total` (0 while unknown).
    void progressed(qint64 done, qint64 total);
    // False with a translated reason (also when cancelled).
    void finished(bool ok, const QString& error);

private:
    void complete(bool ok, QList<Activity> activities, const QString& error);

    std::unique_ptr<Workspace> m_workspace;
    qint64 m_campaignId = 0;
    ActivityLoader::Progress m_progress;
    std::thread m_reader;
    QTimer m_ticker; // reports m_progress to the GUI a few times a second
};
