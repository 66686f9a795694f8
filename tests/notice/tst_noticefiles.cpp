#include "../reports/documents/ExternalReaders.h"
#include "notice/NoticeFile.h"
#include "notice/NoticeLines.h"
#include "notice/NoticeReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The real notices also as .docx and .pdf, made by LibreOffice inside the test and read back
// through NoticeFile (DocumentText): every field reads as from the text itself. Bad files say why.
class TestNoticeFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void sameFieldsFromEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        for (const char* name :
             {"2021-national-notice", "2022-national-notice-excerpt", "2023-national-notice-excerpt"})
            for (const char* format : {"docx", "pdf"})
                QTest::addRow("%s.%s", name, format)
                    << QString::fromLatin1(name) << QString::fromLatin1(format);
    }

    void sameFieldsFromEveryFormat()
    {
        QFETCH(QString, name);
        QFETCH(QString, format);
        QFile source(QStringLiteral(CP_NOTICE_DATA "/") + name + QStringLiteral(".txt"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        // the copies' "# …" annotations are ours, not the notice's
        QStringList lines = QString::fromUtf8(source.readAll()).split(QLatin1Char('\n'));
        lines.removeIf([](const QString& l) { return l.startsWith(QLatin1Char('#')); });
        const QString text = lines.join(QLatin1Char('\n'));
        const QString txt = m_dir.filePath(name + QStringLiteral(".txt"));
        QFile out(txt);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        QString error;
        const QString converted = ExternalReaders::libreOfficeConvert(txt, format, m_dir.path(), &error);
        if (converted.isEmpty())
            QSKIP(qPrintable(QStringLiteral("LibreOffice could not convert: ") + error));
        QString read;
        QVERIFY2(NoticeFile::read(converted, &read, &error), qPrintable(error));
        const QStringList expected = NoticeLines::lines(NoticeReader::read(text));
        const QStringList actual = NoticeLines::lines(NoticeReader::read(read));
        for (int i = 0; i < std::min(expected.size(), actual.size()); ++i)
            QCOMPARE(actual[i], expected[i]);
        QCOMPARE(actual.size(), expected.size());
    }

    void imageOnlyPdfSaysWhy()
    {
        // a page with no text, what a scanner makes: a grey PNG placed on a page by LibreOffice
        const QString png = m_dir.filePath(QStringLiteral("scan.png"));
        const QString script = QStringLiteral(
            "import zlib,struct,sys\n"
            "def c(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d))\n"
            "raw=b''.join(b'\\x00'+b'\\x88'*200 for _ in range(200))\n"
            "open(sys.argv[1],'wb').write(b'\\x89PNG\\r\\n\\x1a\\n'+c(b'IHDR',struct.pack('>IIBBBBB',200,200,"
            "8,0,0,0,0))"
            "+c(b'IDAT',zlib.compress(raw))+c(b'IEND',b''))\n");
        QByteArray ignored;
        QString error;
        if (!ExternalReaders::run(QStringLiteral("python3"), {QStringLiteral("-c"), script, png}, &ignored,
                                  &error))
            QSKIP(qPrintable(QStringLiteral("python3: ") + error));
        const QString pdf =
            ExternalReaders::libreOfficeConvert(png, QStringLiteral("pdf"), m_dir.path(), &error);
        if (pdf.isEmpty())
            QSKIP(qPrintable(QStringLiteral("LibreOffice could not convert: ") + error));
        QString read;
        QVERIFY(!NoticeFile::read(pdf, &read, &error));
        QVERIFY2(!error.isEmpty(), "a reason is given");
        qInfo() << error;
    }
};

QTEST_GUILESS_MAIN(TestNoticeFiles)
#include "tst_noticefiles.moc"
