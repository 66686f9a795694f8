#include "../models/TestFile.h"

#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "AppSettings.h"
#include "Application.h"
#include "MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

// Tools › Settings › Language switches the running program at once: menus and pages are built again
// in the new language over the same open file, whose undo history stays.
class TestLanguage : public QObject
{
    Q_OBJECT

    QStringList menuTitles(MainWindow& window)
    {
        QStringList titles;
        for (QAction* a : window.menuBar()->actions())
            titles << a->text();
        return titles;
    }
    QString firstPageTitle(MainWindow& window)
    {
        return window.findChild<QListWidget*>(QStringLiteral("navigation"))->item(0)->text();
    }
    // Picks `language` in the real settings dialog and presses OK.
    void choose(MainWindow& window, const QString& language)
    {
        QTimer::singleShot(0, this, [language] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* combo = dialog->findChild<QComboBox*>();
            combo->setCurrentIndex(combo->findText(language));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QAction* settings = nullptr;
        for (QAction* menu : window.menuBar()->actions())
            for (QAction* a : menu->menu()->actions())
                if (a->text() == QStringLiteral("&Settings…") || a->text() == QStringLiteral("设置(&S)…"))
                    settings = a;
        QVERIFY(settings);
        settings->trigger();
    }

private slots:
    void switchesWithoutRestart()
    {
        TestFile file(5);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setLanguage(AppSettings::Language::Chinese);
        Application::installTranslators(*qApp, settings);
        FixedClock clock(QDate(2021, 9, 10));
        Application app(*qApp, settings, clock);
        app.setRememberFiles(false);
        QString error;
        QVERIFY2(app.openFile(file.path, &error), qPrintable(error));
        MainWindow& window = app.window();
        window.show();
        QCOMPARE(firstPageTitle(window), QStringLiteral("活动计划"));
        QVERIFY2(menuTitles(window).contains(QStringLiteral("文件(&F)")),
                 qPrintable(menuTitles(window).join(u' ')));
        // Something to undo, made before the switch.
        QVERIFY(app.activityEditor()->remove({app.workspace()->activityModel()->activityAt(0).id}));
        QVERIFY(app.workspace()->undoStack()->canUndo());

        choose(window, QStringLiteral("English"));
        QCOMPARE(settings.language(), AppSettings::Language::English);
        QCOMPARE(firstPageTitle(window), QStringLiteral("Activity plan"));
        QVERIFY2(menuTitles(window).contains(QStringLiteral("&File")),
                 qPrintable(menuTitles(window).join(u' ')));
        QCOMPARE(menuTitles(window).size(), 4); // File, Edit, Tools, Help: the old bar is gone
        QVERIFY(app.workspace()->undoStack()->canUndo());
        app.workspace()->undoStack()->undo();
        QCOMPARE(app.workspace()->activityModel()->rowCount(), 5);

        choose(window, QStringLiteral("中文（简体）"));
        QCOMPARE(firstPageTitle(window), QStringLiteral("活动计划"));
        QVERIFY(menuTitles(window).contains(QStringLiteral("文件(&F)")));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
