#pragma once

#include "UnitTableImport.h"
#include "importing/ImportPreview.h"

#include <QObject>
#include <QStringList>

class ActivityEditor;
class Workspace;

// Imports a recognised plan table into the open campaign: decides which rows go in (rows with errors
// never; rows already present skipped or updated, as the user chose), creates the departments and
// pillars they need, and pushes it all as one undo step through the activity store.
class PlanImportEditor : public QObject
{
    Q_OBJECT

public:
    struct Choices
    {
        bool updateDuplicates = false; // false: rows already in the plan are skipped
    };
    struct Outcome
    {
        int added = 0;
        int updated = 0;
        int skipped = 0;     // rows with errors, and duplicates when not updating
        int withoutDate = 0; // imported with their date text only
        QStringList departmentsAdded;
        QStringList pillarsAdded;
    };

    PlanImportEditor(Workspace& workspace, ActivityEditor& activities, QObject* parent = nullptr);

    // What the recogniser needs to know about the current campaign.
    ImportContext context() const;
    // Writes the import as one undo step. Nothing is written when it fails.
    bool run(const ImportPreview& preview, const Choices& choices, Outcome* outcome, QString* error);
    // Stores the rows as the activities of the subordinate unit `unitName` for the consolidated view
    // (not this campaign's plan, not undoable: importing the unit's table again replaces them).
    bool runForUnit(const ImportPreview& preview, const QString& unitName, UnitTableImport::Result* result,
                    QString* error);

private:
    Workspace& m_workspace;
    ActivityEditor& m_activities;
};
