#pragma once

#include "Attachment.h"
#include "WriteCommand.h"

#include <QList>
#include <QStringList>

class EvidenceEditor;

// The undo commands of evidence. The first attach copies the files into the media store; later redos
// only put the rows back (same ids and uuids), since content stays stored until the file closes.
class EvidenceCommand : public WriteCommand
{
public:
    EvidenceCommand(EvidenceEditor& editor, const QString& text);

protected:
    void failed(const QString& error) override;

    EvidenceEditor& m_editor;
};

class AttachEvidenceCommand : public EvidenceCommand
{
public:
    AttachEvidenceCommand(EvidenceEditor& editor, qint64 activityId, QStringList paths);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    qint64 m_activityId;
    QStringList m_paths;
    QList<Attachment> m_rows; // empty until the files were first stored
};

class DetachEvidenceCommand : public EvidenceCommand
{
public:
    DetachEvidenceCommand(EvidenceEditor& editor, QList<Attachment> rows);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    QList<Attachment> m_rows;
};

// Caption, "send upward" and "in the report" of one attachment.
class EditEvidenceCommand : public EvidenceCommand
{
public:
    EditEvidenceCommand(EvidenceEditor& editor, const Attachment& before, const Attachment& after);

protected:
    bool forward(QString* error) override;
    bool backward(QString* error) override;

private:
    Attachment m_before;
    Attachment m_after;
};
