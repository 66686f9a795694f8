#pragma once

#include "Activity.h"

#include <QObject>

#include <functional>

class ActivityStore;
class QUndoStack;

// Every user change to activities: validates it, writes it at once and puts it on the undo stack.
// A change that is invalid or that the file refuses is not pushed; rejected() says why.
class ActivityEditor : public QObject
{
    Q_OBJECT

public:
    ActivityEditor(ActivityStore& store, QUndoStack& stack, QObject* parent = nullptr);

    ActivityStore& store() const { return m_store; }

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

    ActivityStore& m_store;
    QUndoStack& m_stack;
};
