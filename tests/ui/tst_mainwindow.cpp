#include "../models/TestFile.h"

#include "ActivityTableModel.h"
#include "AppSettings.h"
#include "EvidenceFiles.h"
#include "IntegrityCheck.h"
#include "MainWindow.h"
#include "MediaStore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// Pages plug into the main window; deferred pages are built only when first shown.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void deferredPagesAreBuiltWhenShown()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        int built = 0;
        window.addPage(QStringLiteral("first"), QStringLiteral("First"), {}, new QLabel(QStringLiteral("1")));
        window.addPage(QStringLiteral("second"), QStringLiteral("Second"), {}, [&built] {
            ++built;
            return new QLabel(QStringLiteral("2"));
        });
        window.show();
        QCOMPARE(window.currentPageId(), QStringLiteral("first"));
        QCOMPARE(built, 0);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        navigation->setCurrentRow(1);
        QCOMPARE(built, 1);
        auto* second = qobject_cast<QLabel*>(window.page(QStringLiteral("second")));
        QVERIFY(second && second->isVisible());
        QCOMPARE(second->text(), QStringLiteral("2"));
        window.showPage(QStringLiteral("first"));
        window.showPage(QStringLiteral("second"));
        QCOMPARE(built, 1);
        window.removeAllPages();
        QVERIFY(!window.page(QStringLiteral("second")));
        QCOMPARE(window.currentPageId(), QString());
    }

    // File › Save As… through the real dialog: the copy has the evidence the file names, passes the
    // check on its own, and the window is asked to go on in the copy.
    void saveAsCopiesTheFileWithItsEvidence()
    {
        TestFile file(3);
        FixedClock clock(QDate(2021, 9, 10));
        auto ws = file.open(clock);
        const QString photo = file.dir.filePath(QStringLiteral("开幕式.jpg"));
        {
            QFile f(photo);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(3 << 20, 'x')); // 3 MiB: more than one chunk if it has to be copied
        }
        QString error;
        QList<Attachment> rows;
        QVERIFY2(EvidenceFiles::attach(ws->database(), ws->activityModel()->activityAt(0).id, {photo},
                                       QString(), &rows, &error),
                 qPrintable(error));
        AppSettings settings(file.dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.setWorkspace(ws.get());
        window.show();
        QSignalSpy reopen(&window, &MainWindow::openFileRequested);
        const QString copy = file.dir.filePath(QStringLiteral("另存为.campaign"));
        QTimer::singleShot(0, this, [copy] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(copy); // keyClicks types ASCII only
            QTest::keyClick(name, Qt::Key_Return);
        });
        QAction* saveAs = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text() == QStringLiteral("Save &As…"))
                saveAs = action;
        QVERIFY(saveAs);
        saveAs->trigger();
        QCOMPARE(reopen.count(), 1);
        QCOMPARE(reopen.first().first().toString(), copy);
        QVERIFY(MediaStore(copy).contains(rows.first().sha256));
        const IntegrityReport report = IntegrityCheck::run(copy);
        QVERIFY2(report.healthy, qPrintable(report.reason));
        QCOMPARE(report.media.referenced, 1);
        window.setWorkspace(nullptr);
    }

    void recentFilesKeepOrderWithoutDuplicates()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        for (const char* name : {"a.campaign", "b.campaign", "a.campaign"})
            settings.addRecentFile(dir.filePath(QLatin1String(name)));
        QCOMPARE(settings.recentFiles(), (QStringList{dir.filePath(QStringLiteral("a.campaign")),
                                                      dir.filePath(QStringLiteral("b.campaign"))}));
        QCOMPARE(AppSettings::languageCode(AppSettings::Language::System, QStringLiteral("en_US")),
                 QStringLiteral("en"));
        QCOMPARE(AppSettings::languageCode(AppSettings::Language::System, QStringLiteral("de_DE")),
                 QStringLiteral("zh_CN"));
        settings.setLanguage(AppSettings::Language::English);
        QCOMPARE(AppSettings(dir.filePath(QStringLiteral("settings.ini"))).language(),
                 AppSettings::Language::English);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
