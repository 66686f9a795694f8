#include "evidence/EvidenceFiles.h"
#include "server/ServerAddress.h"
#include "server/ServerAdmin.h"
#include "server/ServerConnection.h"
#include "server/ServerPull.h"
#include "server/ServerPush.h"
#include "server/ServerSchema.h"
#include "server/ServerTables.h"
#include "server/ServerUnits.h"
#include "storage/CampaignFile.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"
#include "storage/IntegrityCheck.h"
#include "storage/MediaFolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <functional>

// push and pull against a real PostgreSQL server (the pg_cluster fixture): a file with every kind of
// data and evidence goes up and comes back equal, row for row and byte for byte; a county cannot push
// or pull another county's unit; a push or pull that fails half-way leaves the server, and the target
// file, as they were.
class TestServerTransfer : public QObject
{
    Q_OBJECT

    QString m_socket = qEnvironmentVariable("CP_TEST_PG_SOCKET");
    QString m_suffix = QString::number(QCoreApplication::applicationPid());
    QString m_dbName = QStringLiteral("cp_transfer_") + m_suffix;
    QSqlDatabase m_admin;
    QTemporaryDir m_dir;
    QHash<QString, int> m_unit; // name → id

    QString role(const char* base) const { return QLatin1String(base) + QLatin1Char('_') + m_suffix; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    ServerAddress address(const QString& user, const QString& database) const
    {
        ServerAddress a;
        a.user = user;
        a.host = m_socket;
        a.database = database;
        return a;
    }

    QString url(const QString& user) const
    {
        return QStringLiteral("postgresql://%1@%2/%3")
            .arg(user, QString::fromLatin1(QUrl::toPercentEncoding(m_socket)), m_dbName);
    }

    // A connection as `user` (password "pw-" + user); the caller closes it.
    QSqlDatabase as(const QString& user)
    {
        QSqlDatabase db;
        QString error;
        if (!ServerConnection::open(address(user, m_dbName), user, QStringLiteral("pw-") + user, &db, &error))
            qWarning("%s", qPrintable(error));
        return db;
    }

    // A file of the 2021 campaign (pillars, organizers, requirements, slogans, metrics), generated
    // activities, and a row in every other table; two evidence files, one of them also named by an
    // imported subordinate's evidence.
    bool makeFile(const QString& file, int activities, quint32 seed)
    {
        QString error;
        std::unique_ptr<Database> db = CampaignFile::createForYear(file, 2021, &error);
        if (!db || !DemoGenerator::populate(*db, activities, seed, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QSqlQuery q(db->connection());
        const QStringList statements = {
            QStringLiteral(
                "UPDATE unit_profile SET name = '正定县市场监督管理局', region = '正定县', level = 0"),
            QStringLiteral("INSERT INTO report_section (campaign_id, position, title, body) "
                           "SELECT id, 0, '一、总体情况', '全县共开展活动' || %1 || '项。' FROM campaign")
                .arg(seed),
            QStringLiteral(
                "INSERT INTO local_notice (uuid, campaign_id, position, level, issuing_body, title, "
                "document_number, issued_on, theme) SELECT '%1', id, 0, 2, '石家庄市市场监督管理局', "
                "'关于开展2021年质量月活动的通知', '石市监〔2021〕45号', '2021-08-20', '' FROM campaign")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
            QStringLiteral("INSERT INTO bulletin (activity_id, text, updated_ms) "
                           "SELECT id, '正定县开展质量开放日活动\n9月10日，……', 1631232000000 FROM activity "
                           "ORDER BY id LIMIT 2"),
            QStringLiteral("INSERT INTO sub_unit (uuid, name, region, level, campaign_year, campaign_title, "
                           "package_ms, imported_ms, figures) VALUES ('%1', '某乡镇所', '某乡镇', 0, 2021, "
                           "'质量月', 1631232000000, 1631318400000, '{\"活动\": 3}')")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)),
            QStringLiteral(
                "INSERT INTO sub_activity (unit_id, uuid, pillar, title, lead_department, start_date, "
                "end_date, status, progress, updated_ms) SELECT id, 'sub-a', '质量提升', "
                "'下级单位的活动', '综合科', '2021-09-01', NULL, 2, 40, 1631232000000 FROM sub_unit"),
        };
        for (const QString& sql : statements)
            if (!q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                return false;
            }
        // Evidence: random bytes (the store names content by its hash; the kind comes from the name), one
        // file longer than a piece on the server (ServerTables::evidenceChunkBytes).
        QRandomGenerator rng(seed);
        QStringList paths;
        for (const auto& [name, size] :
             {std::pair{"现场.mp4", 4 * 1024 * 1024 + 1000}, std::pair{"方案.pdf", 4000}}) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char& b : bytes)
                b = char(rng.bounded(256));
            const QString p = path(QString::number(seed) + QString::fromUtf8(name));
            QFile f(p);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return false;
            paths << p;
        }
        q.exec(QStringLiteral("SELECT id FROM activity ORDER BY id LIMIT 1"));
        q.next();
        QList<Attachment> rows;
        if (!EvidenceFiles::attach(*db, q.value(0).toLongLong(), paths, QStringLiteral("tester"), &rows,
                                   &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        q.prepare(QStringLiteral(
            "INSERT INTO sub_evidence (activity_id, sha256, kind, file_name, caption, taken_ms) "
            "SELECT id, ?, 0, '下级现场.jpg', '下级的照片', NULL FROM sub_activity"));
        q.addBindValue(rows.first().sha256);
        return q.exec();
    }

    // Every table of a file as sorted lines, each id replaced by the row it points at, so two files
    // with the same content and different ids compare equal. Reads the file's own schema (not
    // ServerTables), so a column push or pull forgets shows here. Not compared: the file's own change
    // history (activity_change), which push does not carry (the server records its own) and a pulled
    // file starts afresh.
    static QMap<QString, QStringList> dump(const QString& file)
    {
        QString error;
        std::unique_ptr<Database> db = Database::open(file, &error);
        if (!db)
            return {{QStringLiteral("error"), {error}}};
        const QSqlDatabase c = db->connection();
        QSqlQuery q(c);
        q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name NOT IN ('file_setting', 'activity_change')"));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        QHash<QString, QHash<QString, QString>> foreignKeys; // table → column → referenced table
        QHash<QString, QHash<qint64, QSqlRecord>> rowsById;
        QHash<QString, QList<QSqlRecord>> rows;
        for (const QString& table : std::as_const(tables)) {
            QSqlQuery fk(c);
            fk.exec(
                QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('%1')").arg(table));
            while (fk.next())
                foreignKeys[table].insert(fk.value(0).toString(), fk.value(1).toString());
            QSqlQuery all(c);
            all.exec(QStringLiteral("SELECT * FROM %1").arg(table));
            while (all.next()) {
                rows[table] << all.record();
                if (all.record().indexOf(QStringLiteral("id")) >= 0)
                    rowsById[table].insert(all.value(QStringLiteral("id")).toLongLong(), all.record());
            }
        }
        std::function<QString(const QString&, const QSqlRecord&)> line = [&](const QString& table,
                                                                             const QSqlRecord& r) {
            QStringList fields;
            for (int i = 0; i < r.count(); ++i) {
                const QString name = r.fieldName(i);
                if (name == QLatin1String("id"))
                    continue;
                const QVariant v = r.value(i);
                const QString target = foreignKeys.value(table).value(name);
                if (v.isNull())
                    fields << name + QStringLiteral("=NULL");
                else if (!target.isEmpty())
                    fields << name + QStringLiteral("=[") +
                                  line(target, rowsById[target].value(v.toLongLong())) + QLatin1Char(']');
                else
                    fields << name + QLatin1Char('=') + v.toString();
            }
            return fields.join(QLatin1Char('|'));
        };
        QMap<QString, QStringList> out;
        for (const QString& table : std::as_const(tables)) {
            QStringList lines;
            for (const QSqlRecord& r : std::as_const(rows[table]))
                lines << line(table, r);
            lines.sort();
            out.insert(table, lines);
        }
        return out;
    }

    // Content name → SHA-256 of the stored bytes, computed here.
    static QMap<QString, QString> evidence(const QString& file)
    {
        QMap<QString, QString> out;
        const QString root = MediaFolder::rootFor(file);
        for (const QString& name : MediaFolder::contents(root)) {
            QFile f(root + QLatin1Char('/') + MediaFolder::relativePath(name));
            f.open(QIODevice::ReadOnly);
            out.insert(name, QString::fromLatin1(
                                 QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
        }
        return out;
    }

    // What the server holds for a unit, read by the administrator (policies do not bind the owner).
    QString serverState(const QString& unitName)
    {
        QStringList parts;
        for (const ServerTables::Table& t : ServerTables::all()) {
            QSqlQuery q(m_admin);
            q.prepare(QStringLiteral(
                          "SELECT count(*), coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') "
                          "FROM %1 t WHERE unit_id = ?")
                          .arg(t.name));
            q.addBindValue(m_unit.value(unitName));
            if (!q.exec() || !q.next())
                return q.lastError().text();
            parts << t.name + QLatin1Char(':') + q.value(0).toString() + QLatin1Char(':') +
                         q.value(1).toString();
        }
        for (const char* extra : {"evidence_blob", "evidence_chunk", "unit_profile"}) {
            QSqlQuery q(m_admin);
            q.prepare(QStringLiteral(
                          "SELECT count(*), coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') "
                          "FROM %1 t WHERE unit_id = ?")
                          .arg(QLatin1String(extra)));
            q.addBindValue(m_unit.value(unitName));
            if (!q.exec() || !q.next())
                return q.lastError().text();
            parts << QLatin1String(extra) + QLatin1Char(':') + q.value(0).toString() + QLatin1Char(':') +
                         q.value(1).toString();
        }
        return parts.join(QLatin1Char(' '));
    }

    bool push(const QString& user, const QString& file, const QString& unitName, QString* error)
    {
        QSqlDatabase server = as(user);
        bool ok = false;
        {
            std::unique_ptr<Database> db = Database::open(file, error);
            PushSummary summary;
            ok = db && ServerPush::push(*db, server, m_unit.value(unitName), &summary, error);
        }
        server = QSqlDatabase();
        ServerConnection::close(user);
        return ok;
    }

    bool pull(const QString& user, const QString& unitName, const QString& file, bool replace, QString* error,
              PullSummary* summary = nullptr)
    {
        QSqlDatabase server = as(user);
        PullSummary ignored;
        const bool ok = ServerPull::pull(server, m_unit.value(unitName), file, replace,
                                         summary ? summary : &ignored, error);
        server = QSqlDatabase();
        ServerConnection::close(user);
        return ok;
    }

    // Runs the program in a process of its own, so the test can hold a lock it waits on.
    QProcess* start(const QStringList& args)
    {
        auto* p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("pw-") + role("zd"));
        p->setProcessEnvironment(env);
        p->start(qEnvironmentVariable("CP_BINARY"), args);
        return p;
    }

    // A second administrator connection that holds a table lock while m_admin watches (statistics
    // views keep one snapshot per transaction, so the watcher must not be inside the locking one).
    QSqlDatabase locker()
    {
        QSqlDatabase db;
        QString error;
        if (!QSqlDatabase::contains(QStringLiteral("locker")))
            (void)ServerConnection::open(address(QStringLiteral("cp_admin"), m_dbName),
                                         QStringLiteral("locker"), QString(), &db, &error);
        return QSqlDatabase::database(QStringLiteral("locker"));
    }

    // Waits until a backend of `user` waits for a lock, then ends that backend (a lost connection).
    bool cutWhenWaiting(const QString& user)
    {
        for (int i = 0; i < 600; ++i) {
            QSqlQuery q(m_admin);
            q.prepare(QStringLiteral(
                "SELECT pid FROM pg_stat_activity WHERE usename = ? AND wait_event_type = 'Lock'"));
            q.addBindValue(user);
            if (q.exec() && q.next()) {
                QSqlQuery cut(m_admin);
                cut.prepare(QStringLiteral("SELECT pg_terminate_backend(?)"));
                cut.addBindValue(q.value(0));
                return cut.exec();
            }
            QTest::qWait(50);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!m_socket.isEmpty(), "CP_TEST_PG_SOCKET is set by the pg_cluster fixture");
        QVERIFY(m_dir.isValid());
        QString error;
        QSqlDatabase server;
        QVERIFY2(ServerConnection::open(address(QStringLiteral("cp_admin"), QStringLiteral("postgres")),
                                        QStringLiteral("server"), QString(), &server, &error),
                 qPrintable(error));
        QSqlQuery q(server);
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_dbName)),
                 qPrintable(q.lastError().text()));
        q = QSqlQuery();
        server = QSqlDatabase();
        ServerConnection::close(QStringLiteral("server"));
        QVERIFY2(ServerConnection::open(address(QStringLiteral("cp_admin"), m_dbName),
                                        QStringLiteral("admin"), QString(), &m_admin, &error),
                 qPrintable(error));
        QVERIFY2(ServerSchema::init(m_admin, &error), qPrintable(error));
        const QList<std::array<QString, 3>> units = {
            {QStringLiteral("河北省"), QStringLiteral("province"), QString()},
            {QStringLiteral("石家庄市"), QStringLiteral("prefecture"), QStringLiteral("河北省")},
            {QStringLiteral("正定县"), QStringLiteral("county"), QStringLiteral("石家庄市")},
            {QStringLiteral("井陉县"), QStringLiteral("county"), QStringLiteral("石家庄市")},
        };
        for (const auto& [name, level, parent] : units)
            QVERIFY2(ServerAdmin::addUnit(m_admin, name, level, parent, &error), qPrintable(error));
        for (const auto& [base, unit] : {std::pair{"zd", "正定县"}, std::pair{"jx", "井陉县"},
                                         std::pair{"sjz", "石家庄市"}, std::pair{"heb", "河北省"}})
            QVERIFY2(ServerAdmin::addUser(m_admin, role(base), QString::fromUtf8(unit),
                                          QStringLiteral("pw-") + role(base), &error),
                     qPrintable(error));
        QSqlQuery ids(m_admin);
        QVERIFY(ids.exec(QStringLiteral("SELECT id, name FROM unit")));
        while (ids.next())
            m_unit.insert(ids.value(1).toString(), ids.value(0).toInt());
        QVERIFY(makeFile(path(QStringLiteral("zd.campaign")), 250, 7));
        QVERIFY(makeFile(path(QStringLiteral("jx.campaign")), 120, 8));
    }

    void cleanupTestCase()
    {
        m_admin = QSqlDatabase();
        ServerConnection::close(QStringLiteral("admin"));
        ServerConnection::close(QStringLiteral("locker"));
    }

    // Every table of a file is in the description push and pull copy, column for column, and every
    // described column exists on the server; a migration that adds a column must add it here.
    void theDescriptionCoversBothSchemas()
    {
        const QMap<QString, QStringList> tables = dump(path(QStringLiteral("zd.campaign")));
        QStringList described;
        for (const ServerTables::Table& t : ServerTables::all())
            described << t.name;
        for (auto it = tables.cbegin(); it != tables.cend(); ++it)
            if (it.key() != QLatin1String("unit_profile"))
                QVERIFY2(described.contains(it.key()), qPrintable(it.key()));
        QString error;
        std::unique_ptr<Database> db = Database::open(path(QStringLiteral("zd.campaign")), &error);
        QVERIFY2(db, qPrintable(error));
        for (const ServerTables::Table& t : ServerTables::all()) {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(t.name)));
            QStringList local;
            while (q.next())
                local << q.value(0).toString();
            local.sort();
            QStringList mine = ServerTables::localColumns(t).split(QStringLiteral(", "));
            mine.sort();
            QCOMPARE(mine, local);
            QSqlQuery s(m_admin);
            s.prepare(
                QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                               "AND column_name NOT IN ('unit_id', 'row_version')"));
            s.addBindValue(t.name);
            QVERIFY(s.exec());
            QStringList server;
            while (s.next())
                server << s.value(0).toString();
            server.sort();
            QStringList serverMine = ServerTables::serverColumns(t).split(QStringLiteral(", "));
            serverMine.sort();
            QCOMPARE(serverMine, server);
        }
    }

    void roundTripKeepsEverything()
    {
        const QString source = path(QStringLiteral("zd.campaign"));
        QString error;
        QVERIFY2(push(role("zd"), source, QStringLiteral("正定县"), &error), qPrintable(error));
        const QString pulled = path(QStringLiteral("zd-pulled.campaign"));
        PullSummary summary;
        QVERIFY2(pull(role("zd"), QStringLiteral("正定县"), pulled, false, &error, &summary),
                 qPrintable(error));
        QCOMPARE(summary.activities, qint64(250));
        QCOMPARE(summary.evidenceFiles, 2);

        const IntegrityReport report = IntegrityCheck::run(pulled);
        QVERIFY2(report.healthy, qPrintable(report.reason));
        QCOMPARE(report.activities, qint64(250));
        QVERIFY(report.media.ok());
        QCOMPARE(report.media.referenced, 2);

        const QMap<QString, QStringList> before = dump(source);
        const QMap<QString, QStringList> after = dump(pulled);
        QCOMPARE(after.keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(!it.value().isEmpty(),
                     qPrintable(it.key() + QStringLiteral(" is empty in the test file")));
            QCOMPARE(after.value(it.key()), it.value());
        }
        const QMap<QString, QString> bytes = evidence(pulled);
        QCOMPARE(bytes, evidence(source));
        for (auto it = bytes.cbegin(); it != bytes.cend(); ++it)
            QCOMPARE(it.value(), it.key()); // the bytes hash to their name

        // The history names the pushing user for every activity it added (one statement, one row each).
        QSqlQuery history(m_admin);
        history.prepare(QStringLiteral("SELECT count(*), count(DISTINCT activity_uuid) FROM activity_change "
                                       "WHERE unit_id = ? AND kind = 'insert' AND changed_by = ?"));
        history.addBindValue(m_unit.value(QStringLiteral("正定县")));
        history.addBindValue(role("zd"));
        QVERIFY(history.exec() && history.next());
        QCOMPARE(history.value(0).toInt(), 250);
        QCOMPARE(history.value(1).toInt(), 250);

        // The pulled file opens as any file does.
        std::unique_ptr<Database> db = Database::open(pulled, &error);
        QVERIFY2(db, qPrintable(error));
    }

    void pushReplacesTheUnitsData()
    {
        QString error;
        const QString other = path(QStringLiteral("zd-second.campaign"));
        QVERIFY(makeFile(other, 40, 9));
        QVERIFY2(push(role("zd"), other, QStringLiteral("正定县"), &error), qPrintable(error));
        const QString pulled = path(QStringLiteral("zd-second-pulled.campaign"));
        QVERIFY2(pull(role("zd"), QStringLiteral("正定县"), pulled, false, &error), qPrintable(error));
        QCOMPARE(dump(pulled), dump(other));
        QSqlQuery q(m_admin);
        q.prepare(QStringLiteral("SELECT count(*) FROM evidence_blob WHERE unit_id = ?"));
        q.addBindValue(m_unit.value(QStringLiteral("正定县")));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // the first file's evidence went with its rows
        // Back to the first file for the tests below.
        QVERIFY2(push(role("zd"), path(QStringLiteral("zd.campaign")), QStringLiteral("正定县"), &error),
                 qPrintable(error));
    }

    void aCountyCannotPushOrPullAnotherCounty()
    {
        QString error;
        QVERIFY2(push(role("jx"), path(QStringLiteral("jx.campaign")), QStringLiteral("井陉县"), &error),
                 qPrintable(error));
        const QString zdBefore = serverState(QStringLiteral("正定县"));
        const QString jxBefore = serverState(QStringLiteral("井陉县"));
        // Pushing into 正定县 as 井陉县's user: the server's policies refuse the first row.
        QVERIFY(!push(role("jx"), path(QStringLiteral("jx.campaign")), QStringLiteral("正定县"), &error));
        QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
        QCOMPARE(serverState(QStringLiteral("正定县")), zdBefore);
        QCOMPARE(serverState(QStringLiteral("井陉县")), jxBefore);

        // Reading: the user may not, and the policies show it nothing even if a client asked anyway.
        QSqlDatabase jx = as(role("jx"));
        bool readable = true;
        QVERIFY(ServerUnits::mayRead(jx, m_unit.value(QStringLiteral("正定县")), &readable, &error));
        QVERIFY(!readable);
        QVERIFY(ServerUnits::mayRead(jx, m_unit.value(QStringLiteral("井陉县")), &readable, &error));
        QVERIFY(readable);
        jx = QSqlDatabase();
        ServerConnection::close(role("jx"));
        const QString target = path(QStringLiteral("jx-takes-zd.campaign"));
        QVERIFY(!pull(role("jx"), QStringLiteral("正定县"), target, false, &error));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(MediaFolder::rootFor(target)));

        // The prefecture reads its counties, the province all of them; neither may write them.
        for (const char* reader : {"sjz", "heb"}) {
            const QString copy = path(QLatin1String(reader) + QStringLiteral("-zd.campaign"));
            QVERIFY2(pull(role(reader), QStringLiteral("正定县"), copy, false, &error), qPrintable(error));
            QCOMPARE(dump(copy), dump(path(QStringLiteral("zd.campaign"))));
            QVERIFY(!push(role(reader), copy, QStringLiteral("正定县"), &error));
        }
        QCOMPARE(serverState(QStringLiteral("正定县")), zdBefore);
    }

    void aFailedPushLeavesTheServerAsItWas()
    {
        QString error;
        const QString before = serverState(QStringLiteral("正定县"));
        // A damaged evidence file: found before anything is sent.
        const QString damaged = path(QStringLiteral("damaged.campaign"));
        QVERIFY(makeFile(damaged, 30, 10));
        const QStringList names = MediaFolder::contents(MediaFolder::rootFor(damaged));
        QFile f(MediaFolder::rootFor(damaged) + QLatin1Char('/') + MediaFolder::relativePath(names.first()));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(10);
        f.write("XX");
        f.close();
        QVERIFY(!push(role("zd"), damaged, QStringLiteral("正定县"), &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        QCOMPARE(serverState(QStringLiteral("正定县")), before);

        // A row the server refuses, late in the push (bulletins come after the activities): text
        // with a NUL character, which SQLite keeps and PostgreSQL's text does not accept.
        const QString refused = path(QStringLiteral("refused.campaign"));
        QVERIFY(makeFile(refused, 30, 11));
        {
            std::unique_ptr<Database> db = Database::open(refused, &error);
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("UPDATE bulletin SET text = ?"));
            q.addBindValue(QString(QStringLiteral("标题\n正文")).insert(3, QChar(0)));
            QVERIFY(q.exec());
        }
        QVERIFY(!push(role("zd"), refused, QStringLiteral("正定县"), &error));
        QVERIFY2(error.contains(QLatin1String("bulletin")), qPrintable(error));
        QCOMPARE(serverState(QStringLiteral("正定县")), before);

        // The server's own checks on evidence, for a client that skips the program's: a piece whose
        // bytes do not match its checksum, and a file whose pieces are not all there at commit.
        QSqlDatabase zd = as(role("zd"));
        const QString sha = QString(64, QLatin1Char('a'));
        for (const bool wrongPiece : {true, false}) {
            QVERIFY(zd.transaction());
            QSqlQuery q(zd);
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO evidence_blob (sha256, size, chunks) VALUES ('%1', 6, 2)")
                           .arg(sha)),
                qPrintable(q.lastError().text()));
            const QString pieceSha = wrongPiece ? sha : QStringLiteral("encode(sha256('abc'::bytea), 'hex')");
            const bool inserted = q.exec(
                QStringLiteral("INSERT INTO evidence_chunk (sha256, seq, bytes, chunk_sha256) "
                               "VALUES ('%1', 0, 'abc'::bytea, %2)")
                    .arg(sha, wrongPiece ? QLatin1Char('\'') + pieceSha + QLatin1Char('\'') : pieceSha));
            QCOMPARE(inserted, !wrongPiece);
            if (wrongPiece)
                QVERIFY(zd.rollback());
            else
                QVERIFY(!zd.commit()); // one piece of two: refused at commit
            zd.rollback();
        }
        zd = QSqlDatabase();
        ServerConnection::close(role("zd"));
        QCOMPARE(serverState(QStringLiteral("正定县")), before);
    }

    // The connection is lost at the very end of a push (everything deleted and inserted, the unit
    // profile's table held by another transaction): nothing of it is kept.
    void aPushCutOffAtTheEndChangesNothing()
    {
        if (qEnvironmentVariableIsEmpty("CP_BINARY"))
            QFAIL("CP_BINARY names the program (ctest sets it)");
        const QString before = serverState(QStringLiteral("正定县"));
        QSqlDatabase held = locker();
        QVERIFY(held.transaction());
        QSqlQuery lock(held);
        QVERIFY(lock.exec(QStringLiteral("LOCK TABLE unit_profile IN ACCESS EXCLUSIVE MODE")));
        QProcess* p = start({QStringLiteral("push"), path(QStringLiteral("jx.campaign")), url(role("zd"))});
        const bool cut = cutWhenWaiting(role("zd"));
        QVERIFY(held.commit());
        QVERIFY2(cut || !p->waitForFinished(60000), p->readAllStandardError().constData());
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 1);
        QVERIFY2(p->readAllStandardError().contains("nothing was changed"), "the refusal says so");
        QCOMPARE(serverState(QStringLiteral("正定县")), before);
    }

    // A pull cut off after the file was built (evidence is fetched last): no file, no temporary, no
    // evidence; with --force an existing file is left as it was.
    void aPullCutOffLeavesNoFile()
    {
        if (qEnvironmentVariableIsEmpty("CP_BINARY"))
            QFAIL("CP_BINARY names the program (ctest sets it)");
        for (const bool force : {false, true}) {
            const QString target =
                path(force ? QStringLiteral("existing.campaign") : QStringLiteral("cut.campaign"));
            QByteArray old;
            if (force) {
                QVERIFY(makeFile(target, 5, 12));
                QFile f(target);
                QVERIFY(f.open(QIODevice::ReadOnly));
                old = f.readAll();
            }
            const QStringList mediaBefore = MediaFolder::contents(MediaFolder::rootFor(target));
            QSqlDatabase held = locker();
            QVERIFY(held.transaction());
            QSqlQuery lock(held);
            QVERIFY(lock.exec(QStringLiteral("LOCK TABLE evidence_blob IN ACCESS EXCLUSIVE MODE")));
            QStringList args = {QStringLiteral("pull"), url(role("zd")), target};
            if (force)
                args << QStringLiteral("--force");
            QProcess* p = start(args);
            const bool cut = cutWhenWaiting(role("zd"));
            QVERIFY(held.commit());
            QVERIFY2(cut || !p->waitForFinished(60000), p->readAllStandardError().constData());
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 1);
            QVERIFY(!QFileInfo::exists(target + QStringLiteral(".pulling")));
            QCOMPARE(MediaFolder::contents(MediaFolder::rootFor(target)), mediaBefore);
            if (force) {
                QFile f(target);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY(f.readAll() == old);
            } else {
                QVERIFY(!QFileInfo::exists(target));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestServerTransfer)
#include "tst_servertransfer.moc"
