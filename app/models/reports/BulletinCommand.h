#pragma once

#include "WriteCommand.h"

#include <QString>

class BulletinEditor;

// Replaces one activity's kept bulletin text (a null or blank text: none kept, the draft shows);
// undo writes the old text back. Typing in one editing session merges into one step.
class BulletinCommand : public WriteCommand
{
public:
    BulletinCommand(BulletinEditor& editor, qint64 activityId, QString before, QString after,
                    const QString& text, bool continuing);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;
    void failed(const QString& error) override;

private:
    BulletinEditor& m_editor;
    qint64 m_activityId;
    QString m_before;
    QString m_after;
    bool m_continuing;
};
