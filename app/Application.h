#pragma once

#include "ActivityFilter.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class ActivitiesPage;
class ActivityEditor;
class AppSettings;
class BulletinEditor;
class Clock;
class EvidenceCheck;
class EvidenceEditor;
class LiveConsolidatedView;
class MainWindow;
class QApplication;
class ReferenceEditor;
class SharedWindow;
class SummaryEditor;
class Workspace;
namespace ActivityLoader {
struct Progress;
}

// The composition root of the windowed program: installs translators, opens campaign files into a
// Workspace, builds the services over it (the editors, the evidence check) and the main window with
// every page, handing each the services it uses. Opening another file builds a new Workspace first
// and replaces the old one (with its services and pages) only when that succeeded.
class Application : public QObject
{
    Q_OBJECT

public:
    Application(QApplication& app, AppSettings& settings, const Clock& clock);
    ~Application() override;

    // Chinese unless the system locale or the settings ask for English; returns the language code.
    // Replaces translators installed before. Call before the Application exists: widgets take their
    // texts when they are built (a later change of language rebuilds them, see applyLanguage).
    static QString installTranslators(QApplication& app, const AppSettings& settings);
    // Switches to the language in the settings now: new translators, menus and pages built again
    // over the same workspace (its file and undo history stay).
    void applyLanguage();

    // The given file, else the last one, else the default file (created from the template).
    bool openInitial(const QString& given, QString* error);
    // A campaign file, or a shared server's address (postgresql://…): then the role's unit is pulled
    // into a local copy the window shows, and activity edits go to the server.
    bool openFile(const QString& path, QString* error);
    // Whether openInitial made the default file just now (the first start on this machine).
    bool isFirstStart() const { return m_firstStart; }
    // The welcome (unit, last year's file, the notice import when it is offered); true when applied.
    bool showWelcome();
    // Creates `path` with the newest built-in year's campaign and opens it.
    bool createFile(const QString& path, QString* error);
    static QString defaultFilePath();
    // Whether opened files become the "last file" and enter the recent list (not for --smoke).
    void setRememberFiles(bool remember) { m_rememberFiles = remember; }
    // Whether the program may ask the user (a shared server's password); not for --smoke.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    MainWindow& window() const { return *m_window; }
    Workspace* workspace() const { return m_workspace.get(); }
    // The services over the open file; null while none is open.
    ActivityEditor* activityEditor() const { return m_activityEditor.get(); }
    ReferenceEditor* referenceEditor() const { return m_referenceEditor.get(); }
    EvidenceEditor* evidenceEditor() const { return m_evidenceEditor.get(); }
    SummaryEditor* summaryEditor() const { return m_summaryEditor.get(); }
    BulletinEditor* bulletinEditor() const { return m_bulletinEditor.get(); }
    ActivitiesPage* activitiesPage() const { return m_activities; }

public slots:
    // Switches to the activity plan showing exactly what `filter` selects.
    void showActivities(const ActivityFilter& filter);
    // Opens the activity plan on one activity (double-click in the timeline, calendar or deadline lists).
    void showActivity(qint64 activityId);
    // File › Import Plan…: the wizard on the current file; the activity plan shows what came in.
    void importPlan();

private:
    void adopt(std::unique_ptr<Workspace> workspace);
    bool openServer(const QString& address, QString* error);
    // Runs `work` on another thread while a progress dialog with Cancel (after a moment) keeps the
    // window painting; returns its result. The dialog is application-modal: nothing else starts.
    bool runLongWork(const QString& what, const std::function<bool(ActivityLoader::Progress*)>& work);
    // Drops the pages, the services and the workspace, in that order.
    void closeFile();
    void buildPages();
    LiveConsolidatedView* liveConsolidation();
    void openFromMenu(const QString& path);
    void createFromMenu(const QString& path);

    QApplication& m_app;
    AppSettings& m_settings;
    const Clock& m_clock;
    // The window over a shared server (its local copy, the session); outlives the workspace on it.
    std::unique_ptr<SharedWindow> m_shared;
    std::unique_ptr<SharedWindow> m_pendingShared; // while its copy opens
    std::unique_ptr<Workspace> m_workspace;
    // Over m_workspace; declared after it, so they go first.
    std::unique_ptr<ActivityEditor> m_activityEditor;
    std::unique_ptr<ReferenceEditor> m_referenceEditor;
    std::unique_ptr<EvidenceEditor> m_evidenceEditor;
    std::unique_ptr<EvidenceCheck> m_evidenceCheck;
    std::unique_ptr<SummaryEditor> m_summaryEditor;
    std::unique_ptr<BulletinEditor> m_bulletinEditor;
    std::unique_ptr<MainWindow> m_window;
    ActivitiesPage* m_activities = nullptr;
    bool m_rememberFiles = true;
    bool m_interactive = true;
    bool m_firstStart = false;
};
