#include "../models/TestFile.h"

#include "AppSettings.h"
#include "Application.h"
#include "CampaignForm.h"
#include "CampaignRepository.h"
#include "MainWindow.h"
#include "ProfileRepository.h"
#include "PublicityPage.h"
#include "ReferencePage.h"
#include "ReportExport.h"
#include "SloganListModel.h"
#include "UnitProfileForm.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

// Reference data edited on a page, the pages rebuilt by a language switch, then the edit undone: the
// file, the workspace (what exports read) and the rebuilt pages all show the value from before the
// edit. The pages that recorded the edit are gone by then, so the undo must not depend on them.
class TestReferenceUndo : public QObject
{
    Q_OBJECT

    struct Session
    {
        TestFile file{3};
        QTemporaryDir dir;
        AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
        FixedClock clock{QDate(2021, 9, 10)};
        std::unique_ptr<Application> app;

        bool start()
        {
            settings.setLanguage(AppSettings::Language::Chinese);
            Application::installTranslators(*qApp, settings);
            app = std::make_unique<Application>(*qApp, settings, clock);
            app->setRememberFiles(false);
            QString error;
            if (!app->openFile(file.path, &error)) {
                qWarning() << error;
                return false;
            }
            app->window().show();
            return true;
        }
        Workspace& ws() const { return *app->workspace(); }
        template <typename Page> Page* page(const QString& id) const
        {
            return qobject_cast<Page*>(app->window().page(id));
        }
        // With CP_SCREENSHOT_DIR set, the window showing page `id` is saved as seen.
        void shoot(const QString& id, const QString& name, int tab = -1) const
        {
            const QString dir = qEnvironmentVariable("CP_SCREENSHOT_DIR");
            if (dir.isEmpty())
                return;
            MainWindow& window = app->window();
            window.resize(1280, 760);
            window.showPage(id);
            if (auto* reference = qobject_cast<ReferencePage*>(window.page(id)); reference && tab >= 0)
                reference->tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            if (!window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))))
                qWarning() << "cannot save" << name;
        }
        // Settings › Language as the dialog applies it: every page is built again.
        void switchLanguage()
        {
            settings.setLanguage(AppSettings::Language::English);
            app->applyLanguage();
        }
        // The file as another program would read it, after the window let go of it.
        CampaignContent storedCampaign(qint64 campaignId)
        {
            app.reset();
            QString error;
            std::unique_ptr<Database> db = Database::open(file.path, &error);
            CampaignContent content;
            if (!db || !CampaignRepository(*db).load(campaignId, &content, &error))
                qWarning() << error;
            return content;
        }
        UnitProfile storedUnit()
        {
            app.reset();
            QString error;
            std::unique_ptr<Database> db = Database::open(file.path, &error);
            UnitProfile unit;
            if (!db || !ProfileRepository(*db).load(&unit, &error))
                qWarning() << error;
            return unit;
        }
    };

    static QString planCsv(const CampaignSnapshot& snapshot)
    {
        ReportOptions options;
        options.kind = ReportOptions::Kind::Plan;
        options.format = ReportOptions::Format::Csv;
        options.today = QDate(2021, 9, 10);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!ReportExport::write(snapshot, options, &buffer, &error))
            qWarning() << error;
        return QString::fromUtf8(buffer.data());
    }

    static void undo(Workspace& ws)
    {
        ws.undoStack()->undo();
        QCoreApplication::processEvents(); // whatever an undo leaves queued has run
        QCoreApplication::processEvents();
    }

private slots:
    void campaignThemeAfterLanguageSwitch()
    {
        Session s;
        QVERIFY(s.start());
        const qint64 campaignId = s.ws().currentCampaignId();
        const QString before = s.ws().campaign().campaign.theme;
        const QString edited = QStringLiteral("质量：厚植文化 传递信任");
        auto* form = s.page<ReferencePage>(QStringLiteral("reference"))->findChild<CampaignForm*>();
        QVERIFY(form);
        auto* theme = form->findChild<QLineEdit*>(QStringLiteral("theme"));
        theme->setText(edited);
        emit theme->editingFinished();
        QCOMPARE(s.ws().campaign().campaign.theme, edited);
        s.shoot(QStringLiteral("reference"), QStringLiteral("campaign-edited"), ReferencePage::CampaignTab);

        s.switchLanguage();
        QVERIFY(s.ws().undoStack()->canUndo());
        undo(s.ws());
        QCOMPARE(s.ws().campaign().campaign.theme, before);
        QCOMPARE(s.ws().snapshot().campaign.campaign.theme, before);
        auto* rebuilt = s.page<ReferencePage>(QStringLiteral("reference"))->findChild<CampaignForm*>();
        QVERIFY(rebuilt && rebuilt != form);
        QCOMPARE(rebuilt->findChild<QLineEdit*>(QStringLiteral("theme"))->text(), before);
        s.shoot(QStringLiteral("reference"), QStringLiteral("campaign-undone-english"),
                ReferencePage::CampaignTab);

        s.ws().undoStack()->redo();
        QCOMPARE(s.ws().campaign().campaign.theme, edited);
        undo(s.ws());
        QCOMPARE(s.storedCampaign(campaignId).campaign.theme, before);
    }

    void pillarAfterLanguageSwitch()
    {
        Session s;
        QVERIFY(s.start());
        const qint64 campaignId = s.ws().currentCampaignId();
        const QString before = s.ws().campaign().pillars.first().title;
        const QString edited = QStringLiteral("（一）改过的活动内容");
        auto* page = s.page<ReferencePage>(QStringLiteral("reference"));
        QWidget* pillarsTab = page->tabs()->widget(ReferencePage::PillarsTab);
        QAbstractItemModel* pillars = pillarsTab->findChild<QTableView*>()->model();
        QVERIFY(pillars->setData(pillars->index(0, 0), edited));
        QCOMPARE(s.ws().campaign().pillars.first().title, edited);
        QVERIFY(planCsv(s.ws().snapshot()).contains(edited));
        s.shoot(QStringLiteral("reference"), QStringLiteral("pillars-edited"), ReferencePage::PillarsTab);

        s.switchLanguage();
        QVERIFY(s.ws().undoStack()->canUndo());
        undo(s.ws());
        QCOMPARE(s.ws().campaign().pillars.first().title, before);
        const QString csv = planCsv(s.ws().snapshot());
        QVERIFY(csv.contains(before));
        QVERIFY(!csv.contains(edited));
        page = s.page<ReferencePage>(QStringLiteral("reference"));
        pillarsTab = page->tabs()->widget(ReferencePage::PillarsTab);
        QCOMPARE(pillarsTab->findChild<QTableView*>()->model()->index(0, 0).data().toString(), before);
        s.shoot(QStringLiteral("reference"), QStringLiteral("pillars-undone-english"),
                ReferencePage::PillarsTab);
        QCOMPARE(s.storedCampaign(campaignId).pillars.first().title, before);
    }

    void sloganAfterLanguageSwitch()
    {
        Session s;
        QVERIFY(s.start());
        const qint64 campaignId = s.ws().currentCampaignId();
        QVERIFY(!s.ws().campaign().slogans.isEmpty());
        const QString before = s.ws().campaign().slogans.first().text;
        const QString edited = QStringLiteral("质量第一 人人有责");
        auto* page = s.page<PublicityPage>(QStringLiteral("publicity"));
        SloganListModel* slogans = page->sloganModel();
        QVERIFY(slogans->setData(slogans->index(0), edited));
        QCOMPARE(s.ws().campaign().slogans.first().text, edited);
        s.shoot(QStringLiteral("publicity"), QStringLiteral("publicity-edited"));

        s.switchLanguage();
        QVERIFY(s.ws().undoStack()->canUndo()); // a slogan edit is undoable like any other
        undo(s.ws());
        QCOMPARE(s.ws().campaign().slogans.first().text, before);
        QCOMPARE(s.ws().snapshot().campaign.slogans.first().text, before);
        page = s.page<PublicityPage>(QStringLiteral("publicity"));
        QCOMPARE(page->sloganModel()->index(0).data().toString(), before);
        s.shoot(QStringLiteral("publicity"), QStringLiteral("publicity-undone-english"));
        QCOMPARE(s.storedCampaign(campaignId).slogans.first().text, before);
    }

    void unitAfterLanguageSwitch()
    {
        Session s;
        QVERIFY(s.start());
        const QString before = s.ws().unit().name;
        const QString edited = QStringLiteral("清河县市场监督管理局");
        auto* form = s.page<ReferencePage>(QStringLiteral("reference"))->findChild<UnitProfileForm*>();
        QVERIFY(form);
        auto* name = form->findChildren<QLineEdit*>().first();
        name->setText(edited);
        emit name->editingFinished();
        QCOMPARE(s.ws().unit().name, edited);

        s.switchLanguage();
        QVERIFY(s.ws().undoStack()->canUndo());
        undo(s.ws());
        QCOMPARE(s.ws().unit().name, before);
        QCOMPARE(s.ws().snapshot().unit.name, before);
        QCOMPARE(s.storedUnit().name, before);
    }
};

QTEST_MAIN(TestReferenceUndo)
#include "tst_referenceundo.moc"
