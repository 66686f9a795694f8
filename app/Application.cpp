#include "Application.h"

#include "SharedWindow.h"
#include "server/ServerAddress.h"

#include "ActivitiesPage.h"
#include "ActivityDetailPanel.h"
#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "ActivityTableView.h"
#include "AppSettings.h"
#include "BulletinEditor.h"
#include "CalendarPage.h"
#include "CampaignFile.h"
#include "CampaignTemplate.h"
#include "Console.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DeadlineReminder.h"
#include "EvidenceCheck.h"
#include "EvidenceEditor.h"
#include "GuiEntry.h"
#include "Icons.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "NoticeImportDialog.h"
#include "PackagePage.h"
#include "PublicityPage.h"
#include "ReferenceEditor.h"
#include "ReferencePage.h"
#include "ReportsPage.h"
#include "SummaryEditor.h"
#include "TimelinePage.h"
#include "WelcomeDialog.h"
#include "Workspace.h"
#include "WorkspaceOpener.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressDialog>
#include <QTimer>

#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>
#include <QUndoStack>

#include <thread>

Application::Application(QApplication& app, AppSettings& settings, const Clock& clock)
    : m_app(app), m_settings(settings), m_clock(clock), m_window(std::make_unique<MainWindow>(settings))
{
    connect(m_window.get(), &MainWindow::openFileRequested, this, &Application::openFromMenu);
    connect(m_window.get(), &MainWindow::newFileRequested, this, &Application::createFromMenu);
    connect(m_window.get(), &MainWindow::languageChanged, this, &Application::applyLanguage);
    connect(m_window.get(), &MainWindow::importPlanRequested, this, &Application::importPlan);
    connect(m_window.get(), &MainWindow::newCampaignFromNoticeRequested, this, [this] {
        if (m_workspace)
            NoticeImportDialog(*m_workspace, *m_referenceEditor, m_window.get()).exec();
    });
}

Application::~Application()
{
    closeFile();
    m_window.reset();
}

void Application::closeFile()
{
    // Pages refer to the services and the workspace, the services to the workspace.
    m_window->setWorkspace(nullptr);
    m_window->removeAllPages();
    m_activities = nullptr;
    if (m_workspace)
        m_workspace->undoStack()->clear(); // its commands refer to the editors' stores
    m_bulletinEditor.reset();
    m_summaryEditor.reset();
    m_evidenceCheck.reset();
    m_evidenceEditor.reset();
    m_referenceEditor.reset();
    m_activityEditor.reset();
    m_workspace.reset();
    m_shared.reset(); // its local copy goes with it
}

QString Application::installTranslators(QApplication& app, const AppSettings& settings)
{
    const QString code = AppSettings::languageCode(settings.language(), QLocale::system().name());
    const QString tag = QStringLiteral("campaign-planner-translator");
    for (QTranslator* old : app.findChildren<QTranslator*>(tag, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto load = [&app, &tag](const QString& name, const QString& dir) {
        auto* t = new QTranslator(&app);
        t->setObjectName(tag);
        if (!t->load(name, dir) || !QCoreApplication::installTranslator(t))
            delete t;
    };
    load(QStringLiteral("campaign-planner_%1").arg(code), QStringLiteral(":/i18n"));
    if (code == QLatin1String("zh_CN")) {
        // Qt's own dialogs (file chooser, message box buttons) speak Chinese too.
        load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    return code;
}

QString Application::defaultFilePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("质量月活动.") + QLatin1String(Database::fileSuffix));
}

namespace {

// Waits the program makes the user sit through: shown after a moment, modal, with Cancel.
void showProgress(QProgressDialog& progress)
{
    progress.setWindowTitle(QCoreApplication::applicationName());
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
}

void setProgress(QProgressDialog& progress, qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // In thousands: a million activities do not suit an int-stepped bar well.
    progress.setMaximum(int(total / 1000) + 1);
    progress.setValue(int(done / 1000));
}

} // namespace

bool Application::openInitial(const QString& given, QString* error)
{
    if (!given.isEmpty())
        return openFile(given, error);
    const QString last = m_settings.lastFile();
    if (!last.isEmpty() && (QFileInfo::exists(last) || ServerAddress::looksLikeServer(last)) &&
        openFile(last, error))
        return true;
    const QString fallback = defaultFilePath();
    if (QFileInfo::exists(fallback))
        return openFile(fallback, error);
    m_firstStart = true;
    return createFile(fallback, error);
}

bool Application::openServer(const QString& address, QString* error)
{
    std::unique_ptr<SharedWindow> shared =
        SharedWindow::connect(address, m_interactive ? m_window.get() : nullptr, error);
    if (!shared)
        return false;
    QString reason;
    ServerAddress parsed;
    (void)ServerAddress::parse(address, &parsed, nullptr);
    if (!runLongWork(tr("Reading %1 from %2…").arg(shared->unitName(), parsed.display()),
                     [&](ActivityLoader::Progress*) { return shared->pull(&reason); })) {
        if (error)
            *error = reason;
        return false;
    }
    m_pendingShared = std::move(shared);
    const bool ok = openFile(m_pendingShared->copyPath(), error);
    m_pendingShared.reset(); // adopted, or not wanted any more
    return ok;
}

bool Application::openFile(const QString& path, QString* error)
{
    if (ServerAddress::looksLikeServer(path))
        return openServer(path, error);
    if (m_workspace && QFileInfo(path) == QFileInfo(m_workspace->path()))
        return true; // already open here
    // The activities are read on another thread (a million take seconds) while the window paints.
    WorkspaceOpener opener;
    QEventLoop wait;
    bool ok = false;
    connect(&opener, &WorkspaceOpener::finished, &wait, [&](bool opened, const QString& reason) {
        ok = opened;
        if (!opened && error)
            *error = reason;
        wait.quit();
    });
    QProgressDialog progress(tr("Opening %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0,
                             m_window.get());
    showProgress(progress);
    connect(&opener, &WorkspaceOpener::progressed, &progress,
            [&progress](qint64 done, qint64 total) { setProgress(progress, done, total); });
    connect(&progress, &QProgressDialog::canceled, &opener, &WorkspaceOpener::cancel);
    opener.start(path, m_clock);
    wait.exec();
    progress.close();
    if (!ok)
        return false;
    adopt(opener.takeWorkspace());
    return true;
}

bool Application::runLongWork(const QString& what, const std::function<bool(ActivityLoader::Progress*)>& work)
{
    ActivityLoader::Progress state;
    QEventLoop wait;
    bool ok = false;
    std::thread worker([&] {
        ok = work(&state);
        QMetaObject::invokeMethod(&wait, &QEventLoop::quit, Qt::QueuedConnection);
    });
    QProgressDialog progress(what, tr("Cancel"), 0, 0, m_window.get());
    showProgress(progress);
    connect(&progress, &QProgressDialog::canceled, &progress, [&state] { state.cancel = true; });
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &progress, [&] { setProgress(progress, state.done, state.total); });
    ticker.start(100);
    wait.exec();
    worker.join();
    progress.close();
    return ok;
}

bool Application::createFile(const QString& path, QString* error)
{
    {
        // The newest built-in year: a user starting now plans this year's campaign, not 2021's.
        std::unique_ptr<Database> db =
            CampaignFile::createForYear(path, CampaignTemplate::newestBuiltInYear(), error);
        if (!db)
            return false;
    }
    return openFile(path, error);
}

void Application::importPlan()
{
    if (!m_workspace)
        return;
    ImportWizard wizard(*m_workspace, *m_activityEditor, ImportWizard::Target::OwnPlan, m_window.get());
    if (wizard.exec() != QDialog::Accepted)
        return;
    m_window->showPage(QStringLiteral("activities"));
    m_window->showStatusMessage(wizard.resultText());
}

void Application::applyLanguage()
{
    installTranslators(m_app, m_settings);
    m_window->retranslate();
    if (!m_workspace)
        return;
    const QString page = m_window->currentPageId();
    m_window->setWorkspace(nullptr);
    m_window->removeAllPages();
    m_activities = nullptr;
    m_window->setWorkspace(m_workspace.get());
    buildPages();
    if (!page.isEmpty())
        m_window->showPage(page);
}

void Application::adopt(std::unique_ptr<Workspace> workspace)
{
    const QString page = m_window->currentPageId();
    closeFile();
    m_workspace = std::move(workspace);
    m_workspace->setLongWorkRunner(
        [this](const QString& what, const Workspace::LongWork& work) { return runLongWork(what, work); });
    // The services over this file, one of each, handed to the pages that use them.
    Workspace& ws = *m_workspace;
    m_activityEditor = std::make_unique<ActivityEditor>(ws);
    m_referenceEditor = std::make_unique<ReferenceEditor>(ws);
    m_evidenceEditor = std::make_unique<EvidenceEditor>(ws);
    m_evidenceCheck = std::make_unique<EvidenceCheck>(ws, *m_evidenceEditor);
    m_summaryEditor = std::make_unique<SummaryEditor>(ws);
    m_bulletinEditor = std::make_unique<BulletinEditor>(ws);
    // An undo the file refused is said wherever the user is; the step is dropped from the stack.
    connect(m_referenceEditor.get(), &ReferenceEditor::writeFailed, m_window.get(),
            &MainWindow::showStatusMessage);
    // A shared server's copy is remembered by the server's address, not by its private folder.
    QString remembered = m_workspace->path();
    if (m_pendingShared) {
        m_shared = std::move(m_pendingShared);
        m_shared->attach(ws, *m_activityEditor, *m_window);
        remembered = m_shared->address();
    }
    if (m_rememberFiles) {
        m_settings.setLastFile(remembered);
        m_settings.addRecentFile(remembered);
    }
    m_window->setWorkspace(m_workspace.get());
    m_window->refreshRecentFiles();
    buildPages();
    if (!page.isEmpty())
        m_window->showPage(page);
}

void Application::buildPages()
{
    Workspace& ws = *m_workspace;
    MainWindow& window = *m_window;

    m_activities = new ActivitiesPage(ws, *m_activityEditor, *m_evidenceEditor, *m_bulletinEditor);
    window.addPage(QStringLiteral("activities"), tr("Activity plan"),
                   Icons::named(QStringLiteral("view-list-details")), m_activities);
    connect(m_activities, &ActivitiesPage::countsChanged, &window, &MainWindow::setCounts);
    connect(m_activities, &ActivitiesPage::statusMessage, &window, &MainWindow::showStatusMessage);
    m_activities->emitCounts();
    // ---- Other pages: register them here, one to three lines each, in navigation order. ----
    // Each page takes the Workspace in its constructor and is rebuilt when another file opens.
    // A page that opens the activity table filtered connects to Application::showActivities.
    // Pages other than the first are built when first shown (a factory instead of a widget), so
    // that opening a 100 000-activity file waits only for the activity table.
    window.addPage(QStringLiteral("dashboard"), tr("Dashboard"),
                   Icons::named(QStringLiteral("view-statistics")), [this, &ws] {
                       auto* dashboard = new DashboardPage(&ws, *m_evidenceCheck);
                       connect(dashboard, &DashboardPage::showActivities, this, &Application::showActivities);
                       connect(dashboard, &DashboardPage::activityActivated, this,
                               &Application::showActivity);
                       return dashboard;
                   });
    window.addPage(QStringLiteral("reference"), tr("Reference data"),
                   Icons::named(QStringLiteral("document-properties")),
                   [this, &ws] { return new ReferencePage(ws, *m_referenceEditor); });
    // Tools > New Campaign From… builds the reference page only when used. The action belongs to
    // this file's pages, so it leaves the menu with them.
    auto* newCampaign =
        new QAction(QCoreApplication::translate("ReferencePage", "New Campaign From…"), m_activities);
    connect(newCampaign, &QAction::triggered, this, [this] {
        if (auto* reference = qobject_cast<ReferencePage*>(m_window->page(QStringLiteral("reference"))))
            reference->newCampaignAction()->trigger();
    });
    window.toolsMenu()->addAction(newCampaign);
    window.addPage(QStringLiteral("timeline"), tr("Timeline"), Icons::named(QStringLiteral("gantt")),
                   [this, &ws] {
                       auto* timeline = new TimelinePage(ws, *m_activityEditor);
                       connect(timeline, &TimelinePage::activityActivated, this, &Application::showActivity);
                       return timeline;
                   });
    window.addPage(QStringLiteral("calendar"), tr("Calendar"), Icons::named(QStringLiteral("view-calendar")),
                   [this, &ws] {
                       auto* calendar = new CalendarPage(ws);
                       connect(calendar, &CalendarPage::activityActivated, this, &Application::showActivity);
                       return calendar;
                   });
    window.addPage(QStringLiteral("publicity"), tr("Publicity"),
                   Icons::named(QStringLiteral("x-office-presentation")),
                   [&ws] { return new PublicityPage(&ws); });
    window.addPage(QStringLiteral("reports"), tr("Reports"),
                   Icons::named(QStringLiteral("x-office-document")),
                   [this, &ws] { return new ReportsPage(ws, *m_summaryEditor, *m_evidenceEditor); });
    window.addPage(QStringLiteral("package"), tr("Report package"),
                   Icons::named(QStringLiteral("package-x-generic")),
                   [this, &ws] { return new PackagePage(ws, *m_activityEditor, liveConsolidation()); });
    // ---- End of page registrations. ----
}

// On a shared server the package page shows the units below read live; nullptr (the copy's view)
// when there is no server or it cannot be read, which the status bar says.
LiveConsolidatedView* Application::liveConsolidation()
{
    if (!m_shared)
        return nullptr;
    QString error;
    LiveConsolidatedView* live =
        m_shared->consolidation(m_workspace->campaign().campaign.year, m_workspace->clock().today(), &error);
    if (!live)
        m_window->showStatusMessage(tr("The units below cannot be read live from the server: %1").arg(error));
    return live;
}

void Application::showActivities(const ActivityFilter& filter)
{
    if (!m_activities)
        return;
    m_activities->applyFilter(filter);
    m_window->showPage(QStringLiteral("activities"));
}

void Application::showActivity(qint64 activityId)
{
    if (!m_activities)
        return;
    m_activities->showActivity(activityId);
    m_window->showPage(QStringLiteral("activities"));
}

void Application::openFromMenu(const QString& path)
{
    QString error;
    if (!openFile(path, &error)) {
        if (!ServerAddress::looksLikeServer(path)) // a server may only be down for now
            m_settings.removeRecentFile(path);
        m_window->refreshRecentFiles();
        QMessageBox::warning(
            m_window.get(), tr("Open Campaign File"),
            tr("The file could not be opened; the current file stays open.\n\n%1").arg(error));
    }
}

bool Application::showWelcome()
{
    if (!m_workspace)
        return false;
    WelcomeDialog welcome(*m_workspace, m_window.get());
    welcome.setImportNoticeAction(
        m_window->findChild<QAction*>(QLatin1String(WelcomeDialog::importNoticeActionName)));
    if (welcome.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (!welcome.apply(*m_referenceEditor, &error)) {
        QMessageBox::warning(m_window.get(), welcome.windowTitle(), error);
        return false;
    }
    return true;
}

void Application::createFromMenu(const QString& path)
{
    QString error;
    if (!createFile(path, &error))
        QMessageBox::warning(
            m_window.get(), tr("New Campaign File"),
            tr("The file could not be created; the current file stays open.\n\n%1").arg(error));
}

namespace GuiEntry {

int run(QApplication& app, const QString& file)
{
    AppSettings settings;
    SystemClock clock;
    Application::installTranslators(app, settings); // before any widget exists: menus are built once
    Application application(app, settings, clock);
    QString error;
    if (!application.openInitial(file, &error))
        QMessageBox::critical(
            nullptr, Application::tr("Campaign Planner"),
            Application::tr("The campaign file could not be opened.\n\n%1\n\nUse File > Open "
                            "or File > New to continue.")
                .arg(error));
    application.window().show();
    if (application.isFirstStart())
        application.showWelcome();
    if (Workspace* ws = application.workspace()) { // overdue and due-soon items, non-modal
        if (DeadlineReminder* reminder = DeadlineReminder::showIfNeeded(*ws, &application.window()))
            QObject::connect(reminder, &DeadlineReminder::activityActivated, &application,
                             &Application::showActivity);
    }
    return app.exec();
}

int smoke(QApplication& app, const QString& file)
{
    AppSettings settings;
    SystemClock clock;
    Application::installTranslators(app, settings); // before any widget exists: menus are built once
    Application application(app, settings, clock);
    application.setRememberFiles(false); // a check leaves the user's settings as they were
    application.setInteractive(false);   // nobody is there to type a password
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!application.openInitial(file, &error))
        return Console::fail(error);
    const qint64 loadMs = timer.restart();
    application.window().show();
    const QPixmap painted = application.window().grab(); // lays out and paints the window once
    const qint64 paintMs = timer.elapsed();
    // For looking at the result on a machine without a display.
    const QString screenshot = qEnvironmentVariable("CP_SMOKE_SCREENSHOT");
    if (!screenshot.isEmpty() && !painted.save(screenshot))
        Console::err(QStringLiteral("cannot write %1").arg(screenshot));
    Console::out(QStringLiteral("load: %1 ms, first paint: %2 ms").arg(loadMs).arg(paintMs));
    return 0;
}

int screenshots(QApplication& app, const QString& file, const QString& dir)
{
    AppSettings settings;
    FixedClock clock(QDate::currentDate());
    Application::installTranslators(app, settings);
    Application application(app, settings, clock);
    application.setRememberFiles(false);
    QString error;
    if (file.isEmpty() || !application.openInitial(file, &error))
        return Console::fail(error.isEmpty() ? QStringLiteral("--screenshots needs a FILE") : error);
    Workspace* ws = application.workspace();
    clock.setToday(QDate(ws->campaign().campaign.year, 9, 15)); // the month as it runs
    MainWindow& window = application.window();
    window.resize(1280, 760);
    window.show();
    auto save = [&dir](QWidget& w, const QString& name) {
        QCoreApplication::processEvents();
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        if (!w.grab().save(path))
            Console::err(QStringLiteral("cannot write %1").arg(path));
    };
    for (const QString& id :
         {QStringLiteral("activities"), QStringLiteral("dashboard"), QStringLiteral("reference"),
          QStringLiteral("timeline"), QStringLiteral("calendar"), QStringLiteral("publicity"),
          QStringLiteral("reports"), QStringLiteral("package")}) {
        window.showPage(id);
        if (auto* reference = window.findChild<ReferencePage*>())
            reference->tabs()->setCurrentIndex(ReferencePage::CampaignTab);
        save(window, id);
    }
    // The first activity's detail, scrolled to its change history.
    window.showPage(QStringLiteral("activities"));
    if (auto* page = window.findChild<ActivitiesPage*>(); page && ws->activityModel()->rowCount() > 0) {
        page->view()->selectIds({ws->activityModel()->activityAt(0).id});
        QCoreApplication::processEvents();
        page->detailPanel()->ensureWidgetVisible(page->detailPanel()->historyView());
        save(window, QStringLiteral("activity-history"));
    }
    WelcomeDialog welcome(*ws, &window);
    welcome.show();
    save(welcome, QStringLiteral("welcome"));
    welcome.hide();
    window.showPage(QStringLiteral("reference"));
    window.showHelp();
    window.helpDialog()->showPage(QStringLiteral("reference"));
    save(*window.helpDialog(), QStringLiteral("help-window"));
    return 0;
}

} // namespace GuiEntry
