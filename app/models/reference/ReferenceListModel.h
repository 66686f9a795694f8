#pragma once

#include "RowChange.h"

#include <QAbstractTableModel>
#include <QString>

#include <functional>

class ReferenceEditor;

// What the reference lists (departments, pillars, organizers, metrics, requirements) share. The rows
// are the workspace's, set again with the exact change after every write (also through undo and
// redo), so every view of them follows. Edits are handed to the ReferenceEditor (validated, written
// at once, undoable); a refused edit is reported with its reason through refused(). Without an
// editor the list is read-only.
class ReferenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setEditor(ReferenceEditor* editor) { m_editor = editor; }

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
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // An edit made through this model reached the file.
    void changed();
    // An edit was not made; `reason` is translated and meant for the user.
    void refused(const QString& reason);

protected:
    // Runs one edit through the editor: a refusal is recorded and announced, a success announced.
    bool edit(const std::function<bool(ReferenceEditor& editor, QString* error)>& write, QString* error);
    bool isRowValid(int row) const { return row >= 0 && row < rowCount(); }
    // Around replacing the rows (`oldCount` → `newCount`): the views hear exactly what `change` did.
    // A change that does not fit the counts is announced as a reset.
    RowChange beginChange(RowChange change, qsizetype oldCount, qsizetype newCount);
    void endChange(const RowChange& change);

private:
    bool fail(const QString& reason, QString* error);

    ReferenceEditor* m_editor = nullptr;
    QString m_lastError;
};
