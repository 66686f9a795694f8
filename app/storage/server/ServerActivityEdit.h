#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// An edit of a shared activity that does not overwrite someone else's: the UPDATE names the row
// version the user read, so an edit that lost a race changes nothing and comes back with the row as
// it is now — the other person's values beside the user's, for "keep mine" (edit again on the new
// version) or "take theirs".
namespace ServerActivityEdit {

// The columns a user edits; anything else is refused before SQL is built.
const QStringList& editableColumns();

// One activity as the server holds it now.
struct Row
{
    qint64 version = 0;
    QVariantMap values; // column → value, for the columns asked for
    QString changedBy;  // who made its last change (the history's user), empty when unknown
    QDateTime changedAt;
};

enum class Outcome {
    Saved,    // written; the row's new version is in `now->version`
    LostRace, // someone changed it since `readVersion`; `now` holds the row as it is
    Gone,     // deleted since, or not the user's to change (row-level security hides both alike)
};

// The activity `uuid` as it is now: its version, `columns`' values and who changed it last.
// *found is false when the user cannot see it.
[[nodiscard]] bool read(QSqlDatabase& db, const QString& uuid, const QStringList& columns, Row* now,
                        bool* found, QString* error);

// Sets `values` (editable columns only) on `uuid` if its version is still `readVersion`, in one
// transaction. True when the server answered (any outcome); false with a reason when it did not.
[[nodiscard]] bool update(QSqlDatabase& db, const QString& uuid, qint64 readVersion,
                          const QVariantMap& values, Outcome* outcome, Row* now, QString* error);

} // namespace ServerActivityEdit
