#include "CampaignFile.h"
#include "Database.h"
#include "DepartmentRepository.h"
#include "ProfileRepository.h"
#include "ReferenceEditor.h"
#include "WelcomeDialog.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The first-start welcome on a real new file: what the user types and the file chosen to carry over
// reach the file only through apply(); the notice import is offered only once it exists.
class TestWelcome : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2025, 8, 28)};

    std::unique_ptr<Workspace> newestYear(const QString& name)
    {
        QString error;
        const QString path = m_dir.filePath(name);
        if (!CampaignFile::createForYear(path, 2025, &error))
            qFatal("%s", qPrintable(error));
        std::unique_ptr<Workspace> ws = Workspace::open(path, m_clock, &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        return ws;
    }

    // Last year's file: one department of its own and a named prefecture-level unit.
    QString previousYear()
    {
        const QString path = m_dir.filePath(QStringLiteral("2024.campaign"));
        QString error;
        std::unique_ptr<Database> db = CampaignFile::createForYear(path, 2024, &error);
        Department d;
        d.name = QStringLiteral("质量强市办公室");
        if (!db || !DepartmentRepository(*db).save(d, &error) ||
            !ProfileRepository(*db).save({QStringLiteral("某市市场监督管理局"), QStringLiteral("某市"),
                                          UnitProfile::Level::Prefecture},
                                         &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

private slots:
    void typedUnitIsSaved()
    {
        std::unique_ptr<Workspace> ws = newestYear(QStringLiteral("a.campaign"));
        ReferenceEditor editor(*ws);
        WelcomeDialog welcome(*ws);
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        QVERIFY(welcome.findChild<QLabel*>(QStringLiteral("contentMissing"))
                    ->isVisible()); // 2025 is not built in
        QTest::keyClicks(welcome.findChildren<QLineEdit*>().at(0), QStringLiteral("Chengguan AMR"));
        QTest::keyClicks(welcome.findChildren<QLineEdit*>().at(1), QStringLiteral("Chengguan"));
        welcome.findChild<QComboBox*>()->setCurrentIndex(1);
        QCOMPARE(ws->unit().name, QString()); // nothing written before apply
        QString error;
        QVERIFY2(welcome.apply(editor, &error), qPrintable(error));
        QCOMPARE(ws->unit(), (UnitProfile{QStringLiteral("Chengguan AMR"), QStringLiteral("Chengguan"),
                                          UnitProfile::Level::Prefecture}));
    }

    void carriesLastYearOver()
    {
        const QString old = previousYear();
        const QByteArray before = [&] {
            QFile f(old);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        std::unique_ptr<Workspace> ws = newestYear(QStringLiteral("b.campaign"));
        ReferenceEditor editor(*ws);
        const int departments = ws->departments().size();
        WelcomeDialog welcome(*ws);
        welcome.setPreviousFile(old);
        QString error;
        QVERIFY2(welcome.apply(editor, &error), qPrintable(error));
        QCOMPARE(ws->departments().size(), departments + 1);
        QCOMPARE(ws->departments().last().name, QStringLiteral("质量强市办公室"));
        QCOMPARE(ws->unit().name, QStringLiteral("某市市场监督管理局"));
        QCOMPARE(ws->unit().level, UnitProfile::Level::Prefecture);
        QFile f(old);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // the old file was only read
    }

    void refusesAFileThatIsNoCampaign()
    {
        std::unique_ptr<Workspace> ws = newestYear(QStringLiteral("c.campaign"));
        ReferenceEditor editor(*ws);
        const QString junk = m_dir.filePath(QStringLiteral("junk.campaign"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a campaign file");
        f.close();
        WelcomeDialog welcome(*ws);
        welcome.setPreviousFile(junk);
        QString error;
        QVERIFY(!welcome.apply(editor, &error));
        QVERIFY(!error.isEmpty());
    }

    void noticeImportIsOfferedOnceProvided()
    {
        std::unique_ptr<Workspace> ws = newestYear(QStringLiteral("d.campaign"));
        ReferenceEditor editor(*ws);
        WelcomeDialog welcome(*ws);
        welcome.show();
        QVERIFY(!welcome.importNoticeButton()->isVisible());
        QAction action;
        QSignalSpy triggered(&action, &QAction::triggered);
        welcome.setImportNoticeAction(&action);
        QVERIFY(welcome.importNoticeButton()->isVisible());
        QTest::mouseClick(welcome.importNoticeButton(), Qt::LeftButton);
        QCOMPARE(welcome.result(), int(QDialog::Accepted));
        QCOMPARE(triggered.size(), 1);
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
