#pragma once

#include "Campaign.h"
#include "UnitProfile.h"
#include "notice/NoticeFields.h"

#include <QObject>
#include <QStringList>

#include <memory>

class ReferenceStore;
class Workspace;
class WriteCommand;

// Every user change to reference data (the campaign's properties, the unit, pillars, metrics,
// departments, organizers, requirements, slogans): validates it, writes it at once and puts it on the
// workspace's undo stack, one command per edit. A change that is invalid or that the file refuses is
// not pushed; rejected() says why. Built once per open file by the composition root; the workspace's
// reference models hand their edits here.
class ReferenceEditor : public QObject
{
    Q_OBJECT

public:
    explicit ReferenceEditor(Workspace& workspace, QObject* parent = nullptr);
    ~ReferenceEditor() override;

    Workspace& workspace() const { return m_ws; }
    ReferenceStore& store() const { return *m_store; }

    // Each returns false with a translated reason (also sent through rejected()) when nothing was
    // written; an edit that changes nothing succeeds without an undo step.
    bool editCampaign(const Campaign& after, QString* error = nullptr);
    bool editUnit(const UnitProfile& after, QString* error = nullptr);
    // The slogans in the order given; blank lines are dropped.
    bool setSlogans(const QStringList& texts, QString* error = nullptr);

    // Pillar, Metric, Department, Organizer or Requirement of the current campaign (departments: of
    // the file). add() appends `item` and fills its id; edit() finds the item by id; move() and the
    // rows are those of the workspace's list.
    template <class Item> bool add(Item& item, QString* error = nullptr);
    template <class Item> bool edit(const Item& after, QString* error = nullptr);
    template <class Item> bool remove(qint64 id, QString* error = nullptr);
    template <class Item> bool move(int from, int to, QString* error = nullptr);

    // Writes that make a campaign or fill the file from another; not undoable (the new campaign can
    // be switched away from). The workspace reads the file again afterwards.
    // "New campaign from…": the copy's id, or 0 and a reason.
    qint64 copyCampaign(qint64 sourceId, int year, bool withUnfinished, QString* error);
    // What createFromNotice() would do, in one sentence.
    QString noticePlan(const NoticeFields& fields) const;
    // The campaign the notice went into (new, or the existing one of its year for a local notice), or 0.
    qint64 createFromNotice(const NoticeFields& fields, qint64 carryMetricsFrom, bool* created,
                            QString* error);
    // The departments and unit of last year's file (first start).
    bool carryOverFrom(const QString& previousFile, int* departmentsAdded, QString* error);

signals:
    void rejected(const QString& reason);
    // An undo or redo could not be written; the command was dropped from the stack.
    void writeFailed(const QString& reason);

private:
    // The workspace's reference models hand their edits to `editor` (null: read-only).
    void serveModels(ReferenceEditor* editor);
    bool push(std::unique_ptr<WriteCommand> command, QString* error);
    bool refuse(const QString& reason, QString* error);
    // After a write outside the undo stack: the workspace reads the file again.
    bool reload(QString* error);

    Workspace& m_ws;
    ReferenceStore* m_store;
};
