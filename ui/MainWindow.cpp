#include "MainWindow.h"

#include "AppSettings.h"
#include "HelpDialog.h"
#include "Icons.h"
#include "SaveCopy.h"
#include "SettingsDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace {

QString fileFilter()
{
    return MainWindow::tr("Campaign files (*.%1);;All files (*)").arg(Workspace::fileSuffix());
}

QString withSuffix(QString path)
{
    const QString suffix = QStringLiteral(".") + Workspace::fileSuffix();
    if (!path.isEmpty() && !path.endsWith(suffix))
        path += suffix;
    return path;
}

} // namespace

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_counts(new QLabel(this))
{
    setWindowIcon(Icons::application());
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "#navigation { background: #f3f4f6; font-size: 11pt; } #navigation::item { padding: 8px 10px; }"
        "#navigation::item:selected { background: #c8102e; color: white; }"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showRow);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_counts);
    buildMenus();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::newFile);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openFile);
    file->addAction(tr("Open Shared &Server…"), this, &MainWindow::openServer);
    // The welcome offers this action on a first start (it finds it by this name).
    file->addAction(tr("New Campaign from &Notice…"), this, &MainWindow::newCampaignFromNoticeRequested)
        ->setObjectName(QStringLiteral("importNoticeAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_saveAs = file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveCopyAs);
    file->addSeparator();
    file->addAction(tr("&Import Plan…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                    &MainWindow::importPlanRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, &MainWindow::showHelp);
    help->addAction(tr("&About"), this, &MainWindow::showAbout);
    refreshRecentFiles();
}

void MainWindow::addPage(const QString& id, const QString& title, const QIcon& icon, QWidget* page)
{
    page->setParent(m_pages);
    m_pages->addWidget(page);
    m_pageById.insert(id, page);
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, id);
    if (m_navigation->count() == 1)
        m_navigation->setCurrentRow(0);
}

void MainWindow::addPage(const QString& id, const QString& title, const QIcon& icon,
                         std::function<QWidget*()> factory)
{
    m_factories.insert(id, std::move(factory));
    addPage(id, title, icon, new QWidget); // a placeholder until the page is first shown
}

QWidget* MainWindow::page(const QString& id)
{
    QWidget* current = m_pageById.value(id);
    const auto factory = m_factories.constFind(id);
    if (!current || factory == m_factories.cend())
        return current;
    const int index = m_pages->indexOf(current);
    QWidget* built = (*factory)();
    m_factories.remove(id);
    const bool shown = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, built);
    m_pages->removeWidget(current);
    delete current;
    m_pageById.insert(id, built);
    if (shown)
        m_pages->setCurrentIndex(index);
    return built;
}

void MainWindow::showRow(int row)
{
    if (const QListWidgetItem* item = m_navigation->item(row))
        page(item->data(Qt::UserRole).toString()); // builds a deferred page
    m_pages->setCurrentIndex(row);
}

void MainWindow::showPage(const QString& id)
{
    if (QWidget* p = page(id))
        m_navigation->setCurrentRow(m_pages->indexOf(p));
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MainWindow::removeAllPages()
{
    m_navigation->blockSignals(true);
    m_navigation->clear();
    m_navigation->blockSignals(false);
    while (m_pages->count() > 0) {
        QWidget* w = m_pages->widget(0);
        m_pages->removeWidget(w);
        delete w;
    }
    m_pageById.clear();
    m_factories.clear();
}

void MainWindow::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    delete m_undo;
    delete m_redo;
    m_undo = m_redo = nullptr;
    m_editMenu->clear();
    m_saveAs->setEnabled(workspace);
    if (!workspace) {
        setWindowTitle(tr("Campaign Planner"));
        return;
    }
    // The stack's own actions name what they will undo ("Undo Edit Title").
    m_undo = workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    // A shared server's local copy has a private name: the window names the server instead.
    const QString shown = workspace->sharedServer().isEmpty()
                              ? QFileInfo(workspace->path()).completeBaseName()
                              : workspace->sharedServer();
    setWindowTitle(tr("%1 – Campaign Planner").arg(shown));
}

void MainWindow::setCounts(int shown, int total, int overdue, int dueSoon)
{
    m_counts->setText(
        tr("Shown %1 of %2   Overdue %3   Due soon %4").arg(shown).arg(total).arg(overdue).arg(dueSoon));
}

void MainWindow::showStatusMessage(const QString& text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::refreshRecentFiles()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString& path : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { emit openFileRequested(path); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::openFile()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Campaign File"), start, fileFilter());
    if (!path.isEmpty())
        emit openFileRequested(path);
}

void MainWindow::openServer()
{
    bool ok = false;
    const QString address =
        QInputDialog::getText(this, tr("Open Shared Server"),
                              tr("Address of the shared server, as your administrator gave it:\n"
                                 "postgresql://USER@HOST:PORT/DATABASE"),
                              QLineEdit::Normal, QStringLiteral("postgresql://"), &ok)
            .trimmed();
    if (ok && !address.isEmpty() && address != QLatin1String("postgresql://"))
        emit openFileRequested(address);
}

void MainWindow::newFile()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        withSuffix(QFileDialog::getSaveFileName(this, tr("New Campaign File"), start, fileFilter()));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Campaign File"),
                             tr("%1 already exists. Choose another name; a new file never replaces one.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit newFileRequested(path);
}

void MainWindow::saveCopyAs()
{
    if (!m_workspace)
        return;
    const QString path = withSuffix(QFileDialog::getSaveFileName(
        this, tr("Save Campaign File As"), QFileInfo(m_workspace->path()).absolutePath(), fileFilter()));
    if (path.isEmpty())
        return;
    QString error;
    if (!copyWithEvidence(path, &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Save As"), tr("The copy could not be written: %1").arg(error));
        return;
    }
    // Like any "Save As", work continues in the new file.
    emit openFileRequested(path);
}

bool MainWindow::copyWithEvidence(const QString& path, QString* error)
{
    SaveCopy::Added added;
    std::unique_ptr<ExportTask> task = SaveCopy::mediaTask(*m_workspace, path, &added, error);
    if (!task)
        return false;
    // Gigabytes of video may have to be copied (another drive): a worker does it, the window paints.
    QProgressDialog dialog(tr("Copying the evidence files…"), tr("Cancel"), 0, 1000, this);
    dialog.setWindowTitle(tr("Save As"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    QEventLoop loop;
    bool ok = false;
    bool cancelled = false;
    connect(&dialog, &QProgressDialog::canceled, this, [&] {
        cancelled = true;
        task->cancel();
    });
    connect(task.get(), &ExportTask::progress, &dialog, [&dialog](qint64 done, qint64 total) {
        if (total > 0)
            dialog.setValue(int(1000 * qMin(done, total) / total));
    });
    connect(task.get(), &ExportTask::finished, &loop, [&](bool success, const QString& reason) {
        ok = success;
        *error = cancelled ? QString() : reason;
        loop.quit();
    });
    task->start();
    loop.exec();
    dialog.reset();
    return ok && SaveCopy::finish(*m_workspace, path, added, error);
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showPage(currentPageId());
    m_help->show();
    m_help->raise();
}

void MainWindow::retranslate()
{
    delete m_help;                  // the guide is per language; the next F1 opens it in the new one
    setMenuBar(new QMenuBar(this)); // the old bar and its menus go with it
    buildMenus();
    setWorkspace(m_workspace); // the Edit menu's undo actions and the title
}

void MainWindow::showSettings()
{
    const AppSettings::Language before = m_settings.language();
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted && m_settings.language() != before)
        emit languageChanged();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Campaign Planner"),
                       tr("<b>Campaign Planner</b> %1<br>Plan, track and report the Quality Month campaign.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    event->accept();
}
