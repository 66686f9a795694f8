#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the connection's own sqlite3 handle, for the few bulk reads where
// QSqlQuery's per-cell QVariant costs too much (loading 100 000 activities: ~4× faster).
// Debian's Qt uses the system libsqlite3, so the handle and this library agree.
// A read-only connection of its own, for a worker thread (a QSqlDatabase belongs to the thread that made it).
class SqliteConnection
{
public:
    explicit SqliteConnection(const QString& path);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    QString m_error;
};

class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase& db, const char* sql);
    SqliteStatement(const SqliteConnection& connection, const char* sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorString() const { return m_error; }
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString& value); // a null QString binds as NULL
    void bindNull(int index);
    // Runs a statement that returns no rows and makes it ready to run again; false with errorString().
    [[nodiscard]] bool exec();
    qint64 lastInsertId() const;
    int changes() const;
    // True while there is a row; false at the end or on error (then errorString() is set).
    [[nodiscard]] bool next();

    [[nodiscard]] bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QDate date(int column) const; // yyyy-MM-dd text, invalid when NULL or malformed
    // Valid until the next call on this statement.
    QStringView view(int column) const;

private:
    void prepare(const char* sql);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};
