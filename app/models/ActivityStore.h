#pragma once

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

signals:
    // Emitted after every successful write.
    void changed();
    // An undo or redo could not be written; the command is dropped from the stack.
    void writeFailed(const QString& reason);

private:
    ActivityRepository& m_repository;
    ActivityTableModel& m_model;
};
