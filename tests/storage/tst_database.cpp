#include "Database.h"

#include <QTest>

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
