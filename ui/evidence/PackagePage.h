#pragma once

#include "PackageImport.h"

#include <QWidget>

class ActivityEditor;
class ConsolidatedModel;
class LiveConsolidatedView;
class PackageJobRunner;
class QAbstractItemModel;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTableView;
class SubordinateActivityModel;
class UnitRollUpChart;
class Workspace;

// 报送包: send the report package upward (summary, plan, chosen evidence) and take in packages from
// subordinate units, shown as a consolidated table and chart by unit with a roll-up row and each
// unit's activities. Exports and imports run on a worker thread with progress and Cancel below the
// buttons, one at a time; the window stays usable meanwhile.
class PackagePage : public QWidget
{
    Q_OBJECT

public:
    // `activities` serves the import of a subordinate unit's table. With `live` (the window open on a
    // shared server) the units are those it keeps current, not the file's imported packages.
    PackagePage(Workspace& workspace, ActivityEditor& activities, LiveConsolidatedView* live = nullptr,
                QWidget* parent = nullptr);
    ~PackagePage() override;

    void refresh();
    // Start the job and return at once; false with the reason shown when it cannot start.
    bool startExport(const QString& path);
    bool startImport(const QString& path);
    bool startConsolidated(const QString& path);
    // Start and wait for the job (a local event loop); false with the reason shown on the page.
    // For tests and scripts: the buttons use the start… functions.
    bool exportTo(const QString& path);
    bool importFrom(const QString& path);
    bool exportConsolidatedTo(const QString& path);
    bool isBusy() const;
    ConsolidatedModel* model() const { return m_model; }
    QAbstractItemModel* unitActivities() const;

signals:
    // After every export or import, when the page shows its outcome.
    void jobFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;
    // The file dialogs behind the buttons; empty when the user backs out. Tests override them.
    virtual QString chooseExportPath();
    virtual QString chooseImportPath();
    virtual QString chooseConsolidatedPath();

private:
    void showUnit(const QModelIndex& row);
    void selectFirstSubordinate();
    void restoreSelection();
    void updateChart();
    void showMessage(const QString& text, bool error);
    void setBusy(const QString& text);
    void finishJob(bool ok, const QString& message, bool cancelled);
    bool waitForJob(bool started);

    Workspace& m_ws;
    ActivityEditor& m_activityEditor;
    LiveConsolidatedView* m_live = nullptr;
    ConsolidatedModel* m_model = nullptr;                 // the file's, or the live view's
    SubordinateActivityModel* m_unitActivities = nullptr; // the file's imported units only
    PackageJobRunner* m_runner = nullptr;
    QLabel* m_outgoing = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_importTableButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_consolidatedButton = nullptr;
    QWidget* m_job = nullptr;
    QLabel* m_jobLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QTableView* m_units = nullptr;
    UnitRollUpChart* m_chart = nullptr;
    QTableView* m_activities = nullptr;
    bool m_lastOk = false;
    bool m_chartDue = false; // a chart update is queued after changed cells
    QString m_keptKey;       // the unit selected before the model reset, by key and by name
    QString m_keptName;
};
