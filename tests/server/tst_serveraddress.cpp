#include "server/ServerAddress.h"

#include <QTest>

// Reading postgresql:// addresses: what is passed to libpq, and what is refused.
class TestServerAddress : public QObject
{
    Q_OBJECT

private slots:
    void fullAddress()
    {
        ServerAddress a;
        QString error;
        QVERIFY2(ServerAddress::parse(
                     QStringLiteral("postgresql://zd@db.example.cn:6543/campaign?sslmode=verify-full"), &a,
                     &error),
                 qPrintable(error));
        QCOMPARE(a.user, QStringLiteral("zd"));
        QCOMPARE(a.host, QStringLiteral("db.example.cn"));
        QCOMPARE(a.port, 6543);
        QCOMPARE(a.database, QStringLiteral("campaign"));
        QCOMPARE(a.connectOptions, QStringLiteral("sslmode=verify-full"));
        QCOMPARE(a.display(), QStringLiteral("postgresql://zd@db.example.cn:6543/campaign"));
    }
    void socketFolderAsHost()
    {
        ServerAddress a;
        QString error;
        QVERIFY(ServerAddress::parse(QStringLiteral("postgres://u@%2Frun%2Fpostgresql/db"), &a, &error));
        QCOMPARE(a.host, QStringLiteral("/run/postgresql"));
        QCOMPARE(a.port, 5432);
        QCOMPARE(a.display(), QStringLiteral("postgresql://u@%2Frun%2Fpostgresql:5432/db"));
        QVERIFY(ServerAddress::parse(QStringLiteral("postgresql:///db?host=/tmp/s"), &a, &error));
        QCOMPARE(a.host, QStringLiteral("/tmp/s"));
        QVERIFY(a.user.isEmpty());
        QVERIFY(ServerAddress::parse(QStringLiteral("postgresql://u@[::1]:5433/db"), &a, &error));
        QCOMPARE(a.host, QStringLiteral("::1"));
        QCOMPARE(a.port, 5433);
    }
    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("file") << QStringLiteral("/home/a/2026.campaign");
        QTest::newRow("password") << QStringLiteral("postgresql://u:secret@h/db");
        QTest::newRow("password option") << QStringLiteral("postgresql://u@h/db?password=secret");
        QTest::newRow("no database") << QStringLiteral("postgresql://u@h:5432");
        QTest::newRow("bad port") << QStringLiteral("postgresql://u@h:99999/db");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://u@h/db?sslmode=sometimes");
        QTest::newRow("injected option")
            << QStringLiteral("postgresql://u@h/db?sslmode=require%20password=x");
    }
    void refused()
    {
        QFETCH(QString, text);
        ServerAddress a;
        QString error;
        QVERIFY(!ServerAddress::parse(text, &a, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains(QLatin1String("secret")) || text.contains(QLatin1String("?password")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
