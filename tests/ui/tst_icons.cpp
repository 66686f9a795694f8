#include "../models/TestFile.h"

#include "AppSettings.h"
#include "Application.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QListWidget>

// On a desktop without an icon theme (a bare window manager, a container, a fresh UOS install) the
// navigation list, the activity plan's buttons and the window still show the program's icons: it
// ships its own drawings. With CP_SCREENSHOT_DIR set, the navigation list is saved as seen.
class TestIcons : public QObject
{
    Q_OBJECT

    // Drawn: some pixel of the 24 px rendering is not transparent.
    static bool drawn(const QIcon& icon)
    {
        if (icon.isNull())
            return false;
        const QImage image = icon.pixmap(24, 24).toImage();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) > 0)
                    return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        // No theme at all, whatever the machine running the test has installed.
        QIcon::setThemeSearchPaths({});
        QIcon::setFallbackSearchPaths({});
        QIcon::setThemeName(QStringLiteral("no-such-theme"));
        QIcon::setFallbackThemeName(QString());
    }

    void shownWithoutAnIconTheme()
    {
        TestFile file(3);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setLanguage(AppSettings::Language::English);
        Application::installTranslators(*qApp, settings);
        FixedClock clock(QDate(2021, 9, 10));
        Application app(*qApp, settings, clock);
        app.setRememberFiles(false);
        QString error;
        QVERIFY2(app.openFile(file.path, &error), qPrintable(error));
        MainWindow& window = app.window();
        window.resize(1280, 760);
        window.show();

        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 8);
        for (int i = 0; i < navigation->count(); ++i)
            QVERIFY2(drawn(navigation->item(i)->icon()), qPrintable(navigation->item(i)->text()));
        QVERIFY(drawn(window.windowIcon()));

        QWidget* activities = window.page(QStringLiteral("activities"));
        QStringList withIcons;
        for (QAction* a : activities->findChildren<QAction*>())
            if (drawn(a->icon()))
                withIcons << a->text();
        for (const char* text : {"Add", "Duplicate", "Delete…"})
            QVERIFY2(withIcons.contains(QString::fromUtf8(text)), qPrintable(withIcons.join(u',')));

        const QString shots = qEnvironmentVariable("CP_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(navigation->grab().save(QDir(shots).filePath(QStringLiteral("navigation.png"))));
            QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("window-no-theme.png"))));
        }
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
