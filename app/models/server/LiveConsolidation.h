#pragma once

#include "LiveConsolidatedView.h"
#include "ServerConsolidated.h"
#include "UnitActivityModel.h"
#include "server/ServerAddress.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class ConsolidatedModel;
class QThread;
class ServerChangeFeed;

// The package page's consolidated view over a shared server, kept live: every unit below the user's
// own on the server (ServerConsolidated), with the packages of units that stay offline; when another
// user changes a unit's activities (ServerChangeFeed), that unit alone is read again, on a thread of
// its own, and its row and, if it is the unit shown, its activities are updated in place, so the
// views keep their selection and scroll position.
//
// For the window: start(); show units() in the units table and activities() below it; call
// showUnit(index.data(ConsolidatedModel::UnitKeyRole)) when the current row changes; input() is the
// 汇总报告's input (ConsolidatedReport::writeAs) as the view shows it; refreshUnit() after the user's
// own edits (the feed leaves one's own changes out).
class LiveConsolidation : public LiveConsolidatedView
{
    Q_OBJECT

public:
    // `password` empty: libpq's PGPASSWORD or ~/.pgpass. `year` 0: the own unit's newest campaign.
    // `today`: the day figures are computed for (overdue), the workspace clock's.
    LiveConsolidation(const ServerAddress& address, const QString& password, int year, QDate today,
                      QObject* parent = nullptr);
    ~LiveConsolidation() override;

    // Connects, starts listening for changes and reads every unit in the background: loaded() or
    // failed() follows. False with a reason when the server cannot be reached.
    [[nodiscard]] bool start(QString* error);

    ConsolidatedModel* units() const override { return m_units; }
    UnitActivityModel* activities() const override { return m_activities; }
    void showUnit(const QString& key) override;
    QString shownUnit() const { return m_shown; }

    bool isLoaded() const override { return m_loaded; }
    int year() const { return m_parts.year; }
    ConsolidatedInput input() const override;
    QString sourceName() const override { return m_address.display(); }
    // Units below with neither data of the year on the server nor a package, by name.
    QStringList unitsWithoutData() const;

    // Reads the unit `serverUnitId` again (one's own unit included); several asked for while a read
    // runs are read together after it.
    void refreshUnit(int serverUnitId);

signals:
    // A unit's figures were read again after a change.
    void unitRefreshed(int serverUnitId);

private:
    class Worker;
    void readNext();
    void applyAll(const ServerConsolidated::Parts& parts);
    void applyUnits(const QList<int>& ids, const ServerConsolidated::Parts& parts);
    void publish();

    ServerAddress m_address;
    QString m_password;
    int m_year = 0;
    QDate m_today;
    QString m_feedConnection;
    QSqlDatabase m_feedDb;
    ServerChangeFeed* m_feed = nullptr;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    ConsolidatedModel* m_units = nullptr;
    UnitActivityModel* m_activities = nullptr;
    ServerConsolidated::Parts m_parts;
    int m_ownId = 0;
    bool m_loaded = false;
    bool m_reading = false;
    bool m_readAll = false; // the next read takes every unit (the feed missed changes)
    QSet<int> m_pending;    // units to read again once the running read is done
    QString m_shown;        // the unit whose activities are shown (its key)
    QString m_shownName;    // and its name, to follow it from a package to the server when it starts there
};
