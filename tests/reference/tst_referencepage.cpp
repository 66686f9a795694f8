#include "CampaignForm.h"
#include "DepartmentListModel.h"
#include "DepartmentRepository.h"
#include "NewCampaignDialog.h"
#include "PillarListModel.h"
#include "ReferenceEditor.h"
#include "ReferenceFixture.h"
#include "ReferenceListEditor.h"
#include "ReferencePage.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

// The 基础数据 page driven through its widgets on a real file: what the user types ends up in the
// file, what is refused says why and leaves the file alone.
class TestReferencePage : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2021, 9, 10)};

    // QTest::keyClicks only maps ASCII; Chinese arrives as key events that carry their text.
    static void typeText(QWidget* widget, const QString& text)
    {
        for (const QChar c : text) {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    std::unique_ptr<Workspace> openWorkspace(ReferenceFixture& f)
    {
        if (!f.create())
            return nullptr;
        f.db.reset(); // the workspace opens the file itself
        QString error;
        std::unique_ptr<Workspace> ws = Workspace::open(f.path, m_clock, &error);
        if (!ws)
            qWarning() << error;
        return ws;
    }

private slots:
    void addsDepartmentThroughWidgets()
    {
        ReferenceFixture f;
        std::unique_ptr<Workspace> ws = openWorkspace(f);
        QVERIFY(ws);
        ReferenceEditor reference(*ws);
        ReferencePage page(*ws, reference);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentIndex(ReferencePage::DepartmentsTab);
        ReferenceListEditor* editor = page.departmentsEditor();
        const int before = page.departmentModel()->rowCount();

        QTest::mouseClick(editor->nameEdit(), Qt::LeftButton);
        typeText(editor->nameEdit(), QStringLiteral("宣传股"));
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(page.departmentModel()->rowCount(), before + 1);
        QVERIFY(editor->nameEdit()->text().isEmpty());
        QCOMPARE(editor->view()->currentIndex().row(), before);
        QCOMPARE(ws->departments().size(), before + 1); // the workspace reloaded for other pages

        // A duplicate typed and confirmed with Enter is refused where the user looks.
        typeText(editor->nameEdit(), QStringLiteral("办公室"));
        QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
        QVERIFY2(editor->refusal().contains(QLatin1String("already exists")), qPrintable(editor->refusal()));
        QCOMPARE(editor->nameEdit()->text(), QStringLiteral("办公室"));
        QCOMPARE(page.departmentModel()->rowCount(), before + 1);

        QVERIFY(f.reopen());
        QString error;
        const QList<Department> stored = f.departments();
        QCOMPARE(stored.size(), before + 1);
        QCOMPARE(stored.last().name, QStringLiteral("宣传股"));
    }

    void refusesCampaignEndingBeforeItStarts()
    {
        ReferenceFixture f;
        std::unique_ptr<Workspace> ws = openWorkspace(f);
        QVERIFY(ws);
        ReferenceEditor reference(*ws);
        ReferencePage page(*ws, reference);
        page.tabs()->setCurrentIndex(ReferencePage::CampaignTab);
        auto* form = page.findChild<CampaignForm*>();
        QVERIFY(form);
        const QList<QDateEdit*> dates = form->findChildren<QDateEdit*>();
        QCOMPARE(dates.size(), 4); // issued on, start, end, summary due
        QDateEdit* end = dates[2];
        QCOMPARE(end->date(), QDate(2021, 9, 30));
        end->setDate(QDate(2021, 8, 1));
        QVERIFY2(form->refusal().contains(QLatin1String("end")), qPrintable(form->refusal()));
        QCOMPARE(ws->campaign().campaign.end, QDate(2021, 9, 30));
        end->setDate(QDate(2021, 10, 8));
        QVERIFY(form->refusal().isEmpty());
        QCOMPARE(ws->campaign().campaign.end, QDate(2021, 10, 8));

        // The change is on the workspace's undo stack like any activity edit.
        QCOMPARE(ws->undoStack()->undoText(), QStringLiteral("Edit campaign 2021"));
        ws->undoStack()->undo();
        QTRY_COMPARE(ws->campaign().campaign.end, QDate(2021, 9, 30));
        QCOMPARE(end->date(), QDate(2021, 9, 30));
        ws->undoStack()->redo();
        QTRY_COMPARE(ws->campaign().campaign.end, QDate(2021, 10, 8));
    }

    // The state is one more campaign field: saved at once, undone through the same stack.
    void editsCampaignStateWithUndo()
    {
        ReferenceFixture f;
        std::unique_ptr<Workspace> ws = openWorkspace(f);
        QVERIFY(ws);
        ReferenceEditor reference(*ws);
        ReferencePage page(*ws, reference);
        auto* form = page.findChild<CampaignForm*>();
        QVERIFY(form);
        auto* state = form->findChild<QComboBox*>();
        QVERIFY(state);
        QCOMPARE(state->count(), 4);
        QCOMPARE(state->currentData().toInt(), int(CampaignState::Planning));
        QVERIFY(ws->deadlineDay().isValid());
        state->setCurrentIndex(state->findData(int(CampaignState::Reported)));
        QCOMPARE(ws->campaign().campaign.state, CampaignState::Reported);
        QVERIFY(!ws->deadlineDay().isValid());
        ws->undoStack()->undo();
        QTRY_COMPARE(ws->campaign().campaign.state, CampaignState::Planning);
        QCOMPARE(state->currentData().toInt(), int(CampaignState::Planning));
        // 2021 is complete: no request to import its notice.
        QVERIFY(form->findChild<QLabel*>(QStringLiteral("contentMissing"))->isHidden());
        QVERIFY(form->findChild<QLabel*>(QStringLiteral("contentMissing"))
                    ->text()
                    .contains(QLatin1String("import")));
    }

    // The theme stays free text; the local wording for the unit's level is offered, not imposed.
    void offersLocalTheme()
    {
        ReferenceFixture f;
        std::unique_ptr<Workspace> ws = openWorkspace(f);
        QVERIFY(ws);
        ReferenceEditor reference(*ws);
        QString error;
        QVERIFY(reference.editUnit(
            {QStringLiteral("某市市场监督管理局"), QStringLiteral("某市"), UnitProfile::Level::Prefecture},
            &error));
        ReferencePage page(*ws, reference);
        auto* form = page.findChild<CampaignForm*>();
        form->reload();
        auto* hint = form->findChild<QLabel*>(QStringLiteral("themeSuggestion"));
        QVERIFY(hint && !hint->isHidden());
        QVERIFY2(hint->text().contains(QStringLiteral("大力推进质量强市建设")), qPrintable(hint->text()));
        emit hint->linkActivated(QStringLiteral("use"));
        QCOMPARE(ws->campaign().campaign.theme, QStringLiteral("深入实施质量提升行动 大力推进质量强市建设"));
        QVERIFY(hint->isHidden()); // nothing left to localise
        // Any other theme is accepted as typed.
        auto* theme = form->findChild<QLineEdit*>(QStringLiteral("theme"));
        theme->setText(QStringLiteral("质量：厚植文化 传递信任 构建新生态"));
        emit theme->editingFinished();
        QCOMPARE(ws->campaign().campaign.theme, QStringLiteral("质量：厚植文化 传递信任 构建新生态"));
        QVERIFY(form->refusal().isEmpty());
    }

    void newCampaignFromDialogSwitchesToTheCopy()
    {
        ReferenceFixture f;
        std::unique_ptr<Workspace> ws = openWorkspace(f);
        QVERIFY(ws);
        ReferenceEditor reference(*ws);
        ReferencePage page(*ws, reference);
        const qint64 source = ws->currentCampaignId();
        NewCampaignDialog dialog(*ws, reference, &page);
        QCOMPARE(dialog.yearBox()->value(), 2022);
        dialog.yearBox()->setValue(2021);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: 2021 exists
        dialog.yearBox()->setValue(2022);
        dialog.unfinishedBox()->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.createdCampaignId() != source);
        QCOMPARE(ws->currentCampaignId(), dialog.createdCampaignId());
        QCOMPARE(ws->campaign().campaign.year, 2022);
        QCOMPARE(ws->campaigns().size(), 2);
        // The page followed the switch: the campaign form shows the new year.
        QCOMPARE(page.findChild<CampaignForm*>()->findChild<QSpinBox*>()->value(), 2022);
    }

    void renamesInPlaceAndPicksPillarColour()
    {
        ReferenceFixture f;
        std::unique_ptr<Workspace> ws = openWorkspace(f);
        QVERIFY(ws);
        ReferenceEditor reference(*ws);
        ReferencePage page(*ws, reference);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Departments: click a name, F2, type over it, Enter.
        page.tabs()->setCurrentIndex(ReferencePage::DepartmentsTab);
        QTableView* view = page.departmentsEditor()->view();
        const QModelIndex second = view->model()->index(1, DepartmentListModel::NameColumn);
        const QPoint at = view->visualRect(second).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QTest::keyClick(view, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        typeText(editor, QStringLiteral("质量安全股"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(second.data().toString(), QStringLiteral("质量安全股")); // the delegate commits queued
        QCOMPARE(ws->departments()[1].name, QStringLiteral("质量安全股"));

        // Pillars: double-click the colour opens the picker; the chosen colour is saved.
        page.tabs()->setCurrentIndex(ReferencePage::PillarsTab);
        auto* pillars = page.tabs()->currentWidget()->findChild<QTableView*>();
        QVERIFY(pillars);
        const QModelIndex colour = pillars->model()->index(0, PillarListModel::ColourColumn);
        bool picked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QColorDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setCurrentColor(QColor(0x11, 0x88, 0x44));
            dialog->accept();
            picked = true;
        });
        // QTest's double-click is one event; a real one follows a press, which the view requires.
        const QPoint swatch = pillars->visualRect(colour).center();
        QTest::mouseClick(pillars->viewport(), Qt::LeftButton, {}, swatch);
        QTest::mouseDClick(pillars->viewport(), Qt::LeftButton, {}, swatch);
        QVERIFY(picked);
        QCOMPARE(colour.data(Qt::EditRole).toString(), QStringLiteral("#118844"));
        QCOMPARE(ws->campaign().pillars[0].colour, QStringLiteral("#118844"));
    }

    // Every tab shows its data; with CP_SCREENSHOT_DIR set, each is saved as seen at 1366×768.
    void everyTabShowsItsData()
    {
        ReferenceFixture f;
        std::unique_ptr<Workspace> ws = openWorkspace(f);
        QVERIFY(ws);
        ReferenceEditor reference(*ws);
        ReferencePage page(*ws, reference);
        page.resize(1366, 768);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QList<int> rows{-1, 3, 5, 20, 10, 13}; // unit and campaign tabs: requirements only
        const QString shots = qEnvironmentVariable("CP_SCREENSHOT_DIR");
        for (int tab = 0; tab < page.tabs()->count(); ++tab) {
            page.tabs()->setCurrentIndex(tab);
            QWidget* current = page.tabs()->currentWidget();
            const QList<QTableView*> views = current->findChildren<QTableView*>();
            if (rows[tab] >= 0) {
                QCOMPARE(views.size(), 1);
                QCOMPARE(views.first()->model()->rowCount(), rows[tab]);
                views.first()->setCurrentIndex(views.first()->model()->index(0, 0));
            }
            const QPixmap shot = page.grab();
            QCOMPARE(shot.size(), QSize(1366, 768));
            if (!shots.isEmpty())
                QVERIFY(shot.save(QDir(shots).filePath(QStringLiteral("reference-%1.png").arg(tab))));
        }
    }
};

QTEST_MAIN(TestReferencePage)
#include "tst_referencepage.moc"
