#pragma once

#include "ActivityUpstream.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class ActivityEditor;
class LiveConsolidatedView;
class LiveConsolidation;
class MainWindow;
class SharedSession;
class Workspace;

// The window open on a shared server, for the composition root: logs in (asking for the password
// when libpq finds none), keeps the unit's local copy in a private folder for as long as the window
// shows it, and answers a change that lost its race with the conflict dialog.
class SharedWindow : public QObject
{
    Q_OBJECT

public:
    ~SharedWindow() override;

    // Logs in to `address` (a postgresql:// address), asking for the password over `parent` when
    // libpq finds none (never with no parent). nullptr and a translated reason on failure or when the
    // user cancels the password.
    static std::unique_ptr<SharedWindow> connect(const QString& address, QWidget* parent, QString* error);
    // Pulls the unit into the local copy (the long part; may run on another thread).
    [[nodiscard]] bool pull(QString* error);
    QString copyPath() const;
    QString address() const { return m_address; }
    QString unitName() const;

    // The window shows `workspace` (opened on copyPath()) with `editor`: writes go to the server,
    // others' changes come in, conflicts are put to the user over `window`.
    void attach(Workspace& workspace, ActivityEditor& editor, MainWindow& window);

    // The package page's consolidated view: the units below this one read live from the server,
    // started on first use for `year` and `today` and kept current after the user's own edits too.
    // nullptr with the reason when the server cannot be read; the page then shows the copy's.
    LiveConsolidatedView* consolidation(int year, QDate today, QString* error);

private:
    SharedWindow();
    void resolve(const QList<ActivityConflict>& conflicts);

    QString m_address;
    QString m_password; // in memory only, for the connections of the consolidated view
    std::unique_ptr<SharedSession> m_session;
    std::unique_ptr<LiveConsolidation> m_consolidation;
    QTemporaryDir m_folder;
    Workspace* m_workspace = nullptr;
    ActivityEditor* m_editor = nullptr;
    MainWindow* m_window = nullptr;
};
