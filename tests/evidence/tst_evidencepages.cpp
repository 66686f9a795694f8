#include "../package/PackageFixture.h"

#include "ActivityEditor.h"
#include "ActivityRepository.h"
#include "AttachmentRepository.h"

#include "ActivityTableModel.h"
#include "AttachmentListModel.h"
#include "ConsolidatedModel.h"
#include "EvidenceCheck.h"
#include "EvidenceCheckTile.h"
#include "EvidenceEditor.h"
#include "EvidenceFiles.h"
#include "EvidenceGallery.h"
#include "PackagePage.h"
#include "ThumbnailLoader.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace PackageFixture;

// The gallery in the activity detail and the report package page, offscreen over real campaign files.
class TestEvidencePages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDate(2021, 9, 20)};

    void save(QWidget* w, const QString& name)
    {
        const QString out = qEnvironmentVariable("CP_SCREENSHOTS");
        if (!out.isEmpty())
            w->grab().save(out + QLatin1Char('/') + name);
    }

private slots:
    void galleryAttachesShowsThumbnailsAndPicksReportPhotos()
    {
        const QString path = m_dir.filePath(QStringLiteral("g.campaign"));
        createUnit(path, QStringLiteral("某县市场监管局"), 3);
        QString error;
        auto ws = Workspace::open(path, m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        const QList<Activity> acts = activities(ws->database());
        EvidenceEditor evidence(*ws);
        EvidenceGallery gallery(evidence);
        gallery.resize(520, 360);
        QAbstractItemModelTester tester(gallery.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        gallery.showActivity(acts[0].id);
        QVERIFY(gallery.isEnabled());
        QSignalSpy changed(&gallery, &EvidenceGallery::evidenceChanged);
        QVERIFY(
            gallery.attach({writeFile(m_dir.filePath(QStringLiteral("开幕式现场.jpg")), jpeg(Qt::darkCyan)),
                            writeFile(m_dir.filePath(QStringLiteral("签到表.pdf")), "%PDF-1.4")}));
        QCOMPARE(changed.count(), 1);
        AttachmentListModel* model = gallery.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("开幕式现场"));
        // The thumbnail is made on the thread pool and arrives as a dataChanged.
        model->index(0).data(Qt::DecorationRole);
        QTRY_VERIFY(!model->index(0).data(Qt::DecorationRole).value<QImage>().isNull());
        QVERIFY(!model->index(1).data(Qt::DecorationRole).value<QImage>().isNull()); // a "PDF" card
        QCOMPARE(model->index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model->setData(model->index(0), QStringLiteral("开幕式"), Qt::EditRole));
        gallery.show();
        save(&gallery, QStringLiteral("gallery.png"));

        // Dropping files from a file manager attaches them.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(writeFile(m_dir.filePath(QStringLiteral("拖入.png")), "png"))});
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        // Straight to the widget: QApplication only routes drops that a real drag started.
        static_cast<QObject*>(&gallery)->event(&drop);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(2).data(AttachmentListModel::FileNameRole).toString(),
                 QStringLiteral("拖入.png"));
        QVERIFY(model->remove({2}, &error));

        // A refused file leaves a visible reason and no new row.
        QVERIFY(!gallery.attach({writeFile(m_dir.filePath(QStringLiteral("x.exe")), "MZ")}));
        QCOMPARE(model->rowCount(), 2);

        // What was picked is in the file: another model over the same activity sees it.
        AttachmentListModel again(evidence);
        QVERIFY(again.setActivity(acts[0].id, &error));
        QCOMPARE(again.at(0).caption, QStringLiteral("开幕式"));
        QVERIFY(again.at(0).inReport);
    }

    // Attach, remove and caption edits are steps on the workspace's undo stack, and each step is in the
    // file at once; the removed content stays stored until the file closes, so undo finds it.
    void galleryChangesUndoAndRedo()
    {
        const QString path = m_dir.filePath(QStringLiteral("undo.campaign"));
        createUnit(path, QStringLiteral("某县市场监管局"), 2);
        QString error;
        auto ws = Workspace::open(path, m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        const qint64 activity = activities(ws->database()).first().id;
        EvidenceEditor evidence(*ws);
        EvidenceGallery gallery(evidence);
        gallery.resize(520, 360);
        gallery.show();
        gallery.showActivity(activity);
        AttachmentListModel* model = gallery.model();
        QUndoStack* undo = ws->undoStack();
        auto inFile = [&] {
            QList<Attachment> rows;
            if (!AttachmentRepository(ws->database()).forActivity(activity, &rows, &error))
                qFatal("%s", qPrintable(error));
            return rows;
        };

        QVERIFY(gallery.attach({writeFile(m_dir.filePath(QStringLiteral("现场一.jpg")), jpeg(Qt::red)),
                                writeFile(m_dir.filePath(QStringLiteral("现场二.jpg")), jpeg(Qt::green))}));
        QCOMPARE(undo->undoText(), QStringLiteral("Attach 2 File(s)"));
        const QList<Attachment> attached = inFile();
        QCOMPARE(attached.size(), 2);
        undo->undo();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(inFile().isEmpty());
        undo->redo();
        QCOMPARE(inFile(), attached); // same ids and uuids, content still stored
        QCOMPARE(model->rowCount(), 2);

        // Remove through the button, with the first photo selected.
        auto* view = gallery.findChild<QListView*>();
        view->selectionModel()->select(model->index(0), QItemSelectionModel::ClearAndSelect);
        QPushButton* remove = nullptr;
        for (QPushButton* b : gallery.findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Remove"))
                remove = b;
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(inFile().size(), 1);
        QVERIFY(QFile::exists(EvidenceFiles::pathOf(ws->database(), attached[0]))); // kept for undo
        undo->undo();
        QCOMPARE(inFile(), attached);
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("现场一"));

        QVERIFY(model->setData(model->index(1), QStringLiteral("颁奖仪式"), Qt::EditRole));
        QCOMPARE(inFile()[1].caption, QStringLiteral("颁奖仪式"));
        undo->undo();
        QCOMPARE(inFile()[1].caption, QStringLiteral("现场二"));
        QCOMPARE(model->index(1).data().toString(), QStringLiteral("现场二"));

        // Removed for good (the Delete key this time): once the file closes, content nothing names any
        // more is gone.
        undo->redo();
        QApplication::setActiveWindow(&gallery);
        QVERIFY(QTest::qWaitForWindowActive(&gallery));
        view->setFocus();
        view->selectionModel()->select(model->index(0), QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(model->rowCount(), 1);
        const QString orphan = EvidenceFiles::pathOf(ws->database(), attached[0]);
        const QString kept = EvidenceFiles::pathOf(ws->database(), attached[1]);
        QVERIFY(QFile::exists(orphan));
        ws.reset();
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(QFile::exists(kept));
    }

    void completedWithoutPhotoIsFlaggedAndCounted()
    {
        const QString path = m_dir.filePath(QStringLiteral("check.campaign"));
        {
            auto db = createUnit(path, QStringLiteral("某县"), 4);
            QList<Activity> acts = activities(*db);
            QString error;
            for (Activity& a : acts)
                a.status = ActivityStatus::Done;
            acts[3].status = ActivityStatus::InProgress;
            QVERIFY(ActivityRepository(*db).update(acts, &error));
        }
        QString error;
        auto ws = Workspace::open(path, m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        EvidenceEditor evidence(*ws);
        EvidenceGallery gallery(evidence);
        EvidenceCheck evidenceCheck(*ws, evidence);
        EvidenceCheckTile tile(evidenceCheck);
        EvidenceCheck* check = &evidenceCheck;
        QCOMPARE(check->count(), 3);
        ActivityTableModel* table = ws->activityModel();
        const qint64 first = table->activityAt(0).id;
        QVERIFY(table->index(0, ActivityTableModel::StatusColumn)
                    .data(ActivityTableModel::MissingPhotoRole)
                    .toBool());
        QVERIFY(!table->index(3, ActivityTableModel::StatusColumn)
                     .data(ActivityTableModel::MissingPhotoRole)
                     .toBool());
        QVERIFY(tile.text().contains(QLatin1String(">3<")));

        gallery.showActivity(first);
        QVERIFY(gallery.attach({writeFile(m_dir.filePath(QStringLiteral("证据.jpg")), jpeg(Qt::yellow))}));
        QCOMPARE(check->count(), 2);
        QVERIFY(!table->index(0, ActivityTableModel::StatusColumn)
                     .data(ActivityTableModel::MissingPhotoRole)
                     .toBool());
        QVERIFY(tile.text().contains(QLatin1String(">2<")));
        // A document is not a photo: the activity stays flagged.
        gallery.showActivity(table->activityAt(1).id);
        QVERIFY(gallery.attach({writeFile(m_dir.filePath(QStringLiteral("记录.pdf")), "%PDF")}));
        QCOMPARE(check->count(), 2);
        tile.resize(300, 120);
        save(&tile, QStringLiteral("evidence-tile.png"));
    }

    void packagePageImportsAndRollsUp()
    {
        const QString county = m_dir.filePath(QStringLiteral("county.campaign"));
        QString error;
        {
            auto db = createUnit(county, QStringLiteral("某县市场监管局"), 6);
            QVERIFY(exportPackage(*db, m_dir.filePath(QStringLiteral("county.zip")), &error));
        }
        const QString upper = m_dir.filePath(QStringLiteral("city.campaign"));
        createUnit(upper, QStringLiteral("某市市场监管局"), 4);
        auto ws = Workspace::open(upper, m_clock, &error);
        QVERIFY2(ws, qPrintable(error));
        ActivityEditor activityEditor(*ws);
        PackagePage page(*ws, activityEditor);
        page.resize(1100, 700);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 2); // this unit and the total
        QVERIFY(!page.importFrom(m_dir.filePath(QStringLiteral("county.campaign")))); // not a zip
        QVERIFY(page.importFrom(m_dir.filePath(QStringLiteral("county.zip"))));
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.model()->index(1, ConsolidatedModel::Unit).data().toString(),
                 QStringLiteral("某县市场监管局"));
        QCOMPARE(page.model()->index(1, ConsolidatedModel::Total).data().toInt(), 6);
        QCOMPARE(page.model()->index(2, ConsolidatedModel::Total).data().toInt(), 10);
        QCOMPARE(page.model()->rollUp().total, 10);
        page.findChild<QTableView*>()->selectRow(1);
        auto* activities = page.findChild<QTableView*>(QStringLiteral("unitActivities"));
        QVERIFY(activities);
        QTRY_COMPARE_WITH_TIMEOUT(activities->model()->rowCount(), 6, 10000); // read on another thread
        page.show();
        save(&page, QStringLiteral("package-page.png"));

        QVERIFY(page.exportTo(m_dir.filePath(QStringLiteral("city.zip"))));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("city.zip"))).size() > 0);
    }
};

QTEST_MAIN(TestEvidencePages)
#include "tst_evidencepages.moc"
