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
        QVERIFY2(!converted.isEmpty(), qPrintable(QStringLiteral("LibreOffice could not convert: ") + error));
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
        // a page with no text, what a scanner makes: a grey square and nothing else, written by hand
        const QString pdf = m_dir.filePath(QStringLiteral("scan.pdf"));
        const QString script = QStringLiteral(
            "import sys\n"
            "stream=b'0.5 g 10 10 180 180 re f'\n"
            "objs=[b'<< /Type /Catalog /Pages 2 0 R >>',b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',"
            "b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',"
            "b'<< /Length %d >>\\nstream\\n'%len(stream)+stream+b'\\nendstream']\n"
            "out=b'%PDF-1.4\\n';offs=[]\n"
            "for i,o in enumerate(objs):\n"
            "    offs.append(len(out));out+=b'%d 0 obj\\n'%(i+1)+o+b'\\nendobj\\n'\n"
            "x=len(out);out+=b'xref\\n0 %d\\n0000000000 65535 f \\n'%(len(objs)+1)\n"
            "out+=b''.join(b'%010d 00000 n \\n'%o for o in offs)\n"
            "out+=b'trailer\\n<< /Size %d /Root 1 0 R >>\\nstartxref\\n%d\\n%%%%EOF\\n'%(len(objs)+1,x)\n"
            "open(sys.argv[1],'wb').write(out)\n");
        QByteArray ignored;
        QString error;
        QVERIFY2(ExternalReaders::run(QStringLiteral("python3"), {QStringLiteral("-c"), script, pdf},
                                      &ignored, &error),
                 qPrintable(error));
        QString read;
        QVERIFY(!NoticeFile::read(pdf, &read, &error));
        QVERIFY2(!error.isEmpty(), "a reason is given");
        qInfo() << error;
    }
};

QTEST_GUILESS_MAIN(TestNoticeFiles)
#include "tst_noticefiles.moc"
