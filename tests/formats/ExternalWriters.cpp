#include "ExternalWriters.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>

namespace ExternalWriters {

namespace {
bool run(const QString& program, const QStringList& args, const QByteArray& input, QByteArray* out,
         QString* error, const QString& home = {})
{
    QProcess process;
    if (!home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        process.setProcessEnvironment(env);
    }
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        *error = program + QStringLiteral(" did not start");
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(240000);
    if (out)
        *out = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (%2): %3")
                     .arg(program)
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}
} // namespace

bool python(const QString& script, const QStringList& args, QString* error)
{
    // Debian's interpreter, where python3-openpyxl and python3-docx are installed.
    return run(QStringLiteral("/usr/bin/python3"),
               QStringList{QStringLiteral(CP_FORMATS_WRITERS "/") + script} + args, {}, nullptr, error);
}

bool libreOffice(const QStringList& files, const QString& filter, const QString& outDir, QString* error)
{
    QTemporaryDir home;
    const QString profile = QUrl::fromLocalFile(home.filePath(QStringLiteral("profile"))).toString();
    return run(QStringLiteral("soffice"),
               QStringList{QStringLiteral("--headless"), QStringLiteral("--norestore"),
                           QStringLiteral("-env:UserInstallation=") + profile, QStringLiteral("--convert-to"),
                           filter, QStringLiteral("--outdir"), outDir} +
                   files,
               {}, nullptr, error, home.path());
}

QByteArray iconv(const QByteArray& utf8, const QString& encoding, QString* error)
{
    QByteArray out;
    if (!run(QStringLiteral("iconv"),
             {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"), encoding}, utf8, &out,
             error))
        return {};
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace ExternalWriters
