#pragma once

#include "importing/ImportPreview.h"

#include <QDialog>
#include <QHash>

#include <memory>

class ImportMappingPanel;
class ImportPreviewModel;
class PlanImportEditor;
class QComboBox;
class QLabel;
class ActivityEditor;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableView;
class TableLoadTask;
class Workspace;
struct TableDocument;

// File › Import plan…: reads a plan or activity table (Excel, WPS, Word, CSV …), shows the rows as
// they will be stored with each column's role and each group's pillar to correct, lists what needs a
// look, and imports all of it as one undo step — into this unit's plan, or as a subordinate unit's
// activities for the consolidated report.
class ImportWizard : public QDialog
{
    Q_OBJECT

public:
    enum class Target { OwnPlan, SubordinateUnit };

    ImportWizard(Workspace& workspace, ActivityEditor& activities, Target target, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Reads `path` (also what "Choose…" does); the preview fills in when reading finished.
    void openFile(const QString& path);
    bool isLoading() const;
    QString summaryText() const;
    // What the last import did, for the status bar.
    QString resultText() const { return m_result; }

signals:
    void loaded();

private:
    void chooseFile();
    void reload();
    void loadFinished(bool ok, const QString& error);
    void tableChosen(int index);
    void rebuild();
    void runImport();
    void showProblem(int row);
    void setBusy(bool busy, const QString& text = {});

    Workspace& m_workspace;
    Target m_target;
    std::unique_ptr<PlanImportEditor> m_editor;
    std::unique_ptr<TableLoadTask> m_task;
    std::unique_ptr<TableDocument> m_document;
    ImportContext m_context;
    TableLayout m_layout;
    QHash<QString, GroupMapping> m_groupChoices; // what the user chose per group text, kept across rebuilds
    QString m_path;
    QString m_result;

    QLineEdit* m_file;
    QPushButton* m_choose;
    QComboBox* m_table;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_textOptionsLabel;
    QComboBox* m_figures;
    QRadioButton* m_skipDuplicates;
    QRadioButton* m_updateDuplicates;
    QLineEdit* m_unitName;
    ImportMappingPanel* m_mapping;
    ImportPreviewModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QListWidget* m_problems;
    QPushButton* m_import;
    QPushButton* m_cancel;
};
