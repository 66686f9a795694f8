// One of the many clients tst_serverclients and bench_server start at once (processes, as users'
// programs are): for a given time it picks activities at random and adds one to the counter each
// keeps in its notes, the way a user edits a field — read, change, save on the version read. An
// edit that lost a race comes back with the other person's value, and the client edits again on
// that ("take theirs", then edit). It prints what it saved and every conflict it was told about:
//   saved UUID COUNT        per activity
//   conflicts N             races lost, each reported with a newer version and its winner
//   unreported N            races lost without that report (must be 0)
//   round-trip-us P50 P95   per save, for the benchmark
//   server_edit_client SOCKET DATABASE USER SECONDS ACTIVITIES SEED   (password in PGPASSWORD)
#include "server/ServerActivityEdit.h"
#include "server/ServerAddress.h"
#include "server/ServerConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fprintf(stderr, "usage: server_edit_client SOCKET DATABASE USER SECONDS ACTIVITIES SEED\n");
        return 2;
    }
    ServerAddress address;
    address.host = args.at(1);
    address.database = args.at(2);
    address.user = args.at(3);
    const qint64 milliseconds = args.at(4).toLongLong() * 1000;
    const int activities = args.at(5).toInt();
    QRandomGenerator random(args.at(6).toUInt());
    QSqlDatabase db;
    QString error;
    if (!ServerConnection::open(address, QStringLiteral("client"), QString(), &db, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString notes = QStringLiteral("notes");
    QMap<QString, int> saved;
    int conflicts = 0, unreported = 0;
    std::vector<qint64> roundTrips;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < milliseconds) {
        const QString uuid = QStringLiteral("c%1").arg(random.bounded(activities));
        ServerActivityEdit::Row row;
        bool found = false;
        if (!ServerActivityEdit::read(db, uuid, {notes}, &row, &found, &error) || !found) {
            std::fprintf(stderr, "read %s: %s\n", qPrintable(uuid), found ? qPrintable(error) : "not found");
            return 1;
        }
        for (;;) {
            const qint64 counter = row.values.value(notes).toString().toLongLong();
            ServerActivityEdit::Outcome outcome;
            ServerActivityEdit::Row now;
            QElapsedTimer roundTrip;
            roundTrip.start();
            if (!ServerActivityEdit::update(db, uuid, row.version, {{notes, QString::number(counter + 1)}},
                                            &outcome, &now, &error)) {
                std::fprintf(stderr, "update %s: %s\n", qPrintable(uuid), qPrintable(error));
                return 1;
            }
            if (outcome == ServerActivityEdit::Outcome::Saved) {
                roundTrips.push_back(roundTrip.nsecsElapsed() / 1000);
                ++saved[uuid];
                break;
            }
            if (outcome == ServerActivityEdit::Outcome::Gone) {
                std::fprintf(stderr, "update %s: the activity is gone\n", qPrintable(uuid));
                return 1;
            }
            ++conflicts;
            if (now.version <= row.version || now.changedBy.isEmpty() || !now.values.contains(notes))
                ++unreported;
            row = now;
        }
    }
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        std::printf("saved %s %d\n", qPrintable(it.key()), it.value());
    std::printf("conflicts %d\nunreported %d\n", conflicts, unreported);
    if (!roundTrips.empty()) {
        std::sort(roundTrips.begin(), roundTrips.end());
        std::printf("round-trip-us %lld %lld\n", static_cast<long long>(roundTrips[roundTrips.size() / 2]),
                    static_cast<long long>(roundTrips[roundTrips.size() * 95 / 100]));
    }
    db = QSqlDatabase();
    ServerConnection::close(QStringLiteral("client"));
    return 0;
}
