#include "importing/PlanRecognizer.h"

#include "importing/DepartmentNames.h"
#include "importing/FigureText.h"
#include "importing/FreeDate.h"
#include "importing/ImportText.h"
#include "importing/PillarMatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace PlanRecognizer {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PlanRecognizer", text);
}

// For every cell, the cell whose value it shows: merged ranges running down give each row the
// top cell's value (a 牵头部门 spanning rows applies to each); a range running across keeps it in
// its first column only, so a title merged over two columns is not read twice.
class MergeLookup
{
public:
    explicit MergeLookup(const TableGrid& grid) : m_columns(grid.columnCount())
    {
        for (const QRect& m : grid.merges) {
            for (int r = m.top() + 1; r <= m.bottom(); ++r)
                m_origin.insert(key(r, m.left()), m.top());
            for (int r = m.top(); r <= m.bottom(); ++r)
                for (int c = m.left() + 1; c <= m.right(); ++c)
                    m_covered.insert(key(r, c));
            m_width.insert(key(m.top(), m.left()), m.width());
        }
    }
    const TableCell& value(const TableGrid& grid, int row, int column) const
    {
        static const TableCell empty;
        if (m_covered.contains(key(row, column)))
            return empty;
        const auto it = m_origin.constFind(key(row, column));
        return grid.cell(it == m_origin.cend() ? row : *it, column);
    }
    int width(int row, int column) const { return m_width.value(key(row, column), 1); }
    bool continuesFromAbove(int row, int column) const { return m_origin.contains(key(row, column)); }

private:
    qint64 key(int row, int column) const { return qint64(row) * (m_columns + 1) + column; }
    int m_columns;
    QHash<qint64, int> m_origin;
    QSet<qint64> m_covered;
    QHash<qint64, int> m_width;
};

QString oneLine(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return ImportText::normalized(t).trimmed();
}

QString duplicateKey(const QString& title, QDate start, QDate end)
{
    return ImportText::key(title) + QLatin1Char('|') + start.toString(Qt::ISODate) + QLatin1Char('|') +
           end.toString(Qt::ISODate);
}

// A row that only names a group: one value (often one merged cell across the table) starting with
// 一、/（一）, or filling at least half the width.
bool groupText(const TableGrid& grid, const MergeLookup& merges, int row, const TableLayout& layout,
               QString* text)
{
    int filled = 0, firstColumn = -1;
    QString value;
    for (int c = 0; c < grid.columnCount(); ++c) {
        if (merges.continuesFromAbove(row, c))
            continue;
        const TableCell& cell = merges.value(grid, row, c);
        if (cell.isEmpty())
            continue;
        const QString t = oneLine(cell.text);
        if (t == value)
            continue;
        ++filled;
        if (firstColumn < 0)
            firstColumn = c;
        value = t;
    }
    if (filled == 0)
        return false;
    if (filled == 2) {
        // "一" in the 序号 column and the group's name next to it.
        const int number = layout.columnOf(ColumnRole::Number);
        const QString n = number >= 0 ? oneLine(merges.value(grid, row, number).text) : QString();
        static const QRegularExpression chineseNumeral(QStringLiteral("^[一二三四五六七八九十]+[、.]?$"));
        if (number == firstColumn && chineseNumeral.match(n).hasMatch()) {
            *text = n + (n.endsWith(QStringLiteral("、")) ? QString() : QStringLiteral("、")) + value;
            return true;
        }
        return false;
    }
    if (filled != 1)
        return false;
    const bool wide = grid.columnCount() > 2 && merges.width(row, firstColumn) * 2 >= grid.columnCount();
    if (ImportText::startsWithGroupEnumerator(value) || wide) {
        *text = value;
        return true;
    }
    return false;
}

bool skippable(const QString& firstText)
{
    static const QRegularExpression notes(QStringLiteral("^(?:注|备注|说明|填表说明|填报说明)[:：]"));
    static const QRegularExpression totals(QStringLiteral("^(?:合计|总计|小计|共计)$"));
    return notes.match(firstText).hasMatch() || totals.match(ImportText::key(firstText)).hasMatch();
}

} // namespace

bool statusFromText(const QString& text, ActivityStatus* status)
{
    const QString k = ImportText::key(text);
    if (k.isEmpty())
        return false;
    if (k.contains(QStringLiteral("取消")) || k.contains(QStringLiteral("未开展")) ||
        k.contains(QStringLiteral("终止")))
        *status = ActivityStatus::Cancelled;
    else if (k.contains(QStringLiteral("未完成")) || k.contains(QStringLiteral("进行")) ||
             k.contains(QStringLiteral("推进")) || k.contains(QStringLiteral("开展中")))
        *status = ActivityStatus::InProgress;
    else if (k.contains(QStringLiteral("完成")) || k.contains(QStringLiteral("结束")) ||
             k.contains(QStringLiteral("已开展")) || k.contains(QStringLiteral("已举办")))
        *status = ActivityStatus::Done;
    else if (k.contains(QStringLiteral("未开始")) || k.contains(QStringLiteral("未启动")) ||
             k.contains(QStringLiteral("计划")) || k.contains(QStringLiteral("筹备")))
        *status = ActivityStatus::NotStarted;
    else
        return false;
    return true;
}

ImportPreview build(const TableGrid& grid, const TableLayout& layout, const ImportContext& context)
{
    ImportPreview preview;
    preview.layout = layout;
    const MergeLookup merges(grid);
    const FreeDate::Context dates{context.campaign.year, context.campaign.start, context.campaign.end};

    QHash<QString, qint64> existing;
    for (const Activity& a : context.existing)
        existing.insert(duplicateKey(a.title, a.start, a.end), a.id);
    QHash<QString, qint64> knownDepartments; // name as written → id (0: new)
    auto department = [&](const QString& name) {
        const auto it = knownDepartments.constFind(name);
        if (it != knownDepartments.cend())
            return *it;
        const qint64 id = DepartmentNames::match(name, context.departments, context.unit);
        knownDepartments.insert(name, id);
        if (!id && !preview.newDepartments.contains(name))
            preview.newDepartments << name;
        return id;
    };
    QHash<QString, int> groupIndex;
    auto noteGroup = [&](const QString& text) {
        if (text.isEmpty())
            return;
        auto it = groupIndex.find(text);
        if (it == groupIndex.end()) {
            GroupMapping g;
            g.text = text;
            g.pillarId = PillarMatch::match(text, context.pillars);
            g.createNew = g.pillarId == 0;
            it = groupIndex.insert(text, int(preview.groups.size()));
            preview.groups << g;
        }
        ++preview.groups[*it].rows;
    };
    QHash<qint64, QString> metricUnits, metricNames;
    for (const Metric& m : context.metrics) {
        metricUnits.insert(m.id, m.unit);
        metricNames.insert(m.id, m.name);
    }
    QHash<QString, int> seenInFile;
    // Plans repeat the same dates, figures and department lists down the table: read each once.
    QHash<QString, FreeDate::Result> dateCache;
    QHash<QString, FigureText::Result> figureCache;
    QHash<QString, QStringList> namesCache;
    auto names = [&namesCache](const QString& text) {
        auto it = namesCache.constFind(text);
        if (it == namesCache.cend())
            it = namesCache.insert(text, DepartmentNames::split(text));
        return *it;
    };
    preview.rows.reserve(qMax(0, grid.rowCount() - layout.firstDataRow()));
    const QString headerTitle =
        layout.columnOf(ColumnRole::Title) >= 0
            ? ImportText::key(layout.columns.at(layout.columnOf(ColumnRole::Title)).header)
            : QString();

    QString group;
    const int columns = qMin(grid.columnCount(), int(layout.columns.size()));
    for (int r = layout.firstDataRow(); r < grid.rowCount(); ++r) {
        QString first;
        for (int c = 0; c < columns && first.isEmpty(); ++c)
            first = oneLine(merges.value(grid, r, c).text);
        if (first.isEmpty()) {
            ++preview.skippedRows;
            continue;
        }
        if (skippable(first)) {
            ++preview.skippedRows;
            continue;
        }
        QString g;
        if (layout.headerRow >= 0 && groupText(grid, merges, r, layout, &g)) {
            group = g;
            ++preview.skippedRows;
            continue;
        }

        ImportRow row;
        row.sourceRow = r;
        Activity& a = row.activity;
        a.campaignId = context.campaign.id;
        QStringList notes;
        QString dateText, leadText, assistText, pillarText;
        for (int c = 0; c < columns; ++c) {
            const ColumnAssignment& col = layout.columns.at(c);
            const TableCell& cell = merges.value(grid, r, c);
            const QString text = ImportText::normalized(cell.text).trimmed();
            if (cell.isEmpty() && cell.kind != TableCell::Kind::Date)
                continue;
            switch (col.role) {
            case ColumnRole::Ignore:
            case ColumnRole::Number:
                break;
            case ColumnRole::Title:
                a.title = oneLine(ImportText::withoutEnumerator(cell.text));
                break;
            case ColumnRole::Description:
                a.description = text;
                break;
            case ColumnRole::Date:
                // A date cell is exact: the plan writes it from the date ("9月16日"), not in the
                // sheet's own format ("2021年9月16日", "2021/9/16").
                if (cell.kind == TableCell::Kind::Date && cell.date.isValid()) {
                    a.start = a.end = cell.date;
                } else if (cell.kind == TableCell::Kind::Number &&
                           FreeDate::fromSerial(cell.number).isValid() && cell.number > 30000) {
                    a.start = a.end = FreeDate::fromSerial(cell.number);
                } else {
                    dateText = text;
                }
                break;
            case ColumnRole::Lead:
                leadText = text;
                break;
            case ColumnRole::Assisting:
                assistText = text;
                break;
            case ColumnRole::Location:
                a.location = oneLine(text);
                break;
            case ColumnRole::Owner:
                a.owner = oneLine(text);
                break;
            case ColumnRole::Phone:
                a.phone = oneLine(text);
                break;
            case ColumnRole::Notes:
                notes << text;
                break;
            case ColumnRole::Pillar:
                pillarText = oneLine(text);
                break;
            case ColumnRole::Status: {
                ActivityStatus s = ActivityStatus::NotStarted;
                if (statusFromText(text, &s)) {
                    a.status = s;
                    if (s == ActivityStatus::Done)
                        a.progress = 100;
                } else {
                    notes << col.header + QStringLiteral("：") + text;
                }
                break;
            }
            case ColumnRole::Figure: {
                auto cached = figureCache.constFind(text);
                if (cached == figureCache.cend())
                    cached = figureCache.insert(text, FigureText::parse(text));
                const FigureText::Result f = *cached;
                if (!f.ok) {
                    row.issues << ImportIssue{ImportIssue::Warning,
                                              tr("“%1” is not a figure; it goes to the notes").arg(text)};
                    notes << col.header + QStringLiteral("：") + text;
                    break;
                }
                if (!f.measure.isEmpty() && metricUnits.contains(col.metricId) &&
                    !metricUnits.value(col.metricId).isEmpty() &&
                    f.measure != metricUnits.value(col.metricId) &&
                    !(f.measure == QStringLiteral("人") &&
                      metricUnits.value(col.metricId) == QStringLiteral("人次")))
                    row.issues << ImportIssue{ImportIssue::Warning,
                                              tr("“%1” is counted in %2, the figure %3 in %4")
                                                  .arg(text, f.measure, metricNames.value(col.metricId),
                                                       metricUnits.value(col.metricId))};
                MetricValue v;
                v.metricId = col.metricId;
                (layout.figuresAreActual ? v.actual : v.target) = f.amount;
                bool merged = false;
                for (MetricValue& existingValue : a.figures) {
                    if (existingValue.metricId == v.metricId) {
                        Amount& into = layout.figuresAreActual ? existingValue.actual : existingValue.target;
                        into.value += f.amount.value;
                        into.approximate = into.approximate || f.amount.approximate;
                        merged = true;
                    }
                }
                if (!merged)
                    a.figures << v;
                break;
            }
            case ColumnRole::Other:
                notes << (col.header.isEmpty() ? text : col.header + QStringLiteral("：") + text);
                break;
            }
        }
        // A table where the only text of a row is in a column the user ignored.
        if (a.title.isEmpty() && !a.description.isEmpty()) {
            a.title = oneLine(a.description);
            a.description.clear();
        }
        if (a.title.isEmpty()) {
            if (ImportText::key(first) == headerTitle) {
                ++preview.skippedRows;
                continue;
            }
            row.issues << ImportIssue{ImportIssue::Error, tr("No activity name: the row is not imported")};
        } else if (!headerTitle.isEmpty() && ImportText::key(a.title) == headerTitle) {
            ++preview.skippedRows; // the header repeated on a later page
            continue;
        }
        if (a.title.size() > 500) {
            a.description = a.description.isEmpty() ? a.title : a.title + QLatin1Char('\n') + a.description;
            a.title = a.title.left(120) + QStringLiteral("…");
            row.issues << ImportIssue{ImportIssue::Warning,
                                      tr("The activity name is very long; it was shortened")};
        }

        // Owner cells often carry the phone number too: "张三 13800001111".
        if (a.phone.isEmpty()) {
            static const QRegularExpression phone(
                QStringLiteral("(?:\\+?86)?1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}"));
            const QRegularExpressionMatch m = phone.match(a.owner);
            if (m.hasMatch()) {
                a.phone = m.captured(0);
                a.owner = a.owner.remove(m.capturedStart(), m.capturedLength()).trimmed();
                static const QRegularExpression tail(QStringLiteral("[,，、:：/\\s]+$"));
                a.owner.remove(tail);
            }
        }

        if (!dateText.isEmpty() && !a.start.isValid()) {
            auto cached = dateCache.constFind(dateText);
            if (cached == dateCache.cend())
                cached = dateCache.insert(dateText, FreeDate::parse(dateText, dates));
            const FreeDate::Result d = *cached;
            if (d.ok) {
                a.start = d.start;
                a.end = d.end;
                if (d.otherYear)
                    row.issues << ImportIssue{
                        ImportIssue::Warning,
                        tr("The date “%1” is not in %2").arg(dateText).arg(context.campaign.year)};
            } else {
                row.dateRead = false;
                row.issues << ImportIssue{
                    ImportIssue::Warning,
                    tr("The date “%1” could not be read; the activity is imported without "
                       "dates and keeps the text")
                        .arg(dateText)};
            }
        }
        row.activity.dateText = dateText;

        const QStringList leads = names(leadText);
        QStringList assisting = leads.mid(1) + names(assistText);
        if (!leads.isEmpty()) {
            a.leadDepartmentId = department(leads.first());
            if (!a.leadDepartmentId)
                row.leadName = leads.first();
        }
        for (const QString& name : assisting) {
            const qint64 id = department(name);
            if (id == a.leadDepartmentId && id)
                continue;
            if (!id && name == row.leadName)
                continue;
            if (id) {
                if (!a.assistingDepartmentIds.contains(id))
                    a.assistingDepartmentIds << id;
            } else if (!row.assistingNames.contains(name)) {
                row.assistingNames << name;
            }
        }
        const QStringList unknown =
            (row.leadName.isEmpty() ? QStringList() : QStringList{row.leadName}) + row.assistingNames;
        if (!unknown.isEmpty())
            row.issues << ImportIssue{ImportIssue::Warning,
                                      tr("Not a department of this file yet, added with the import: %1")
                                          .arg(unknown.join(QStringLiteral("、")))};
        if (!notes.isEmpty())
            a.notes = notes.join(QLatin1Char('\n'));

        row.group = pillarText.isEmpty() ? group : pillarText;
        noteGroup(row.group);

        const QString key = duplicateKey(a.title, a.start, a.end);
        row.duplicateOf = existing.value(key);
        if (row.duplicateOf)
            row.issues << ImportIssue{ImportIssue::Warning,
                                      tr("Already in the plan with the same name and dates")};
        else if (!a.title.isEmpty() && seenInFile.contains(key))
            row.issues << ImportIssue{
                ImportIssue::Warning,
                tr("Same name and dates as row %1 of this table").arg(seenInFile.value(key) + 1)};
        seenInFile.insert(key, r);
        preview.rows.append(std::move(row));
    }
    return preview;
}

} // namespace PlanRecognizer
