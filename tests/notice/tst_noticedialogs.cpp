#include "CampaignFile.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "NoticeImportDialog.h"
#include "NoticeReviewDialog.h"
#include "ReferenceEditor.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// File › New Campaign from Notice… walked through its buttons on a real file (offscreen): paste,
// recognise, correct in the review, create; refusals keep the dialog open and the file unchanged.
// With CP_NOTICE_SCREENSHOTS=DIR it saves both dialogs as PNG for a person to look at.
class TestNoticeDialogs : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDate(2023, 8, 30)};
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Workspace> freshWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("n%1.campaign").arg(++m_files));
        QString error;
        if (!CampaignFile::createDefault(path, &error))
            qFatal("%s", qPrintable(error));
        auto ws = Workspace::open(path, m_clock, &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        return ws;
    }

    static QString notice(const char* name)
    {
        QFile file(QStringLiteral(CP_NOTICE_DATA "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing %s", name);
        return QString::fromUtf8(file.readAll());
    }

    static void shoot(QWidget* w, const char* name)
    {
        const QString dir = qEnvironmentVariable("CP_NOTICE_SCREENSHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + QLatin1String(name));
    }

    static void setValue(NoticeReviewDialog* review, const QString& label, const QString& value)
    {
        const int row = review->rowOf(label);
        QVERIFY2(row >= 0, qPrintable(label));
        review->table()->item(row, 1)->setText(value);
    }

    // Runs `answer` on the review once it is shown (it runs modally inside the import dialog).
    static void onReview(NoticeImportDialog& import, std::function<void(NoticeReviewDialog*)> answer)
    {
        QObject::connect(&import, &NoticeImportDialog::reviewOpened, &import, [answer](QDialog* d) {
            auto* review = qobject_cast<NoticeReviewDialog*>(d);
            QTimer::singleShot(0, review, [review, answer] {
                answer(review);
                if (review->isVisible())
                    review->reject();
            });
        });
    }

private slots:
    void createsTheCampaignFromThe2023Notice()
    {
        auto ws = freshWorkspace();
        ReferenceEditor editor(*ws);
        NoticeImportDialog import(*ws, editor);
        import.show();
        import.textEdit()->setPlainText(notice("2023-national-notice-excerpt.txt"));
        shoot(&import, "notice-import.png");
        bool reviewed = false;
        onReview(import, [&](NoticeReviewDialog* review) {
            reviewed = true;
            const int theme = review->rowOf(QStringLiteral("Theme"));
            QCOMPARE(review->table()->item(theme, 1)->text(), QStringLiteral("增强质量意识 推进高质量发展"));
            QCOMPARE(review->table()->item(theme, 2)->text(), QStringLiteral("增强质量意识 推进高质量发展"));
            QCOMPARE(review->levelBox()->currentData().toInt(), int(NoticeLevel::National));
            QVERIFY(review->metricsBox()->currentData().toLongLong() > 0); // the 2021 campaign's metrics
            shoot(review, "notice-review.png");
            setValue(review, QStringLiteral("Pillar 1 short name"), QStringLiteral("学习宣传"));
            setValue(review, QStringLiteral("Document number"), QStringLiteral("国市监质发〔2023〕88号"));
            QTest::mouseClick(review->createButton(), Qt::LeftButton);
            QVERIFY2(review->refusal().isEmpty(), qPrintable(review->refusal()));
        });
        QTest::mouseClick(import.recogniseButton(), Qt::LeftButton);
        QVERIFY(reviewed);
        QCOMPARE(import.result(), int(QDialog::Accepted));
        const CampaignContent& c = ws->campaign();
        QCOMPARE(c.campaign.year, 2023);
        QCOMPARE(ws->currentCampaignId(), import.createdCampaignId());
        QCOMPARE(c.campaign.title, QStringLiteral("2023年全国“质量月”活动"));
        QCOMPARE(c.campaign.issuingBody, QStringLiteral("市场监管总局等25个部门"));
        QCOMPARE(c.campaign.documentNumber, QStringLiteral("国市监质发〔2023〕88号"));
        QCOMPARE(c.campaign.start, QDate(2023, 9, 1));
        QCOMPARE(c.campaign.end, QDate(2023, 9, 30));
        QCOMPARE(c.pillars.size(), 3);
        QCOMPARE(c.pillars[0].shortName, QStringLiteral("学习宣传"));
        QCOMPARE(c.pillars[1].title, QStringLiteral("扎实推进《质量强国建设纲要》贯彻落实"));
        QVERIFY(!c.metrics.isEmpty());
        QCOMPARE(ws->campaigns().size(), 2);
    }

    void refusalsWriteNothing()
    {
        auto ws = freshWorkspace();
        ReferenceEditor editor(*ws);
        NoticeImportDialog import(*ws, editor);
        // the file already has 2021: refused, and the review stays open to correct
        import.textEdit()->setPlainText(notice("2021-national-notice.txt"));
        QString refusal;
        onReview(import, [&](NoticeReviewDialog* review) {
            QTest::mouseClick(review->createButton(), Qt::LeftButton);
            refusal = review->refusal();
            QVERIFY(review->isVisible());
        });
        QTest::mouseClick(import.recogniseButton(), Qt::LeftButton);
        QVERIFY2(refusal.contains(QStringLiteral("2021")), qPrintable(refusal));
        QCOMPARE(ws->campaigns().size(), 1);

        // no theme: refused until the user types one
        NoticeImportDialog second(*ws, editor);
        second.textEdit()->setPlainText(QStringLiteral("关于开展2024年全国“质量月”活动的通知\n市场监管总局等2"
                                                       "7个部门定于2024年9月联合开展全国“质量月”活动。"));
        onReview(second, [&](NoticeReviewDialog* review) {
            QTest::mouseClick(review->createButton(), Qt::LeftButton);
            refusal = review->refusal();
            QCOMPARE(ws->campaigns().size(), 1);
            setValue(review, QStringLiteral("Theme"), QStringLiteral("加强质量支撑 共建质量强国"));
            QTest::mouseClick(review->createButton(), Qt::LeftButton);
        });
        QTest::mouseClick(second.recogniseButton(), Qt::LeftButton);
        QVERIFY2(refusal.contains(QStringLiteral("theme")), qPrintable(refusal));
        QCOMPARE(second.result(), int(QDialog::Accepted));
        QCOMPARE(ws->campaign().campaign.theme, QStringLiteral("加强质量支撑 共建质量强国"));
    }

    void randomTextNeverReachesTheReview()
    {
        auto ws = freshWorkspace();
        ReferenceEditor editor(*ws);
        NoticeImportDialog import(*ws, editor);
        bool reviewed = false;
        connect(&import, &NoticeImportDialog::reviewOpened, this, [&] { reviewed = true; });
        import.textEdit()->setPlainText(QStringLiteral("会议纪要\n一、会议议题\n讨论食堂菜单。"));
        QTest::mouseClick(import.recogniseButton(), Qt::LeftButton);
        QVERIFY(!reviewed);
        QVERIFY(import.refusal().contains(QStringLiteral("not a Quality Month notice")));
        // a file that gives no text says so
        const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(!import.loadFile(empty));
        QVERIFY(!import.refusal().isEmpty());
        QCOMPARE(ws->campaigns().size(), 1);
    }

    void provincialNoticeGoesNextToTheNationalOne()
    {
        auto ws = freshWorkspace();
        ReferenceEditor editor(*ws);
        NoticeImportDialog import(*ws, editor);
        import.textEdit()->setPlainText(
            QStringLiteral("河北省市场监督管理局关于开展2021年全省“质量月”活动的通知\n冀市监质〔2021〕8号\n"
                           "一、活动主题\n深入实施质量提升行动 大力推进质量强省建设\n"));
        onReview(import, [&](NoticeReviewDialog* review) {
            QCOMPARE(review->levelBox()->currentData().toInt(), int(NoticeLevel::Provincial));
            QTest::mouseClick(review->createButton(), Qt::LeftButton);
        });
        QTest::mouseClick(import.recogniseButton(), Qt::LeftButton);
        QCOMPARE(import.result(), int(QDialog::Accepted));
        QCOMPARE(ws->campaigns().size(), 1);
        QCOMPARE(ws->campaign().localNotices.size(), 1);
        QCOMPARE(ws->campaign().localNotices[0].documentNumber, QStringLiteral("冀市监质〔2021〕8号"));
        QCOMPARE(ws->campaign().campaign.documentNumber,
                 QStringLiteral("国市监质发〔2021〕51号")); // untouched
    }
};

QTEST_MAIN(TestNoticeDialogs)
#include "tst_noticedialogs.moc"
