#include "ActivitiesPage.h"
#include "ActivityDetailPanel.h"
#include "ActivityEditor.h"
#include "ActivityFilterBar.h"
#include "ActivityFilterModel.h"
#include "ActivityRepository.h"
#include "ActivityTableModel.h"
#include "ActivityTableView.h"
#include "AppSettings.h"
#include "BulletinEditor.h"
#include "EvidenceEditor.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "TestFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

// The activity plan driven like a user would: double-click a cell, type, press Return, undo from
// the Edit menu, and then read the file again to see what really landed there.
class TestActivitiesPage : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2021, 9, 15)};
    std::unique_ptr<TestFile> m_file;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ActivityEditor> m_editor;
    std::unique_ptr<EvidenceEditor> m_evidence;
    std::unique_ptr<BulletinEditor> m_bulletins;
    std::unique_ptr<MainWindow> m_window;
    ActivitiesPage* m_page = nullptr;

    Activity stored(qint64 id) const
    {
        QString error;
        auto db = Database::open(m_file->path, &error);
        Activity a;
        if (!db || !ActivityRepository(*db).load(id, &a, &error))
            qFatal("cannot read back activity %lld: %s", id, qPrintable(error));
        return a;
    }

    QAction* editAction(const QString& prefix) const
    {
        for (QAction* menu : m_window->menuBar()->actions())
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    if (a->text().startsWith(prefix))
                        return a;
        return nullptr;
    }

    // QTest::keyClicks only knows ASCII; Chinese arrives as key events carrying text, as from an IME.
    static void typeText(QWidget* w, const QString& text)
    {
        for (QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(w, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    // The delegate commits a queued call after Return; let it run.
    static void pressReturn(QWidget* editor)
    {
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    // Double-clicks the cell and returns the editor that opened.
    QWidget* openEditor(int row, int column)
    {
        ActivityTableView* view = m_page->view();
        const QModelIndex index = view->model()->index(row, column);
        view->scrollTo(index);
        const QPoint at = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QWidget* editor = QApplication::focusWidget();
        // The cell editor lives inside the view; anything else means no editor opened.
        return editor && view->viewport()->isAncestorOf(editor) ? editor : nullptr;
    }

private slots:
    void init()
    {
        m_file = std::make_unique<TestFile>(60);
        m_settings = std::make_unique<AppSettings>(m_file->dir.filePath(QStringLiteral("settings.ini")));
        m_ws = m_file->open(m_clock);
        m_editor = std::make_unique<ActivityEditor>(*m_ws);
        m_evidence = std::make_unique<EvidenceEditor>(*m_ws);
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->setWorkspace(m_ws.get());
        m_bulletins = std::make_unique<BulletinEditor>(*m_ws);
        m_page = new ActivitiesPage(*m_ws, *m_editor, *m_evidence, *m_bulletins);
        m_window->addPage(QStringLiteral("activities"), QStringLiteral("活动计划"), {}, m_page);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_bulletins.reset();
        m_evidence.reset();
        m_editor.reset();
        m_ws.reset();
        m_settings.reset();
        m_file.reset();
    }

    void editCellUndoAndReopen()
    {
        const QModelIndex cell = m_page->view()->model()->index(2, ActivityTableModel::TitleColumn);
        const qint64 id = cell.data(ActivityTableModel::IdRole).toLongLong();
        const QString before = cell.data().toString();

        auto* editor = qobject_cast<QLineEdit*>(openEditor(2, ActivityTableModel::TitleColumn));
        QVERIFY(editor);
        editor->selectAll();
        typeText(editor, QStringLiteral("质量开放日活动"));
        pressReturn(editor);

        QCOMPARE(stored(id).title, QStringLiteral("质量开放日活动"));
        QAction* undo = editAction(QStringLiteral("&Undo"));
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Edit Title"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(stored(id).title, before);
        QCOMPARE(m_page->view()->model()->index(2, ActivityTableModel::TitleColumn).data().toString(),
                 before);
        // The detail panel follows the current row and shows the restored value.
        QCOMPARE(m_page->detailPanel()->activityId(), id);
    }

    // The detail panel lists the activity's history, newest first, and shows the edit and its undo.
    void detailPanelShowsHistory()
    {
        const QModelIndex cell = m_page->view()->model()->index(2, ActivityTableModel::TitleColumn);
        const qint64 id = cell.data(ActivityTableModel::IdRole).toLongLong();
        m_page->view()->selectIds({id});
        QCOMPARE(m_page->detailPanel()->activityId(), id);
        QListView* history = m_page->detailPanel()->historyView();
        QVERIFY(history);
        QVERIFY(history->isVisibleTo(m_window.get()));
        QCOMPARE(history->model()->rowCount(), 1);
        QVERIFY2(history->model()->index(0, 0).data().toString().endsWith(QLatin1String("Created")),
                 qPrintable(history->model()->index(0, 0).data().toString()));

        const QString before = cell.data().toString();
        auto* editor = qobject_cast<QLineEdit*>(openEditor(2, ActivityTableModel::TitleColumn));
        QVERIFY(editor);
        editor->selectAll();
        typeText(editor, QStringLiteral("质量开放日"));
        pressReturn(editor);
        QCOMPARE(history->model()->rowCount(), 2);
        const QString edited = history->model()->index(0, 0).data().toString();
        QVERIFY2(edited.endsWith(QStringLiteral("Activity: %1 → 质量开放日").arg(before)),
                 qPrintable(edited));
        // Shown, not just held: the view has a painted row for it.
        QVERIFY(history->visualRect(history->model()->index(0, 0)).height() > 0);

        editAction(QStringLiteral("&Undo"))->trigger();
        QCOMPARE(history->model()->rowCount(), 3);
        QVERIFY(history->model()->index(0, 0).data().toString().endsWith(
            QStringLiteral("Activity: 质量开放日 → %1").arg(before)));
        editAction(QStringLiteral("&Redo"))->trigger();
        QCOMPARE(history->model()->rowCount(), 4);
    }

    void progressThroughSpinBox()
    {
        const qint64 id = m_page->view()->model()->index(4, 0).data(ActivityTableModel::IdRole).toLongLong();
        QWidget* editor = openEditor(4, ActivityTableModel::ProgressColumn);
        QVERIFY(editor);
        auto* spin = qobject_cast<QSpinBox*>(editor);
        if (!spin)
            spin = qobject_cast<QSpinBox*>(editor->parentWidget());
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("55"));
        pressReturn(spin);
        QCOMPARE(stored(id).progress, 55);
    }

    void invalidEditShowsReason()
    {
        const QModelIndex cell = m_page->view()->model()->index(1, ActivityTableModel::TitleColumn);
        const qint64 id = cell.data(ActivityTableModel::IdRole).toLongLong();
        const QString before = stored(id).title;
        auto* editor = qobject_cast<QLineEdit*>(openEditor(1, ActivityTableModel::TitleColumn));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Backspace);
        pressReturn(editor);
        QVERIFY(m_page->messageBar()->isVisible());
        QVERIFY(m_page->messageBar()->text().contains(QStringLiteral("title")));
        QCOMPARE(stored(id).title, before);
        QCOMPARE(m_ws->undoStack()->count(), 0);
    }

    void searchFiltersAfterTyping()
    {
        QLineEdit* search = m_page->filterBar()->searchField();
        typeText(search, QStringLiteral("社区"));
        ActivityFilter expected;
        expected.text = QStringLiteral("社区");
        int matching = 0;
        for (const Activity& a : m_ws->activityModel()->activities())
            matching += expected.matches(a, m_clock.today());
        QVERIFY(matching > 0 && matching < 60);
        QTRY_COMPARE(m_page->filterModel()->rowCount(), matching);
    }

    void deleteAfterConfirmationAndUndo()
    {
        const qint64 id = m_page->view()->model()->index(0, 0).data(ActivityTableModel::IdRole).toLongLong();
        m_page->view()->selectIds({id});
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        m_page->deleteSelected();
        QCOMPARE(m_ws->activityModel()->rowOfId(id), -1);
        qint64 count = 0;
        QString error;
        QVERIFY(ActivityRepository(m_ws->database()).count(0, &count, &error));
        QCOMPARE(count, 59);
        m_ws->undoStack()->undo();
        QCOMPARE(stored(id).id, id);
    }

    void showActivityClearsAHidingFilter()
    {
        // The timeline, calendar and deadline lists open one activity this way.
        const QList<Activity>& all = m_ws->activityModel()->activities();
        ActivityFilter onlyFirst;
        onlyFirst.text = all.first().title;
        m_page->applyFilter(onlyFirst);
        qint64 hidden = 0;
        for (const Activity& a : all)
            if (!onlyFirst.matches(a, m_clock.today()))
                hidden = a.id;
        QVERIFY(hidden != 0);
        m_page->showActivity(hidden);
        QCOMPARE(m_page->filterModel()->rowCount(), 60);
        QCOMPARE(m_page->view()->currentIndex().data(ActivityTableModel::IdRole).toLongLong(), hidden);
        QCOMPARE(m_page->detailPanel()->activityId(), hidden);
    }

    // What a user sees, painted offscreen: the page, both cell editors, a filtered grouped view. The
    // PNGs go to CP_SCREENSHOT_DIR when set (to look at), else to a scratch folder.
    void screenshots()
    {
        QTemporaryDir scratch;
        const QString dir = qEnvironmentVariable("CP_SCREENSHOT_DIR", scratch.path());
        auto shoot = [&](const QString& name) {
            const QImage shot = m_window->grab().toImage();
            QVERIFY(shot.save(dir + QLatin1Char('/') + name));
            QCOMPARE(shot.size(), m_window->size() * shot.devicePixelRatio());
            QSet<QRgb> colours; // a real frame, not an empty window
            for (int y = 0; y < shot.height(); y += 16)
                for (int x = 0; x < shot.width(); x += 16)
                    colours.insert(shot.pixel(x, y));
            QVERIFY2(colours.size() > 8, qPrintable(name));
        };
        m_page->view()->selectIds({m_ws->activityModel()->activityAt(3).id});
        shoot(QStringLiteral("activities-1366x768.png"));
        openEditor(5, ActivityTableModel::DatesColumn);
        shoot(QStringLiteral("activities-date-editor.png"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        openEditor(5, ActivityTableModel::AssistingColumn);
        shoot(QStringLiteral("activities-assisting-editor.png"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        ActivityFilter f;
        f.text = QStringLiteral("宣传");
        m_page->applyFilter(f);
        m_page->filterModel()->setGroupByPillar(true);
        shoot(QStringLiteral("activities-filtered-grouped.png"));
    }
};

QTEST_MAIN(TestActivitiesPage)
#include "tst_activitiespage.moc"
