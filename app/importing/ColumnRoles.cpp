#include "importing/ColumnRoles.h"

#include "importing/FigureText.h"
#include "importing/ImportText.h"
#include "importing/PillarMatch.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ColumnRoles {
namespace {

bool containsAny(const QString& text, std::initializer_list<const char16_t*> words)
{
    for (const char16_t* w : words)
        if (text.contains(QString::fromUtf16(w)))
            return true;
    return false;
}

bool equalsAny(const QString& text, std::initializer_list<const char16_t*> words)
{
    for (const char16_t* w : words)
        if (text == QString::fromUtf16(w))
            return true;
    return false;
}

// "发放资料(份)" → ("发放资料", "份"); "参与人数" → ("参与人数", "人").
void splitMeasure(const QString& header, QString* name, QString* measure)
{
    static const QRegularExpression paren(QStringLiteral("^(.*?)\\(([^)]*)\\)\\s*$"));
    const QString h = ImportText::compact(header);
    const QRegularExpressionMatch m = paren.match(h);
    if (m.hasMatch()) {
        *name = m.captured(1);
        *measure = m.captured(2);
    } else {
        *name = h;
        measure->clear();
    }
}

qint64 metricFor(const QString& header, const QList<Metric>& metrics, bool* looksLikeFigure)
{
    QString name, measure;
    splitMeasure(header, &name, &measure);
    const bool knownMeasure = FigureText::measureWords().contains(measure);
    *looksLikeFigure = knownMeasure ||
                       containsAny(name, {u"人数", u"人次", u"数量", u"份数", u"场次", u"数(", u"户数",
                                          u"家数", u"件数", u"条数", u"次数"}) ||
                       name.endsWith(QStringLiteral("数"));
    qint64 best = 0;
    double bestScore = 0;
    for (const Metric& m : metrics) {
        double s = PillarMatch::overlap(name, m.name);
        if (ImportText::key(name) == ImportText::key(m.name))
            s = 2;
        if (!measure.isEmpty() && measure == m.unit)
            s += 0.3;
        // "参与人数" against 参与人数/人次: the measure is implied by 人数 and 人次.
        if (measure.isEmpty() && !m.unit.isEmpty() && name.endsWith(m.unit))
            s += 0.2;
        if (s > bestScore) {
            bestScore = s;
            best = m.id;
        }
    }
    // Half the character pairs shared, or the same measure with a third: the same figure.
    return bestScore >= 0.5 ? best : 0;
}

} // namespace

ColumnAssignment roleFor(const QString& header, const QList<Metric>& metrics)
{
    ColumnAssignment a;
    a.header = ImportText::normalized(header).trimmed();
    const QString h = ImportText::key(header);
    if (h.isEmpty()) {
        a.role = ColumnRole::Other;
        return a;
    }
    if (equalsAny(h, {u"序号", u"编号", u"序", u"号", u"No", u"NO", u"no"})) {
        a.role = ColumnRole::Number;
        return a;
    }
    if (containsAny(h, {u"电话", u"手机", u"联系方式"}) &&
        !containsAny(h, {u"负责人", u"联系人", u"责任人"})) {
        a.role = ColumnRole::Phone;
        return a;
    }
    if (containsAny(h, {u"负责人", u"联系人", u"责任人", u"经办人"})) {
        a.role = ColumnRole::Owner;
        return a;
    }
    bool figure = false;
    const qint64 metric = metricFor(header, metrics, &figure);
    if (figure || metric) {
        if (metric || !containsAny(h, {u"单位", u"部门", u"时间", u"内容", u"名称"})) {
            a.role = metric ? ColumnRole::Figure : ColumnRole::Other;
            a.metricId = metric;
            return a;
        }
    }
    if (containsAny(h, {u"牵头", u"责任单位", u"责任部门", u"责任科室", u"主办", u"承办", u"组织单位",
                        u"实施单位", u"主责", u"负责单位", u"负责部门", u"责任股室"})) {
        a.role = ColumnRole::Lead;
        return a;
    }
    if (containsAny(
            h, {u"协助", u"配合", u"协办", u"参与单位", u"参加单位", u"联合单位", u"参与部门", u"协同"})) {
        a.role = ColumnRole::Assisting;
        return a;
    }
    if (containsAny(h, {u"时间", u"日期", u"时限", u"时段", u"起止"})) {
        a.role = ColumnRole::Date;
        return a;
    }
    if (containsAny(h, {u"地点", u"地址", u"场所", u"地方"})) {
        a.role = ColumnRole::Location;
        return a;
    }
    if (containsAny(h, {u"备注", u"说明"})) {
        a.role = ColumnRole::Notes;
        return a;
    }
    if (containsAny(h, {u"完成情况", u"状态", u"进展", u"开展情况", u"落实情况"})) {
        a.role = ColumnRole::Status;
        return a;
    }
    if (containsAny(h, {u"类别", u"类型", u"板块", u"分类", u"方面", u"所属", u"重点任务", u"活动重点"})) {
        a.role = ColumnRole::Pillar;
        return a;
    }
    if (containsAny(h, {u"名称", u"项目", u"主题", u"活动安排"}) || h == QStringLiteral("活动")) {
        a.role = ColumnRole::Title;
        return a;
    }
    if (containsAny(h, {u"内容", u"形式", u"方式", u"措施", u"举措", u"工作任务", u"具体安排"})) {
        a.role = ColumnRole::Description;
        return a;
    }
    a.role = ColumnRole::Other;
    return a;
}

namespace {

// The text of a header cell, taking a horizontally merged cell's text for every column it spans.
QString headerText(const TableGrid& grid, int row, int column)
{
    const QRect span = grid.spanAt(row, column);
    if (span.top() != row)
        return {}; // merged down from the row above: that row's heading, not this one's
    return grid.cell(span.top(), span.left()).text;
}

int score(const QList<ColumnAssignment>& columns, bool* hasTitle)
{
    int roles = 0;
    *hasTitle = false;
    QList<ColumnRole> seen;
    for (const ColumnAssignment& c : columns) {
        if (c.role == ColumnRole::Other || seen.contains(c.role))
            continue;
        seen << c.role;
        ++roles;
        if (c.role == ColumnRole::Title || c.role == ColumnRole::Description)
            *hasTitle = true;
    }
    return roles;
}

QList<ColumnAssignment> rowRoles(const TableGrid& grid, int row, const QList<Metric>& metrics)
{
    QList<ColumnAssignment> out;
    for (int c = 0; c < grid.columnCount(); ++c)
        out << roleFor(headerText(grid, row, c), metrics);
    return out;
}

// Two columns read as titles, or two as descriptions: the first is the name, the next the content.
void settle(QList<ColumnAssignment>& columns)
{
    int title = -1;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).role != ColumnRole::Title)
            continue;
        if (title < 0)
            title = i;
        else
            columns[i].role = ColumnRole::Description;
    }
    if (title < 0) {
        for (ColumnAssignment& c : columns) {
            if (c.role == ColumnRole::Description) {
                c.role = ColumnRole::Title;
                break;
            }
        }
    }
    // A second date, lead or location column ("开始时间", "结束时间") keeps its text in the notes.
    QList<ColumnRole> single{ColumnRole::Date,  ColumnRole::Lead,   ColumnRole::Location, ColumnRole::Owner,
                             ColumnRole::Phone, ColumnRole::Number, ColumnRole::Pillar,   ColumnRole::Status};
    for (ColumnRole role : single) {
        bool seen = false;
        for (ColumnAssignment& c : columns) {
            if (c.role != role)
                continue;
            if (seen)
                c.role = ColumnRole::Other;
            seen = true;
        }
    }
}

} // namespace

TableLayout detect(const TableGrid& grid, const ImportContext& context)
{
    TableLayout layout;
    layout.figuresAreActual =
        context.campaign.end.isValid() && context.today.isValid() && context.campaign.end < context.today;
    const int scan = qMin(grid.rowCount(), 30);
    int bestRow = -1, bestScore = 0;
    for (int r = 0; r < scan; ++r) {
        bool hasTitle = false;
        const int s = score(rowRoles(grid, r, context.metrics), &hasTitle);
        if (hasTitle && s >= 2 && s > bestScore) {
            bestScore = s;
            bestRow = r;
        }
    }
    if (bestRow < 0) {
        for (int c = 0; c < grid.columnCount(); ++c)
            layout.columns << ColumnAssignment{};
        return layout;
    }
    layout.headerRow = bestRow;
    QList<ColumnAssignment> top = rowRoles(grid, bestRow, context.metrics);

    // A second header row: cells merged down from the first, or sub-headings under a merged
    // heading ("宣传成效" over "发放资料(份)" and "参与人数").
    const int next = bestRow + 1;
    bool twoRows = false;
    if (next < grid.rowCount()) {
        for (int c = 0; c < grid.columnCount() && !twoRows; ++c) {
            const QRect span = grid.spanAt(bestRow, c);
            if (span.top() == bestRow && span.bottom() >= next && span.height() == 2)
                twoRows = true;
        }
        if (!twoRows) {
            int named = 0, filled = 0;
            for (int c = 0; c < grid.columnCount(); ++c) {
                const QString t = grid.cell(next, c).text.trimmed();
                if (t.isEmpty())
                    continue;
                ++filled;
                const ColumnAssignment a = roleFor(t, context.metrics);
                if (a.role != ColumnRole::Other && a.role != ColumnRole::Title &&
                    a.role != ColumnRole::Description)
                    ++named;
                else if (a.role == ColumnRole::Other && grid.spanAt(bestRow, c).width() > 1)
                    ++named; // a free sub-heading under a merged heading
            }
            twoRows = filled > 0 && named == filled;
        }
    }
    if (twoRows) {
        layout.headerRows = 2;
        for (int c = 0; c < grid.columnCount(); ++c) {
            const QRect span = grid.spanAt(next, c);
            const QString lower = span.top() == next ? grid.cell(next, c).text.trimmed() : QString();
            if (lower.isEmpty())
                continue;
            ColumnAssignment a = roleFor(lower, context.metrics);
            const QString upper = headerText(grid, bestRow, c).trimmed();
            const QString both = upper.isEmpty() || upper == lower ? lower : upper + QLatin1Char(' ') + lower;
            if (a.role == ColumnRole::Other)
                a = roleFor(both, context.metrics);
            a.header = ImportText::normalized(both);
            top[c] = a;
        }
    }
    settle(top);
    layout.columns = top;
    return layout;
}

QString roleName(ColumnRole role)
{
    auto tr = [](const char* s) { return QCoreApplication::translate("ColumnRoles", s); };
    switch (role) {
    case ColumnRole::Ignore:
        return tr("(ignore)");
    case ColumnRole::Number:
        return tr("No.");
    case ColumnRole::Title:
        return tr("Activity");
    case ColumnRole::Description:
        return tr("Description");
    case ColumnRole::Date:
        return tr("Date");
    case ColumnRole::Lead:
        return tr("Lead department");
    case ColumnRole::Assisting:
        return tr("Assisting departments");
    case ColumnRole::Location:
        return tr("Location");
    case ColumnRole::Owner:
        return tr("Person in charge");
    case ColumnRole::Phone:
        return tr("Phone");
    case ColumnRole::Notes:
        return tr("Notes");
    case ColumnRole::Pillar:
        return tr("Pillar");
    case ColumnRole::Status:
        return tr("Status");
    case ColumnRole::Figure:
        return tr("Figure");
    case ColumnRole::Other:
        return tr("Other (to notes)");
    }
    return {};
}

} // namespace ColumnRoles
