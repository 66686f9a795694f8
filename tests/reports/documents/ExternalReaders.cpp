#include "ExternalReaders.h"

#include <QRegularExpression>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace ExternalReaders {

bool run(const QString& program, const QStringList& args, QByteArray* out, QString* error, int timeoutMs,
         const QString& home)
{
    QProcess p;
    if (!home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        *error = program + QStringLiteral(" did not start");
        return false;
    }
    p.waitForFinished(timeoutMs);
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (%2): %3")
                     .arg(program)
                     .arg(p.exitCode())
                     .arg(QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

QString pythonWithOpenpyxl()
{
    for (const QString& candidate : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QString error;
        if (run(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")}, nullptr, &error, 30000))
            return candidate;
    }
    return {};
}

QString pdfText(const QString& pdf, QString* error)
{
    QByteArray out;
    if (!run(QStringLiteral("pdftotext"),
             {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
              QStringLiteral("-")},
             &out, error))
        return {};
    return QString::fromUtf8(out);
}

QString libreOfficeConvert(const QString& file, const QString& filter, const QString& outDir, QString* error)
{
    QTemporaryDir home;
    if (!run(QStringLiteral("soffice"),
             {QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
              filter, QStringLiteral("--outdir"), outDir, file},
             nullptr, error, 180000, home.path()))
        return {};
    const QString ext = filter.section(QLatin1Char(':'), 0, 0);
    const QString result = QDir(outDir).filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.') + ext);
    if (!QFile::exists(result)) {
        *error = QStringLiteral("LibreOffice wrote no %1").arg(result);
        return {};
    }
    return result;
}

QString documentText(const QString& file, const QString& outDir, QString* error)
{
    QDir().mkpath(outDir);
    const QString txt = libreOfficeConvert(file, QStringLiteral("txt:Text (encoded):UTF8"), outDir, error);
    QFile f(txt);
    if (txt.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        if (!txt.isEmpty())
            *error = f.errorString();
        return {};
    }
    return withoutSpace(QString::fromUtf8(f.readAll()));
}

QStringList pdfPages(const QString& pdf, QString* error)
{
    QByteArray info;
    if (!run(QStringLiteral("pdfinfo"), {pdf}, &info, error))
        return {};
    const int count = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                          .match(QString::fromLatin1(info))
                          .captured(1)
                          .toInt();
    QStringList pages;
    for (int page = 1; page <= count; ++page) {
        QByteArray text;
        if (!run(QStringLiteral("pdftotext"),
                 {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                  pdf, QStringLiteral("-")},
                 &text, error))
            return {};
        pages << withoutSpace(QString::fromUtf8(text));
    }
    return pages;
}

QString withoutSpace(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

} // namespace ExternalReaders
