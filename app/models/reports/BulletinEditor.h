#pragma once

#include "BulletinDocument.h"

#include <QList>
#include <QObject>
#include <QString>

class Database;
class Workspace;

// Every change to a bulletin's kept text goes through here: written to the file at once and put on
// the workspace's undo stack, like activity edits. One per open workspace, built with it by the
// composition root. A blank text removes the kept bulletin, so the activity shows its draft again. Also
// gathers what a bulletin export writes, so widgets never reach the file.
class BulletinEditor : public QObject
{
    Q_OBJECT

public:
    explicit BulletinEditor(Workspace& workspace, QObject* parent = nullptr);

    const Database& database() const;
    // The kept text (a null QString when there is none); false with a reason when the file cannot be read.
    [[nodiscard]] bool text(qint64 activityId, QString* out, QString* error) const;
    // Keeps `after` in place of `before` as one undo step named `undoText`. With `continuing`, the step
    // joins the previous one when that was the same bulletin's typing (one undo per editing session).
    // false and a translated reason when nothing was changed.
    bool setText(qint64 activityId, const QString& before, const QString& after, const QString& undoText,
                 bool continuing, QString* error);
    // Of these activities, those that have a bulletin: completed, or with a kept text.
    [[nodiscard]] bool withBulletin(const QList<qint64>& activityIds, QList<qint64>* out,
                                    QString* error) const;
    // The bulletins of these activities in date order, kept text or draft, with their photos.
    [[nodiscard]] bool pages(const QList<qint64>& activityIds, QList<BulletinPage>* out,
                             QString* error) const;
    // The write the undo command repeats.
    bool write(qint64 activityId, const QString& text, QString* error);

signals:
    // The activity's kept bulletin changed (also through undo and redo).
    void changed(qint64 activityId);
    // An undo or redo could not be written; the command is dropped from the stack.
    void writeFailed(const QString& reason);

private:
    Workspace& m_ws;
};
