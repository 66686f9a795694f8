#include "ActivitiesPage.h"
#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "ActivityTableView.h"
#include "AppSettings.h"
#include "Application.h"
#include "ConflictDialog.h"
#include "ConsolidatedModel.h"
#include "MainWindow.h"
#include "PackagePage.h"
#include "ServerTestDb.h"
#include "Workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
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
    QString m_zd = m_db.role("zd"), m_zd2 = m_db.role("zd2"), m_sjz = m_db.role("sjz"),
            m_jx = m_db.role("jx");
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
    void addUser(const QString& role, const QString& unit)
    {
        QString error;
        QVERIFY2(ServerAdmin::addUser(m_db.admin(), role, unit, ServerTestDb::password(role), &error),
                 qPrintable(error));
    }
    // A demo campaign of `activities` pushed as `unit`'s data by `role`.
    void push(const QString& role, const QString& unit, int activities)
    {
        QString error;
        QVERIFY2(m_db.pushDemo(role, unit, activities, 3, m_dir.filePath(role + QStringLiteral(".campaign")),
                               &error),
                 qPrintable(error));
    }

    // The program in Chinese as a user starts it, never asking for a password (nobody is there to type).
    struct Program
    {
        AppSettings settings;
        FixedClock clock{QDate(2021, 9, 10)};
        std::unique_ptr<Application> app;

        explicit Program(const QString& settingsFile) : settings(settingsFile)
        {
            settings.setLanguage(AppSettings::Language::Chinese);
            Application::installTranslators(*qApp, settings);
            app = std::make_unique<Application>(*qApp, settings, clock);
            app->setRememberFiles(false);
            app->setInteractive(false);
        }
    };
    // Opens `role`'s address with the password where libpq finds it (PGPASSWORD; ~/.pgpass alike).
    bool open(Program& program, const QString& role, QString* error)
    {
        qputenv("PGPASSWORD", ServerTestDb::password(role).toUtf8());
        return program.app->openFile(addressText(role), error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.create(&error), qPrintable(error));
        QVERIFY2(m_db.addHebei({QStringLiteral("正定县"), QStringLiteral("井陉县")}, &error),
                 qPrintable(error));
        addUser(m_zd, QStringLiteral("正定县"));
        addUser(m_zd2, QStringLiteral("正定县"));
        addUser(m_sjz, QStringLiteral("石家庄市"));
        addUser(m_jx, QStringLiteral("井陉县"));
        push(m_zd, QStringLiteral("正定县"), 40);
        push(m_sjz, QStringLiteral("石家庄市"), 12);
    }

    void theWindowOverAServer()
    {
        Program program(m_dir.filePath(QStringLiteral("settings.ini")));
        Application& app = *program.app;
        QString error;
        QVERIFY2(open(program, m_zd, &error), qPrintable(error));
        MainWindow& window = app.window();
        window.resize(1280, 760);
        window.show();
        QVERIFY(window.windowTitle().contains(m_db.name()));
        ActivityTableModel* model = app.workspace()->activityModel();
        QCOMPARE(
            QString::number(model->rowCount()),
            serverValue(QStringLiteral(
                "SELECT count(*) FROM activity a JOIN unit u ON u.id = a.unit_id WHERE u.name = '正定县'")));

        // The user selects a row; a colleague renames that activity: the table shows it in place,
        // the selection stays on it.
        ActivityTableView* view = app.activitiesPage()->view();
        view->setFocus();
        view->selectRow(4);
        const QModelIndex selected = view->currentIndex();
        QVERIFY(selected.isValid());
        const qint64 id = selected.data(ActivityTableModel::IdRole).toLongLong();
        // Scrolled down a little, as a user reading the table would be: the change must not move it.
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 2);
        view->verticalScrollBar()->setValue(2);
        const int scrolled = view->verticalScrollBar()->value();
        const Activity watched = model->activityAt(model->rowOfId(id));
        QSqlDatabase colleague = m_db.as(m_zd2, QStringLiteral("colleague"));
        QSqlQuery q(colleague);
        QVERIFY(q.exec(QStringLiteral("UPDATE activity SET title = '同事改的标题' WHERE uuid = '%1'")
                           .arg(watched.uuid.toString(QUuid::WithoutBraces))));
        QTRY_COMPARE_WITH_TIMEOUT(model->activityAt(model->rowOfId(id)).title, QStringLiteral("同事改的标题"),
                                  10000);
        QCOMPARE(view->currentIndex().data(ActivityTableModel::IdRole).toLongLong(), id);
        QCOMPARE(view->verticalScrollBar()->value(), scrolled);
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

    // The prefecture's package page over the server: its counties read live, a county's edit showing
    // in its row and activities in place, the prefecture's own edit in its own row, and the 汇总报告
    // written from what the page shows.
    void thePackagePageOverAServer()
    {
        Program program(m_dir.filePath(QStringLiteral("settings-sjz.ini")));
        Application& app = *program.app;
        QString error;
        QVERIFY2(open(program, m_sjz, &error), qPrintable(error));
        MainWindow& window = app.window();
        window.resize(1280, 860);
        window.show();
        window.showPage(QStringLiteral("package"));
        auto* page = qobject_cast<PackagePage*>(window.page(QStringLiteral("package")));
        QVERIFY(page);
        ConsolidatedModel* units = page->model();
        // 石家庄市, 正定县 and the total, from the server.
        QTRY_COMPARE_WITH_TIMEOUT(units->rowCount(), 3, 20000);
        const auto cell = [units](int row, int column) {
            return units->index(row, column).data().toString();
        };
        QCOMPARE(cell(0, ConsolidatedModel::Unit), QStringLiteral("石家庄市"));
        QCOMPARE(cell(1, ConsolidatedModel::Unit), QStringLiteral("正定县"));
        QCOMPARE(cell(1, ConsolidatedModel::Received), ConsolidatedModel::tr("Server (live)"));
        const QString county =
            QStringLiteral(" FROM activity a JOIN unit u ON u.id = a.unit_id WHERE u.name = '正定县'");
        QCOMPARE(cell(1, ConsolidatedModel::Total), serverValue(QStringLiteral("SELECT count(*)") + county));
        QCOMPARE(cell(0, ConsolidatedModel::Total),
                 QString::number(app.workspace()->activityModel()->rowCount()));
        // The first county is shown with its activities; packages are not imported in the window.
        auto* unitsView = page->findChild<QTableView*>();
        QTRY_COMPARE(unitsView->currentIndex().row(), 1);
        auto* activities = page->findChild<QTableView*>(QStringLiteral("unitActivities"));
        QCOMPARE(QString::number(activities->model()->rowCount()), cell(1, ConsolidatedModel::Total));
        for (QPushButton* b : page->findChildren<QPushButton*>())
            if (b->text() == QCoreApplication::translate("PackagePage", "Import package…"))
                QVERIFY(!b->isEnabled());

        // The county's user completes one more activity: its row and activities follow, in place.
        const int doneBefore = cell(1, ConsolidatedModel::Done).toInt();
        QSqlDatabase countyUser = m_db.as(m_zd2, QStringLiteral("county"));
        QSqlQuery q(countyUser);
        QVERIFY2(q.exec(QStringLiteral(
                            "UPDATE activity SET status = 2, progress = 100 WHERE uuid = (SELECT a.uuid") +
                        county + QStringLiteral(" AND a.status <> 2 ORDER BY a.id LIMIT 1)")),
                 qPrintable(q.lastError().text()));
        QTRY_COMPARE_WITH_TIMEOUT(cell(1, ConsolidatedModel::Done).toInt(), doneBefore + 1, 20000);
        QCOMPARE(unitsView->currentIndex().row(), 1);
        QCOMPARE(cell(1, ConsolidatedModel::Done), serverValue(QStringLiteral("SELECT count(*)") + county +
                                                               QStringLiteral(" AND a.status = 2")));

        // 井陉县, without data so far, sends its first: a row more, and 正定县 stays selected.
        push(m_jx, QStringLiteral("井陉县"), 6);
        QTRY_COMPARE_WITH_TIMEOUT(units->rowCount(), 4, 20000);
        QCOMPARE(unitsView->currentIndex().siblingAtColumn(ConsolidatedModel::Unit).data().toString(),
                 QStringLiteral("正定县"));
        QCOMPARE(QString::number(activities->model()->rowCount()),
                 serverValue(QStringLiteral("SELECT count(*)") + county));

        // A county added to the server after the page opened shows once it sends its data.
        const QString zh = m_db.role("zh");
        QVERIFY2(ServerAdmin::addUnit(m_db.admin(), QStringLiteral("赞皇县"), QStringLiteral("county"),
                                      QStringLiteral("石家庄市"), &error),
                 qPrintable(error));
        addUser(zh, QStringLiteral("赞皇县"));
        push(zh, QStringLiteral("赞皇县"), 3);
        QTRY_COMPARE_WITH_TIMEOUT(units->rowCount(), 5, 20000);
        QCOMPARE(unitsView->currentIndex().siblingAtColumn(ConsolidatedModel::Unit).data().toString(),
                 QStringLiteral("正定县"));

        // The prefecture's own edit (not announced to itself by the feed) shows in its own row.
        ActivityTableModel* own = app.workspace()->activityModel();
        int row = 0;
        while (row < own->rowCount() && own->activityAt(row).status == ActivityStatus::Done)
            ++row;
        QVERIFY(row < own->rowCount());
        const int ownDone = cell(0, ConsolidatedModel::Done).toInt();
        Activity done = own->activityAt(row);
        done.status = ActivityStatus::Done;
        QVERIFY(app.activityEditor()->edit(own->activityAt(row), done, QString()));
        QTRY_COMPARE_WITH_TIMEOUT(cell(0, ConsolidatedModel::Done).toInt(), ownDone + 1, 20000);
        save(window, "shared-package.png");

        // The 汇总报告 from the page: both units with the figures the page shows.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: the report must be read by an independent "
                  "reader");
        const QString pdf = m_dir.filePath(QStringLiteral("汇总.pdf"));
        QVERIFY(page->exportConsolidatedTo(pdf));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("石家庄市")) && text.contains(QStringLiteral("正定县")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("井陉县")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("赞皇县")), qPrintable(text));
        const int last = units->rowCount() - 1; // 合计
        int total = 0;
        for (int row = 0; row < last; ++row)
            total += cell(row, ConsolidatedModel::Total).toInt();
        QCOMPARE(cell(last, ConsolidatedModel::Total).toInt(), total);
        QVERIFY2(text.contains(QString::number(total)), qPrintable(text));
        countyUser = QSqlDatabase();
        q = QSqlQuery();
        ServerConnection::close(QStringLiteral("county"));
    }
};

QTEST_MAIN(TestSharedWindow)
#include "tst_sharedwindow.moc"
