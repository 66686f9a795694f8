#include "BulletinActions.h"

#include "BulletinEditor.h"
#include "BulletinExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

namespace BulletinActions {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BulletinActions", text);
}

} // namespace

bool write(const BulletinEditor& bulletins, const QList<qint64>& activityIds, const QString& format,
           const QString& path, QString* error)
{
    QList<BulletinPage> pages;
    return bulletins.pages(activityIds, &pages, error) && BulletinExport::write(pages, format, path, error);
}

void exportWithDialog(QWidget* parent, const BulletinEditor& bulletins, const QList<qint64>& activityIds,
                      const QString& suggestedName)
{
    QString safe = suggestedName;
    safe.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString pdf = tr("PDF (*.pdf)"), docx = tr("Word document (*.docx)"),
                  txt = tr("Plain text (*.txt)");
    QString filter = pdf;
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Bulletins"), QDir(folder).filePath(safe + QStringLiteral(".pdf")),
        QStringList{pdf, docx, txt}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    // The name's suffix decides; a name without one takes the chosen filter's.
    QString format = QFileInfo(path).suffix().toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("docx") && format != QLatin1String("txt"))
        format = filter == docx  ? QStringLiteral("docx")
                 : filter == txt ? QStringLiteral("txt")
                                 : QStringLiteral("pdf");
    QString error;
    if (!write(bulletins, activityIds, format, path, &error))
        QMessageBox::warning(parent, tr("Export Bulletins"), error);
}

} // namespace BulletinActions
