#include "Commands.h"
#include "Console.h"

#include "ActivityEditor.h"
#include "ActivityTableModel.h"
#include "Clock.h"
#include "PlanImportEditor.h"
#include "UnitTableImport.h"
#include "Workspace.h"
#include "formats/TableReader.h"
#include "importing/ColumnRoles.h"
#include "importing/ImportSummary.h"
#include "importing/PlanRecognizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Commands {
namespace {

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Commands", text, comment, n);
}

// --sheet NAME or a 1-based number; without it, the table that looks most like a plan.
int pickTable(const TableDocument& doc, const QString& sheet, const ImportContext& context, QString* error)
{
    if (sheet.isEmpty()) {
        const int best = ImportSummary::chooseTable(doc.tables, context);
        if (best < 0)
            *error = tr("No table in the file has a heading row this program recognises (活动内容, 活动时间, "
                        "牵头单位 …).");
        return best;
    }
    for (int i = 0; i < doc.tables.size(); ++i)
        if (doc.tables.at(i).name == sheet)
            return i;
    bool ok = false;
    const int n = sheet.toInt(&ok);
    if (ok && n >= 1 && n <= doc.tables.size())
        return n - 1;
    QStringList names;
    for (const TableGrid& t : doc.tables)
        names << t.name;
    *error = tr("There is no sheet “%1”; the file has: %2").arg(sheet, names.join(QStringLiteral("、")));
    return -1;
}

void describe(const TableDocument& doc, int table, const ImportPreview& preview, const ImportContext& context)
{
    const TableGrid& grid = doc.tables.at(table);
    QString source =
        tr("Table: %1 (%2 of %n)", nullptr, int(doc.tables.size())).arg(grid.name).arg(table + 1);
    if (!doc.encoding.isEmpty())
        source += QStringLiteral("；") + tr("encoding %1, delimiter %2")
                                             .arg(doc.encoding, doc.delimiter == QLatin1Char('\t')
                                                                    ? QStringLiteral("Tab")
                                                                    : QString(doc.delimiter));
    Console::out(source);
    for (const QString& w : doc.warnings)
        Console::out(tr("Note: %1").arg(w));
    const TableLayout& layout = preview.layout;
    if (layout.headerRows == 2)
        Console::out(tr("Heading: rows %1–%2").arg(layout.headerRow + 1).arg(layout.headerRow + 2));
    else
        Console::out(tr("Heading: row %1").arg(layout.headerRow + 1));
    Console::out(tr("Columns:"));
    for (const QString& line : ImportSummary::columns(layout, context.metrics))
        Console::out(QStringLiteral("  ") + line);
    if (!preview.groups.isEmpty()) {
        Console::out(tr("Pillars:"));
        for (const QString& line : ImportSummary::groups(preview, context.pillars))
            Console::out(QStringLiteral("  ") + line);
    }
    if (!preview.newDepartments.isEmpty())
        Console::out(tr("New departments: %1").arg(preview.newDepartments.join(QStringLiteral("、"))));
    Console::out(tr("Rows: %1").arg(ImportSummary::headline(preview)));
    const QStringList problems = ImportSummary::problems(preview);
    const int shown = qMin(int(problems.size()), 200); // a 100 000-row table must not flood the terminal
    for (int i = 0; i < shown; ++i)
        Console::out(QStringLiteral("  ") + problems.at(i));
    if (problems.size() > shown)
        Console::out(QStringLiteral("  ") + tr("… and %n more", nullptr, int(problems.size()) - shown));
}

} // namespace

// campaign-planner import FILE --from PLAN.(xlsx|ods|xls|csv|txt|docx|odt|doc|wps|et) …
int importTable(const QStringList& args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The campaign file to import into."));
    p.addOption({QStringLiteral("from"), tr("The plan or table to import."), QStringLiteral("PATH")});
    p.addOption({QStringLiteral("sheet"), tr("The sheet or table to read, by name or number (from 1)."),
                 QStringLiteral("NAME|N")});
    p.addOption({QStringLiteral("campaign"),
                 tr("The campaign (year) to import into; default: the current one."),
                 QStringLiteral("YEAR")});
    p.addOption({QStringLiteral("unit"), tr("Import the table as this subordinate unit's activities."),
                 QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("update"), tr("Update activities already in the plan instead of skipping them.")});
    p.addOption({QStringLiteral("dry-run"), tr("Print what was recognised and import nothing.")});
    p.addOption({QStringLiteral("encoding"), tr("Text files: the encoding (UTF-8, GB18030, UTF-16 …)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("delimiter"), tr("Text files: the delimiter (comma, semicolon, tab)."),
                 QStringLiteral("CHAR")});
    p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("import")} + args))
        return Console::fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        Console::out(p.helpText());
        Console::out(tr(
            "A report package (.zip) from a subordinate unit is imported with: import FILE --from PATH.zip"));
        return 0;
    }
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("from")))
        return Console::fail(tr("usage: campaign-planner import FILE --from PATH"), 2);

    TableReader::Options options;
    options.encoding = p.value(QStringLiteral("encoding")).toLatin1();
    const QString delimiter = p.value(QStringLiteral("delimiter")).toLower();
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        options.delimiter = QLatin1Char('\t');
    else if (delimiter == QLatin1String("comma"))
        options.delimiter = QLatin1Char(',');
    else if (delimiter == QLatin1String("semicolon"))
        options.delimiter = QLatin1Char(';');
    else if (delimiter.size() == 1)
        options.delimiter = delimiter.front();
    else if (!delimiter.isEmpty())
        return Console::fail(tr("Unknown delimiter “%1”: use comma, semicolon or tab.").arg(delimiter), 2);

    QString error;
    SystemClock clock;
    // The program's own lock: an import never writes under a window that has the file open.
    std::unique_ptr<Workspace> ws = Workspace::open(p.positionalArguments().first(), clock, &error);
    if (!ws)
        return Console::fail(error);
    if (p.isSet(QStringLiteral("campaign"))) {
        const int year = p.value(QStringLiteral("campaign")).toInt();
        qint64 id = 0;
        for (const Campaign& c : ws->campaigns())
            if (c.year == year)
                id = c.id;
        if (!id)
            return Console::fail(
                tr("The file has no campaign for %1.").arg(p.value(QStringLiteral("campaign"))));
        if (!ws->setCurrentCampaign(id, &error))
            return Console::fail(error);
    }
    if (ws->currentCampaignId() == 0)
        return Console::fail(tr("The file has no campaign to import into."));

    const QString from = p.value(QStringLiteral("from"));
    TableDocument doc;
    if (!TableReader::read(from, options, &doc, &error))
        return Console::fail(error);

    ActivityEditor activities(*ws);
    PlanImportEditor editor(*ws, activities);
    ImportContext context = editor.context();
    const bool asUnit = p.isSet(QStringLiteral("unit"));
    if (asUnit) {
        context.departments.clear();
        context.existing.clear();
    }
    const int table = pickTable(doc, p.value(QStringLiteral("sheet")), context, &error);
    if (table < 0)
        return Console::fail(error);
    const TableGrid& grid = doc.tables.at(table);
    const TableLayout layout = ColumnRoles::detect(grid, context);
    if (layout.headerRow < 0)
        return Console::fail(
            tr("“%1” has no heading row this program recognises (活动内容, 活动时间, 牵头单位 …).")
                .arg(grid.name));
    const ImportPreview preview = PlanRecognizer::build(grid, layout, context);
    describe(doc, table, preview, context);
    if (preview.rows.isEmpty() || preview.errorCount() == preview.rows.size())
        return Console::fail(tr("Nothing to import: no row names an activity."));
    if (p.isSet(QStringLiteral("dry-run")))
        return 0;
    doc = {}; // the preview holds all it needs; a 100 000-row sheet need not stay in memory meanwhile

    if (asUnit) {
        UnitTableImport::Result r;
        if (!UnitTableImport::run(ws->database(), preview, ws->campaign(), p.value(QStringLiteral("unit")),
                                  clock.today(), &r, &error))
            return Console::fail(error);
        Console::out(tr("%1 %2: %3 activities")
                         .arg(r.replacedEarlier ? tr("Updated") : tr("Imported"), r.unit.name)
                         .arg(r.activities));
        return 0;
    }
    PlanImportEditor::Choices choices;
    choices.updateDuplicates = p.isSet(QStringLiteral("update"));
    PlanImportEditor::Outcome outcome;
    if (!editor.run(preview, choices, &outcome, &error))
        return Console::fail(error);
    Console::out(tr("Imported into %1: %2 added, %3 updated, %4 skipped")
                     .arg(ws->campaign().campaign.year)
                     .arg(outcome.added)
                     .arg(outcome.updated)
                     .arg(outcome.skipped));
    if (!outcome.departmentsAdded.isEmpty())
        Console::out(tr("Departments added: %1").arg(outcome.departmentsAdded.join(QStringLiteral("、"))));
    if (!outcome.pillarsAdded.isEmpty())
        Console::out(tr("Pillars added: %1").arg(outcome.pillarsAdded.join(QStringLiteral("、"))));
    if (outcome.withoutDate > 0)
        Console::out(tr("%n activities were imported without dates (their date text could not be read)",
                        nullptr, outcome.withoutDate));
    return 0;
}

} // namespace Commands
