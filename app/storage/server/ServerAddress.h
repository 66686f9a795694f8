#pragma once

#include <QString>

// Where a shared store lives: postgresql://user@host:port/dbname[?sslmode=…], the form libpq and
// psql accept. A socket folder is written percent-encoded as the host (postgresql://u@%2Frun%2Fpg/db).
// A password in the address is refused: it would end up in shell history and settings in clear text;
// libpq finds it in PGPASSWORD, ~/.pgpass or asks a certificate instead.
struct ServerAddress
{
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString connectOptions; // libpq keywords passed through (sslmode, sslrootcert, …), ';'-separated

    // True when `text` names a server rather than a file (whether or not it is well formed).
    static bool looksLikeServer(const QString& text);
    [[nodiscard]] static bool parse(const QString& text, ServerAddress* out, QString* error);
    // The address without options, for messages.
    QString display() const;
};
