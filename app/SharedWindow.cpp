#include "SharedWindow.h"

#include "ActivitiesPage.h"
#include "ActivityConflictModel.h"
#include "ActivityEditor.h"
#include "ActivityStore.h"
#include "ConflictDialog.h"
#include "LiveConsolidation.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "server/ServerAddress.h"
#include "server/SharedSession.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

SharedWindow::SharedWindow() = default;
SharedWindow::~SharedWindow() = default;

std::unique_ptr<SharedWindow> SharedWindow::connect(const QString& text, QWidget* parent, QString* error)
{
    ServerAddress address;
    if (!ServerAddress::parse(text, &address, error))
        return nullptr;
    std::unique_ptr<SharedWindow> shared(new SharedWindow);
    shared->m_address = text;
    if (!shared->m_folder.isValid()) {
        *error = tr("cannot make a folder for the local copy: %1").arg(shared->m_folder.errorString());
        return nullptr;
    }
    // libpq first looks in PGPASSWORD and ~/.pgpass (or uses a certificate); the user is asked only
    // when that did not log in, and the password stays in memory only.
    shared->m_session = SharedSession::connect(address, QString(), error);
    while (!shared->m_session && parent && error->contains(QLatin1String("password"), Qt::CaseInsensitive)) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, tr("Shared Server"), tr("Password of %1 on %2:").arg(address.user, address.display()),
            QLineEdit::Password, QString(), &ok);
        if (!ok) {
            *error = tr("no password given for %1").arg(address.display());
            return nullptr;
        }
        shared->m_password = password;
        shared->m_session = SharedSession::connect(address, password, error);
    }
    if (!shared->m_session)
        return nullptr;
    return shared;
}

bool SharedWindow::pull(QString* error)
{
    ServerAddress address;
    if (!ServerAddress::parse(m_address, &address, error))
        return false;
    return SharedSession::pullInto(address, m_password, m_session->unitId(), copyPath(), error);
}

QString SharedWindow::copyPath() const
{
    return m_folder.filePath(QStringLiteral("shared.campaign"));
}

QString SharedWindow::unitName() const
{
    return m_session->unitName();
}

void SharedWindow::attach(Workspace& workspace, ActivityEditor& editor, MainWindow& window)
{
    m_workspace = &workspace;
    m_editor = &editor;
    m_window = &window;
    m_session->attach(workspace, editor.store());
    // After the refused write has returned, not inside it: the dialog runs an event loop.
    QObject::connect(&editor.store(), &ActivityStore::conflicted, this,
                     [this](const QList<ActivityConflict>& conflicts) {
                         QTimer::singleShot(0, this, [this, conflicts] { resolve(conflicts); });
                     });
    QObject::connect(m_session.get(), &SharedSession::othersChanged, &window, [&window](int count) {
        window.showStatusMessage(tr("%n activities changed by others on the server", nullptr, count));
    });
    QObject::connect(m_session.get(), &SharedSession::connectionLost, &window,
                     [&window](const QString& reason) {
                         window.showStatusMessage(tr("The shared server cannot be reached: %1").arg(reason));
                     });
    QObject::connect(m_session.get(), &SharedSession::reconnected, &window, [&window](int count) {
        window.showStatusMessage(
            tr("Connected to the shared server again; %n activities changed by others meanwhile", nullptr,
               count));
    });
}

LiveConsolidatedView* SharedWindow::consolidation(int year, QDate today, QString* error)
{
    if (m_consolidation)
        return m_consolidation.get();
    ServerAddress address;
    if (!ServerAddress::parse(m_address, &address, error))
        return nullptr;
    auto live = std::make_unique<LiveConsolidation>(address, m_password, year, today);
    if (!live->start(error))
        return nullptr;
    m_consolidation = std::move(live);
    // The change feed leaves one's own changes out: the own unit's row is read again after them.
    if (m_editor)
        QObject::connect(&m_editor->store(), &ActivityStore::changed, m_consolidation.get(),
                         [this] { m_consolidation->refreshUnit(m_session->unitId()); });
    return m_consolidation.get();
}

void SharedWindow::resolve(const QList<ActivityConflict>& conflicts)
{
    if (!m_workspace)
        return;
    ActivityConflictModel model(*m_workspace, conflicts);
    ConflictDialog dialog(model, m_window);
    dialog.exec();
    const QList<Activity> kept = model.keptMine();
    QString error;
    // Either way the table first shows the server's version; keeping one's own is then an edit of
    // it, undoable like any other.
    if (!m_session->takeTheirs(conflicts, &error)) {
        m_window->showStatusMessage(error);
        return;
    }
    if (dialog.choice() != ConflictDialog::Choice::KeepMine)
        return;
    for (int i = 0; i < conflicts.size(); ++i) {
        if (conflicts.at(i).gone)
            m_editor->add(kept.at(i));
        else
            m_editor->edit(conflicts.at(i).theirs, kept.at(i), QString());
    }
}
