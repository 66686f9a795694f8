#include "formats/OfficeConverter.h"

#include "formats/FormatLimits.h"
#include "formats/FormatMessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace OfficeConverter {

QString program()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    return found;
}

bool convert(const QString& path, const QString& target, const QString& package,
             const std::function<bool(qint64, qint64)>& progress, QByteArray* converted, QString* error)
{
    const QString soffice = program();
    if (soffice.isEmpty()) {
        *error = QCoreApplication::translate(
                     "TableReader", "Reading .%1 files needs LibreOffice; install the Debian package %2.")
                     .arg(QFileInfo(path).suffix().toLower(), package);
        return false;
    }
    QTemporaryDir folder;
    const QString input = folder.filePath(QStringLiteral("input.") + QFileInfo(path).suffix().toLower());
    if (!folder.isValid() || !QFile::copy(path, input)) {
        *error = QCoreApplication::translate("TableReader", "The file cannot be copied for conversion.");
        return false;
    }
    const QString out = folder.filePath(QStringLiteral("out"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                            QStringLiteral("--convert-to"), target, QStringLiteral("--outdir"), out,
                            QStringLiteral("-env:UserInstallation=") +
                                QUrl::fromLocalFile(folder.filePath(QStringLiteral("profile"))).toString(),
                            input});
    if (!process.waitForStarted(30000)) {
        *error = QCoreApplication::translate("TableReader", "LibreOffice could not be started.");
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (!process.waitForFinished(200)) {
        const bool cancelled = progress && !progress(clock.elapsed(), FormatLimits::conversionTimeoutMs);
        if (cancelled || clock.elapsed() > FormatLimits::conversionTimeoutMs) {
            process.kill();
            process.waitForFinished(5000);
            *error = cancelled ? FormatMessages::cancelled()
                               : QCoreApplication::translate(
                                     "TableReader", "LibreOffice took too long to convert the file.");
            return false;
        }
    }
    QFile result(QDir(out).filePath(QStringLiteral("input.") + target));
    if (process.exitStatus() != QProcess::NormalExit || !result.open(QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("TableReader", "LibreOffice could not convert the file (it may be "
                                                       "damaged or password-protected).");
        return false;
    }
    *converted = result.readAll();
    return true;
}

} // namespace OfficeConverter
