#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

// One open campaign file: a named QSQLITE connection with foreign keys, WAL and a busy timeout.
// Opening validates the file before anything is written (type, version, damage, locks), takes a
// backup and migrates older files. A refused file keeps its bytes. Connections belong to the thread
// that opened them.
class Database
{
public:
    static constexpr int latestVersion = 9;
    static constexpr qint32 applicationId = 0x43504C4E; // "CPLN"
    static inline const char* fileSuffix = "campaign";

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens an existing campaign file. nullptr and a translated reason on failure.
    [[nodiscard]] static std::unique_ptr<Database> open(const QString& path, QString* error);
    // Creates a new, empty campaign file with the latest schema. Refuses to overwrite.
    [[nodiscard]] static std::unique_ptr<Database> create(const QString& path, QString* error);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    [[nodiscard]] bool schemaVersion(int* out, QString* error) const;
    // The file the last migration copied the old file to, empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    // Who the activity history (schema step 9) names for this program's edits: the account's full name
    // when the system has one, else the login name. Each connection gets it as change_author().
    static QString changeAuthor();

    // A consistent single-file copy (VACUUM INTO) at `target`, replacing it only once complete.
    [[nodiscard]] bool saveCopyAs(const QString& target, QString* error) const;

private:
    Database(QString path, QString connectionName);
    [[nodiscard]] bool configure(QString* error);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
};
