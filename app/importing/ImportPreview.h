#pragma once

#include "domain/Activity.h"
#include "domain/Campaign.h"
#include "domain/Department.h"
#include "domain/UnitProfile.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// What a column of an imported table holds.
enum class ColumnRole {
    Ignore,      // dropped (the user said so)
    Number,      // 序号: read, not stored
    Title,       // 活动名称 / 活动内容 …
    Description, // 活动内容 next to a separate name column
    Date,
    Lead,
    Assisting,
    Location,
    Owner,
    Phone,
    Notes,
    Pillar, // a category column (类别, 板块)
    Status,
    Figure, // one of the campaign's metrics (metricId)
    Other,  // not recognised: kept in the notes as "header：value"
};

struct ColumnAssignment
{
    ColumnRole role = ColumnRole::Other;
    qint64 metricId = 0; // ColumnRole::Figure
    QString header;      // as the table writes it (both rows of a two-row header)

    friend bool operator==(const ColumnAssignment&, const ColumnAssignment&) = default;
};

// Where the header is and what every column means; the wizard lets the user change the roles.
struct TableLayout
{
    int headerRow = -1; // -1: no header recognised
    int headerRows = 1; // 2 for a header that spans two rows
    QList<ColumnAssignment> columns;
    bool figuresAreActual = false; // figures are what was achieved (a summary table), not targets

    int firstDataRow() const { return headerRow < 0 ? 0 : headerRow + headerRows; }
    int columnOf(ColumnRole role) const;
};

// What the import knows about the campaign it imports into.
struct ImportContext
{
    Campaign campaign;
    QList<Pillar> pillars;
    QList<Metric> metrics;
    QList<Department> departments;
    UnitProfile unit;
    QList<Activity> existing; // the campaign's activities, for duplicates
    QDate today;
};

struct ImportIssue
{
    enum Severity { Warning, Error };
    Severity severity = Warning;
    QString message; // translated
};

// One table row as it will be stored. Departments the file does not know yet are kept by name
// (they are created with the import); pillarId is set once the group mapping is decided.
struct ImportRow
{
    int sourceRow = 0; // in the table, 0-based
    Activity activity;
    QString group;              // the pillar text in effect: the last group row, or the category column
    QString leadName;           // when not a known department
    QStringList assistingNames; // those not known
    bool dateRead = true;       // false: the date text could not be read, the dates stay empty
    qint64 duplicateOf = 0;     // an existing activity with the same title and dates
    QList<ImportIssue> issues;

    bool hasError() const;
    bool needsLook() const { return !issues.isEmpty(); }
};

// A group row's (or category's) text and the pillar it is filed under.
struct GroupMapping
{
    QString text;
    qint64 pillarId = 0;    // an existing pillar; 0 with createNew false: no pillar
    bool createNew = false; // add the text as a new pillar of the campaign
    int rows = 0;
};

struct ImportPreview
{
    TableLayout layout;
    QList<ImportRow> rows;
    QList<GroupMapping> groups;
    QStringList newDepartments; // names to create, in first-seen order
    int skippedRows = 0;        // empty, repeated header, totals, notes

    int readyCount() const;
    int needLookCount() const;
    int errorCount() const;
    int duplicateCount() const;
};
