#include "AppSettings.h"
#include "HelpDialog.h"
#include "MainWindow.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

// The user guide shipped in the program: every view has a page in both languages, every link and
// picture a page names exists, and F1 opens the current view's page.
class TestHelp : public QObject
{
    Q_OBJECT

    const QStringList m_views{QStringLiteral("activities"), QStringLiteral("dashboard"),
                              QStringLiteral("reference"),  QStringLiteral("timeline"),
                              QStringLiteral("calendar"),   QStringLiteral("publicity"),
                              QStringLiteral("reports"),    QStringLiteral("package")};

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void everyLinkExists_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China);
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
    }

    void everyLinkExists()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        const QString folder = QStringLiteral(":/help/") + HelpDialog::language() + QLatin1Char('/');
        const QStringList pages = HelpDialog::pages();
        QVERIFY(pages.contains(QStringLiteral("index.html")));
        for (const QString& view : m_views)
            QVERIFY2(pages.contains(view + QStringLiteral(".html")), qPrintable(view));
        const QRegularExpression ref(QStringLiteral("(href|src)=\"([^\"]+)\""));
        int images = 0;
        for (const QString& page : pages) {
            QFile f(folder + page);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(f.readAll());
            for (auto it = ref.globalMatch(html); it.hasNext();) {
                const QString target = it.next().captured(2);
                const QString path =
                    target.startsWith(QLatin1String("qrc:")) ? target.mid(3) : folder + target;
                QVERIFY2(QFile::exists(path), qPrintable(page + QStringLiteral(" → ") + target));
                images += target.endsWith(QLatin1String(".png")) ? 1 : 0;
            }
        }
        QVERIFY(images >= m_views.size()); // illustrated: at least one picture a view
    }

    void pageForView()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(HelpDialog::pageFor(QStringLiteral("timeline")), QStringLiteral("timeline.html"));
        QCOMPARE(HelpDialog::pageFor(QStringLiteral("no-such-view")), QStringLiteral("index.html"));
        QCOMPARE(HelpDialog::pageFor(QString()), QStringLiteral("index.html"));
        HelpDialog dialog;
        dialog.showPage(QStringLiteral("calendar"));
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("日历")));
    }

    void f1OpensTheCurrentViewsPage()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.addPage(QStringLiteral("activities"), QStringLiteral("Activities"), {}, new QWidget);
        window.addPage(QStringLiteral("dashboard"), QStringLiteral("Dashboard"), {}, new QWidget);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("dashboard"));
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(window.helpDialog());
        QTRY_VERIFY(window.helpDialog()->isVisible());
        QCOMPARE(window.helpDialog()->browser()->source().fileName(), QStringLiteral("dashboard.html"));
        QVERIFY(window.helpDialog()->browser()->toPlainText().contains(QLatin1String("Dashboard")));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
