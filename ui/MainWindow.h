#pragma once

#include "HelpDialog.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class AppSettings;
class QLabel;
class QListWidget;

class QMenu;
class QStackedWidget;
class Workspace;

// The frame around the pages: left navigation, menus, status bar. It owns actions, not features:
// pages are built elsewhere (Application) and plugged in with addPage(); opening and creating
// files is asked of the composition root through signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the navigation; the window takes ownership. The first page added is shown first.
    void addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page);
    // Adds a page that is built the first time it is shown (or asked for with page()), so that
    // opening a large file waits only for the page the user sees.
    void addPage(const QString& id, const QString& title, const QIcon& icon,
                 std::function<QWidget*()> factory);
    // The page (built now if it was deferred); nullptr for an unknown id.
    QWidget* page(const QString& id);
    void showPage(const QString& id);
    QString currentPageId() const;
    // Help › User guide (F1): opens the guide on the current view's page; the dialog while it is open.
    void showHelp();
    HelpDialog* helpDialog() const { return m_help; }
    // Deletes every page (before the pages of another file are built).
    void removeAllPages();

    // The file whose undo stack, name and copy the menus act on.
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }

    // The Tools menu, where pages may add their own actions.
    QMenu* toolsMenu() const { return m_toolsMenu; }

public slots:
    void setCounts(int shown, int total, int overdue, int dueSoon);
    void showStatusMessage(const QString& text);
    void refreshRecentFiles();

    // Builds the menus again in the current language (after the translators changed).
    void retranslate();

signals:
    void openFileRequested(const QString& path);
    void newFileRequested(const QString& path);
    // File › Import Plan…: the composition root opens the import wizard on the current file.
    void importPlanRequested();
    // File › New Campaign from Notice… (ui/notice does the work).
    void newCampaignFromNoticeRequested();
    // The language was changed in the settings; the program switches to it at once.
    void languageChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void showRow(int row);
    void openFile();
    void openServer();
    void newFile();
    void saveCopyAs();
    // The file and the evidence it names, as one copy at `path`; an empty error when cancelled.
    bool copyWithEvidence(const QString& path, QString* error);
    void showSettings();
    void showAbout();

    AppSettings& m_settings;
    Workspace* m_workspace = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QHash<QString, QWidget*> m_pageById;
    QHash<QString, std::function<QWidget*()>> m_factories; // pages not built yet
    QPointer<HelpDialog> m_help;
    QMenu* m_editMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_saveAs = nullptr;
    QLabel* m_counts;
};
