// The import wizard driven through its widgets: a workbook written by openpyxl is read on the worker,
// previewed, a column's role and a group's pillar corrected, and imported as one undo step.
#include "../models/TestFile.h"

#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "ImportWizard.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QUndoStack>

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_inputs;

    static QComboBox* comboIn(QTableWidget* table, int row, int column)
    {
        return qobject_cast<QComboBox*>(table->cellWidget(row, column));
    }

private slots:
    void initTestCase()
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(CP_IMPORT_TESTS "/make_inputs.py"), m_inputs.path()});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }

    void previewCorrectAndImport()
    {
        TestFile file;
        FixedClock clock(QDate(2021, 8, 20));
        std::unique_ptr<Workspace> ws = file.open(clock);
        ActivityEditor activities(*ws);
        ImportWizard wizard(*ws, activities, ImportWizard::Target::OwnPlan);
        wizard.show();
        QSignalSpy loaded(&wizard, &ImportWizard::loaded);
        wizard.openFile(m_inputs.filePath(QStringLiteral("plan.xlsx")));
        QVERIFY(loaded.wait(30000));

        auto* table = wizard.findChild<QComboBox*>(QStringLiteral("table"));
        QCOMPARE(table->count(), 2);
        QVERIFY(table->currentText().startsWith(QStringLiteral("活动安排表"))); // not the notes sheet
        auto* preview = wizard.findChild<QTableView*>(QStringLiteral("preview"));
        QCOMPARE(preview->model()->rowCount(), 4);
        QVERIFY(wizard.summaryText().contains(QLatin1Char('4')));
        auto* problems = wizard.findChild<QListWidget*>(QStringLiteral("problems"));
        QVERIFY(problems->count() > 0);

        // The 备注 column (H) becomes the location.
        auto* roles = wizard.findChild<QTableWidget*>(QStringLiteral("columnRoles"));
        QCOMPARE(roles->rowCount(), 8);
        QComboBox* notes = comboIn(roles, 7, 1);
        QVERIFY(notes);
        const int location = notes->findText(QCoreApplication::translate("ColumnRoles", "Location"));
        QVERIFY(location >= 0);
        notes->setCurrentIndex(location);
        emit notes->activated(location);

        // The second group goes to no pillar instead of the one it matched.
        auto* groups = wizard.findChild<QTableWidget*>(QStringLiteral("groupPillars"));
        QCOMPARE(groups->rowCount(), 2);
        QComboBox* second = comboIn(groups, 1, 2);
        const int none = second->count() - 1;
        second->setCurrentIndex(none);
        emit second->activated(none);

        const QString shot = qEnvironmentVariable("CP_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            wizard.grab().save(shot + QStringLiteral("/import-wizard.png"));

        for (QPushButton* b : wizard.findChildren<QPushButton*>())
            if (b->text() == QCoreApplication::translate("ImportWizard", "Import"))
                b->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(ws->activityModel()->rowCount(), 4);
        QCOMPARE(ws->undoStack()->count(), 1);
        const Activity first = ws->activityModel()->activityAt(0);
        QCOMPARE(first.location, QStringLiteral("县广场"));
        QVERIFY(first.pillarId != 0);
        QCOMPARE(ws->activityModel()->activityAt(2).pillarId, 0);
        QVERIFY(!wizard.resultText().isEmpty());
    }

    // The wizard in Chinese: every label and column heading translated, the summary in Chinese.
    void inChinese()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/campaign-planner_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        TestFile file;
        FixedClock clock(QDate(2021, 8, 20));
        std::unique_ptr<Workspace> ws = file.open(clock);
        ActivityEditor activities(*ws);
        ImportWizard wizard(*ws, activities, ImportWizard::Target::OwnPlan);
        wizard.show();
        QSignalSpy loaded(&wizard, &ImportWizard::loaded);
        wizard.openFile(m_inputs.filePath(QStringLiteral("plan.xlsx")));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("导入活动方案"));
        QVERIFY2(wizard.summaryText().contains(QStringLiteral("行可导入")), qPrintable(wizard.summaryText()));
        auto* preview = wizard.findChild<QTableView*>(QStringLiteral("preview"));
        QCOMPARE(preview->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("活动名称"));
        const QString shot = qEnvironmentVariable("CP_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            wizard.grab().save(shot + QStringLiteral("/import-wizard-zh.png"));
        QCoreApplication::removeTranslator(&zh);
    }

    void refusesAFileItCannotRead()
    {
        TestFile file;
        FixedClock clock(QDate(2021, 8, 20));
        std::unique_ptr<Workspace> ws = file.open(clock);
        ActivityEditor activities(*ws);
        QFile noise(m_inputs.filePath(QStringLiteral("noise.xlsx")));
        QVERIFY(noise.open(QIODevice::WriteOnly));
        noise.write(QByteArray(4096, 'x'));
        noise.close();
        ImportWizard wizard(*ws, activities, ImportWizard::Target::OwnPlan);
        QSignalSpy loaded(&wizard, &ImportWizard::loaded);
        wizard.openFile(noise.fileName());
        QVERIFY(loaded.wait(30000));
        QVERIFY(!wizard.summaryText().isEmpty());
        for (QPushButton* b : wizard.findChildren<QPushButton*>())
            if (b->text() == QCoreApplication::translate("ImportWizard", "Import"))
                QVERIFY(!b->isEnabled());
        QCOMPARE(ws->activityModel()->rowCount(), 0);
    }

    void subordinateUnitNeedsAName()
    {
        TestFile file;
        FixedClock clock(QDate(2021, 10, 20));
        std::unique_ptr<Workspace> ws = file.open(clock);
        ActivityEditor activities(*ws);
        ImportWizard wizard(*ws, activities, ImportWizard::Target::SubordinateUnit);
        QSignalSpy loaded(&wizard, &ImportWizard::loaded);
        wizard.openFile(m_inputs.filePath(QStringLiteral("plan.docx")));
        QVERIFY(loaded.wait(30000));
        QPushButton* import = nullptr;
        for (QPushButton* b : wizard.findChildren<QPushButton*>())
            if (b->text() == QCoreApplication::translate("ImportWizard", "Import"))
                import = b;
        QVERIFY(import);
        QVERIFY(!import->isEnabled());
        wizard.findChild<QLineEdit*>(QStringLiteral("unitName"))
            ->setText(QStringLiteral("青山县市场监督管理局"));
        QVERIFY(import->isEnabled());
        import->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(wizard.resultText().contains(QStringLiteral("青山县市场监督管理局")));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
