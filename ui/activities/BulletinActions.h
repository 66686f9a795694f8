#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;
class BulletinEditor;

// Writing bulletins from the activity page: one activity's from its detail panel, or several selected
// ones into one document (each on its own page). Kept texts as stored, drafts for the rest.
namespace BulletinActions {
// Writes the bulletins of these activities to `path` as `format` (pdf, docx, txt); false and a reason.
bool write(const BulletinEditor& bulletins, const QList<qint64>& activityIds, const QString& format,
           const QString& path, QString* error);
// Asks for a file (PDF, Word or plain text) and writes; shows a refusal in a message box.
void exportWithDialog(QWidget* parent, const BulletinEditor& bulletins, const QList<qint64>& activityIds,
                      const QString& suggestedName);
} // namespace BulletinActions
