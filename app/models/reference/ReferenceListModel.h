#pragma once

#include "ReferenceWriteCommand.h"

#include <QAbstractTableModel>
#include <QString>

class QUndoStack;

// What the reference-data lists (departments, pillars, organizers, metrics, requirements) share:
// rows kept in memory, every edit validated and written through the repository at once, and a
// refused edit reported with its reason through refused() instead of being dropped.
class ReferenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    // The column whose text names a row (shown in questions and in pickers).
    virtual int nameColumn() const { return 0; }
    QString nameAt(int row) const;

    // Appends a row with this name and defaults for everything else.
    virtual bool appendNamed(const QString& name, QString* error) = 0;
    virtual bool removeItem(int row, QString* error) = 0;
    virtual bool moveItem(int from, int to, QString* error) = 0;
    // The question to ask before removing `row`; says what else the removal touches.
    virtual QString removalQuestion(int row) const;

    QString lastError() const { return m_lastError; }

    // With a stack, reversible edits (changed fields, new order) can be undone; additions and
    // removals of rows that activities refer to cannot. Without one, edits are simply saved.
    void setUndoStack(QUndoStack* stack) { m_undoStack = stack; }
    // Re-reads the rows from the file (after an undo, or when another page changed them).
    virtual bool reload(QString* error) = 0;

signals:
    // An edit reached the file; other views of the reference data should reload.
    void changed();
    // An edit was not made; `reason` is translated and meant for the user.
    void refused(const QString& reason);

protected:
    // Records and announces a refusal; always returns false so callers can `return fail(…)`.
    bool fail(const QString& reason, QString* error = nullptr);
    bool succeed();
    bool isRowValid(int row, int count) const { return row >= 0 && row < count; }
    // beginMoveRows' destination counts rows before the move; this hides that.
    bool beginMoveItem(int from, int to);
    // Puts a write that already reached the file on the undo stack, if there is one.
    void recordWrite(const QString& text, ReferenceWriteCommand::Write undo,
                     ReferenceWriteCommand::Write redo);
    // Case- and space-insensitive: "办公室 " and "办公室" are the same name to a user.
    static bool sameName(const QString& a, const QString& b);

private:
    void afterUndoOrRedo(const QString& error);

    QString m_lastError;
    QUndoStack* m_undoStack = nullptr;
};
