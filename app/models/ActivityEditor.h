#pragma once

#include "Activity.h"

#include <QObject>

#include <functional>

#include <memory>

class ActivityRepository;
class ActivityStore;
class QUndoStack;
class Workspace;

// Every user change to activities: validates it, writes it at once and puts it on the workspace's undo
// stack. A change that is invalid or that the file refuses is not pushed; rejected() says why. Built
// once per open file by the composition root; the workspace's activity model hands its edits here.
class ActivityEditor : public QObject
{
    Q_OBJECT

public:
    explicit ActivityEditor(Workspace& workspace, QObject* parent = nullptr);
    ~ActivityEditor() override;

    ActivityStore& store() const { return *m_store; }

    bool edit(const Activity& before, const Activity& after, const QString& text);
    // Returns the new id, 0 when refused.
    qint64 add(const Activity& activity);
    QList<qint64> duplicate(const QList<qint64>& ids);
    bool remove(const QList<qint64>& ids);
    bool setStatus(const QList<qint64>& ids, ActivityStatus status);
    bool setLeadDepartment(const QList<qint64>& ids, qint64 departmentId);

    // Names the fields that differ, for the undo text ("Edit Title", or "Edit Activity").
    static QString describeChange(const Activity& before, const Activity& after);

signals:
    void rejected(const QString& reason);

private:
    bool change(const QList<qint64>& ids, const std::function<void(Activity&)>& modify, const QString& text);

    Workspace& m_ws;
    std::unique_ptr<ActivityRepository> m_repository;
    ActivityStore* m_store;
    QUndoStack& m_stack;
};
