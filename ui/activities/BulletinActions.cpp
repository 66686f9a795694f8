#include "BulletinActions.h"

#include "ActivityTableModel.h"
#include "BulletinExport.h"
#include "BulletinRepository.h"
#include "DraftSource.h"
#include "Workspace.h"

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

// The campaign's reference data with just these activities: all a bulletin reads.
CampaignSnapshot snapshotOf(Workspace& ws, const QList<qint64>& ids)
{
    CampaignSnapshot s;
    s.campaign = ws.campaign();
    s.departments = ws.departments();
    s.unit = ws.unit();
    for (qint64 id : ids) {
        const int row = ws.activityModel()->rowOfId(id);
        if (row >= 0)
            s.activities << ws.activityModel()->activityAt(row);
    }
    return s;
}

} // namespace

QList<qint64> withBulletin(Workspace& ws, const QList<qint64>& activityIds, QString* error)
{
    const QHash<qint64, QString> kept = BulletinRepository(ws.database()).texts(activityIds, error);
    QList<qint64> out;
    for (const Activity& a : snapshotOf(ws, activityIds).activities)
        if (a.status == ActivityStatus::Done || kept.contains(a.id))
            out << a.id;
    return out;
}

bool write(Workspace& ws, const QList<qint64>& activityIds, const QString& format, const QString& path,
           QString* error)
{
    QList<BulletinPage> pages;
    return DraftSource::bulletins(ws.database(), snapshotOf(ws, activityIds), activityIds, ws.clock().today(),
                                  &pages, error) &&
           BulletinExport::write(pages, format, path, error);
}

void exportWithDialog(QWidget* parent, Workspace& ws, const QList<qint64>& activityIds,
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
    if (!write(ws, activityIds, format, path, &error))
        QMessageBox::warning(parent, tr("Export Bulletins"), error);
}

} // namespace BulletinActions
