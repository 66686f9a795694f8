#include "ActivitiesPage.h"
#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "ActivityTableView.h"
#include "AppSettings.h"
#include "Application.h"
#include "ConflictDialog.h"
#include "MainWindow.h"
#include "ServerTestDb.h"
#include "Workspace.h"
#include "server/ServerPush.h"
#include "storage/CampaignFile.h"
#include "storage/Database.h"
#include "storage/DemoGenerator.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

// The program opened on a shared server's address, as a user sees it: the unit's activities in the
// table, another user's change appearing in place with the selection kept, and an edit that lost its
// race answered with the conflict dialog, whose "Keep Mine" keeps the user's change on top of the
// other person's. With CP_SCREENSHOT_DIR set, the window and the dialog are saved as seen.
class TestSharedWindow : public QObject
{
    Q_OBJECT

    ServerTestDb m_db{"cp_window"};
    QString m_zd = m_db.role("zd"), m_zd2 = m_db.role("zd2");
    QTemporaryDir m_dir;

    QString addressText(const QString& role) const
    {
        return QStringLiteral("postgresql://%1@%2/%3")
            .arg(role, QString::fromLatin1(QUrl::toPercentEncoding(m_db.socket())), m_db.name());
    }
    QString serverValue(const QString& sql) { return m_db.adminValue(sql); }
    static void save(QWidget& widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("CP_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget.grab().save(QDir(dir).filePath(QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QVERIFY2(m_db.addHebei({QStringLiteral("正定县")}, &error), qPrintable(error));
        for (const QString& role : {m_zd, m_zd2})
            QVERIFY2(ServerAdmin::addUser(m_db.admin(), role, QStringLiteral("正定县"),
                                          ServerTestDb::password(role), &error),
                     qPrintable(error));
        const QString file = m_dir.filePath(QStringLiteral("zd.campaign"));
        {
            std::unique_ptr<Database> db = CampaignFile::createForYear(file, 2021, &error);
            QVERIFY2(db && DemoGenerator::populate(*db, 40, 3, &error), qPrintable(error));
        }
        QSqlDatabase server = m_db.as(m_zd, QStringLiteral("push"));
        {
            std::unique_ptr<Database> db = Database::open(file, &error);
            QVERIFY2(db, qPrintable(error));
            PushSummary summary;
            const int unit =
                m_db.adminValue(QStringLiteral("SELECT id FROM unit WHERE name = '正定县'")).toInt();
            QVERIFY2(ServerPush::push(*db, server, unit, &summary, &error), qPrintable(error));
        }
        server = QSqlDatabase();
        ServerConnection::close(QStringLiteral("push"));
    }

    void theWindowOverAServer()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        settings.setLanguage(AppSettings::Language::Chinese);
        Application::installTranslators(*qApp, settings);
        FixedClock clock(QDate(2021, 9, 10));
        Application app(*qApp, settings, clock);
        app.setRememberFiles(false);
        app.setInteractive(false);
        // The user's password as libpq finds it (PGPASSWORD; ~/.pgpass alike).
        qputenv("PGPASSWORD", ServerTestDb::password(m_zd).toUtf8());
        QString error;
        QVERIFY2(app.openFile(addressText(m_zd), &error), qPrintable(error));
        MainWindow& window = app.window();
        window.resize(1280, 760);
        window.show();
        QVERIFY(window.windowTitle().contains(m_db.name()));
        ActivityTableModel* model = app.workspace()->activityModel();
        QCOMPARE(QString::number(model->rowCount()),
                 serverValue(QStringLiteral("SELECT count(*) FROM activity")));

        // The user selects a row; a colleague renames that activity: the table shows it in place,
        // the selection stays on it.
        ActivityTableView* view = app.activitiesPage()->view();
        view->setFocus();
        view->selectRow(4);
        const QModelIndex selected = view->currentIndex();
        QVERIFY(selected.isValid());
        const qint64 id = selected.data(ActivityTableModel::IdRole).toLongLong();
        const Activity watched = model->activityAt(model->rowOfId(id));
        QSqlDatabase colleague = m_db.as(m_zd2, QStringLiteral("colleague"));
        QSqlQuery q(colleague);
        QVERIFY(q.exec(QStringLiteral("UPDATE activity SET title = '同事改的标题' WHERE uuid = '%1'")
                           .arg(watched.uuid.toString(QUuid::WithoutBraces))));
        QTRY_COMPARE_WITH_TIMEOUT(model->activityAt(model->rowOfId(id)).title, QStringLiteral("同事改的标题"),
                                  10000);
        QCOMPARE(view->currentIndex().data(ActivityTableModel::IdRole).toLongLong(), id);
        QCOMPARE(app.workspace()->undoStack()->count(), 0);
        save(window, "shared-window.png");

        // A race: the colleague moves another activity while this user changes its title.
        const Activity raced = model->activityAt(7);
        QVERIFY(q.exec(QStringLiteral("UPDATE activity SET location = '县体育馆' WHERE uuid = '%1'")
                           .arg(raced.uuid.toString(QUuid::WithoutBraces))));
        Activity mine = raced;
        mine.title = QStringLiteral("我改的标题");
        // The dialog runs its own event loop: it is read and answered from a timer while it shows.
        QStringList rows;
        bool answered = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
            if (!dialog || answered)
                return;
            answered = true;
            auto* table = dialog->findChild<QTableView*>();
            for (int r = 0; table && r < table->model()->rowCount(); ++r)
                rows << table->model()->index(r, 1).data().toString() + QLatin1Char(':') +
                            table->model()->index(r, 2).data().toString() + QLatin1Char('|') +
                            table->model()->index(r, 3).data().toString();
            save(*dialog, "shared-conflict.png");
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            for (QAbstractButton* b : buttons->buttons())
                if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                    b->click(); // Keep Mine
        });
        answer.start(50);
        QVERIFY(!app.activityEditor()->edit(raced, mine, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        answer.stop();
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.join(QLatin1Char(' ')).contains(QStringLiteral("县体育馆|") + raced.location),
                 qPrintable(rows.join(QLatin1Char(' '))));
        QVERIFY2(rows.join(QLatin1Char(' ')).contains(raced.title + QStringLiteral("|我改的标题")),
                 qPrintable(rows.join(QLatin1Char(' '))));
        // Kept: the user's title on top of the colleague's place.
        const QString where =
            QStringLiteral(" FROM activity WHERE uuid = '%1'").arg(raced.uuid.toString(QUuid::WithoutBraces));
        QTRY_COMPARE_WITH_TIMEOUT(serverValue(QStringLiteral("SELECT title") + where),
                                  QStringLiteral("我改的标题"), 10000);
        QCOMPARE(serverValue(QStringLiteral("SELECT location") + where), QStringLiteral("县体育馆"));
        QCOMPARE(model->activityAt(model->rowOfId(raced.id)).location, QStringLiteral("县体育馆"));
        QCOMPARE(app.workspace()->undoStack()->count(), 1);
        colleague = QSqlDatabase();
        q = QSqlQuery();
        ServerConnection::close(QStringLiteral("colleague"));
    }
};

QTEST_MAIN(TestSharedWindow)
#include "tst_sharedwindow.moc"
