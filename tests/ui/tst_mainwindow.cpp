#include "AppSettings.h"
#include "MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

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
