#pragma once

#include "models/ActivityUpstream.h"

#include "Activity.h"
#include "ActivityRepository.h"

#include <QObject>

#include <functional>

class ActivityTableModel;

// The one place where activity writes happen: each call writes through the repository in one
// transaction and, only when that succeeded, mirrors the change into the in-memory model.
// Undo commands use it; it knows nothing about undo.
class ActivityStore : public QObject
{
    Q_OBJECT

public:
    ActivityStore(ActivityRepository& repository, ActivityTableModel& model, QObject* parent = nullptr);

    ActivityTableModel& model() const { return m_model; }
    // Current values by id, in the order given; ids that are gone are skipped.
    QList<Activity> find(const QList<qint64>& ids) const;

    bool update(QList<Activity>& activities, QString* error); // sets `updated`
    bool insert(QList<Activity>& activities, QString* error); // sets ids, uuids and timestamps
    bool restore(const QList<Activity>& activities, QString* error,
                 const std::function<bool(QString*)>& alongside = {});
    QString connectionName() const;
    bool remove(const QList<qint64>& ids, QString* error);
    // Inserts, updates and removes many activities in one transaction with the rows they name
    // (ActivityRepository::Batch), then tells the model.
    bool apply(ActivityRepository::Batch& batch, QString* error);

    // Shared mode: every write goes to `upstream` first and reaches the file (the local copy) only
    // when the server took it. Not owned; nullptr for a plain file.
    void setUpstream(ActivityUpstream* upstream) { m_upstream = upstream; }
    bool isShared() const { return m_upstream != nullptr; }
    // Other users' changes that reached the server, written into the local copy and shown: `now`
    // inserted or updated, `goneUuids` removed. Only the current campaign's reach the model. Not undoable:
    // they are not the user's own.
    bool takeUpstream(const QList<Activity>& now, const QList<QUuid>& goneUuids, qint64 currentCampaignId,
                      QString* error);

signals:
    // Emitted after every successful write.
    void changed();
    // An undo or redo could not be written; the command is dropped from the stack.
    void writeFailed(const QString& reason);
    // A write lost its race on the shared server: nothing was written; the user decides.
    void conflicted(const QList<ActivityConflict>& conflicts);

private:
    // Writes `change` to the upstream; a lost race is announced (conflicted) and fails with a reason.
    bool writeUpstream(ActivityUpstream::Change& change, QString* error);

    ActivityRepository& m_repository;
    ActivityUpstream* m_upstream = nullptr;
    ActivityTableModel& m_model;
};
