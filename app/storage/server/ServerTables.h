#pragma once

#include <QList>
#include <QString>

// The tables a campaign file and a unit's data on the server have in common (server schema step 3
// mirrors the file's tables), in an order where every row's references come before it. push and pull
// copy them column by column from this one description, so a column added to both schemas is added
// here once.
namespace ServerTables {

enum class Type { Integer, Real, Text };

struct Column
{
    QString local;  // the file's column
    QString server; // the server's column (differs only where the file's name is taken)
    Type type = Type::Text;
    QString references; // the table whose id this column holds, empty for plain values
};

struct Table
{
    QString name; // the same in the file and on the server
    bool hasId = false;
    // Without `id` (and, on the server, without unit_id and row_version).
    QList<Column> columns;
};

// Every table of the unit's data, parents first. Evidence content (evidence_blob) and the unit
// profile are handled on their own.
const QList<Table>& all();

// Evidence content travels in pieces of this size (evidence_chunk): memory stays bounded whatever the
// size of a video, and no value nears PostgreSQL's 1 GB limit.
inline constexpr qint64 evidenceChunkBytes = 4 * 1024 * 1024;

// Column lists for SQL: the file's names, or the server's, each with "id" first when the table has one.
QString localColumns(const Table& table);
QString serverColumns(const Table& table);

} // namespace ServerTables
