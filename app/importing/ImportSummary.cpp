#include "importing/ImportSummary.h"

#include "formats/TableGrid.h"
#include "importing/ColumnRoles.h"

#include <QCoreApplication>

namespace ImportSummary {

static QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("ImportSummary", text, comment, n);
}

QString headline(const ImportPreview& preview)
{
    const int rows = int(preview.rows.size());
    const int look = preview.needLookCount();
    if (look == 0)
        return tr("%n rows, all ready", nullptr, rows);
    return tr("%n rows: %1 ready, %2 need a look", nullptr, rows).arg(preview.readyCount()).arg(look);
}

QString columnLetter(int column)
{
    QString out;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        out.prepend(QChar(u'A' + (n - 1) % 26));
    return out;
}

QStringList columns(const TableLayout& layout, const QList<Metric>& metrics)
{
    QStringList out;
    for (int c = 0; c < layout.columns.size(); ++c) {
        const ColumnAssignment& a = layout.columns.at(c);
        QString role = ColumnRoles::roleName(a.role);
        if (a.role == ColumnRole::Figure) {
            for (const Metric& m : metrics)
                if (m.id == a.metricId)
                    role = m.unit.isEmpty() ? m.name : QStringLiteral("%1（%2）").arg(m.name, m.unit);
        }
        out << QStringLiteral("%1 %2 → %3")
                   .arg(columnLetter(c), a.header.isEmpty() ? tr("(no heading)") : a.header, role);
    }
    return out;
}

QStringList groups(const ImportPreview& preview, const QList<Pillar>& pillars)
{
    QStringList out;
    for (const GroupMapping& g : preview.groups) {
        QString target = tr("no pillar");
        if (g.createNew)
            target = tr("new pillar");
        for (const Pillar& p : pillars)
            if (p.id == g.pillarId)
                target = p.title;
        out << tr("%1 → %2 (%n rows)", nullptr, g.rows).arg(g.text, target);
    }
    return out;
}

QStringList problems(const ImportPreview& preview)
{
    QStringList out;
    for (const ImportRow& r : preview.rows)
        for (const ImportIssue& i : r.issues)
            out << tr("Row %1: %2").arg(r.sourceRow + 1).arg(i.message);
    return out;
}

int chooseTable(const QList<TableGrid>& tables, const ImportContext& context)
{
    int best = -1;
    int bestRoles = 0;
    int bestRows = 0;
    for (int i = 0; i < tables.size(); ++i) {
        const TableLayout layout = ColumnRoles::detect(tables.at(i), context);
        if (layout.headerRow < 0)
            continue;
        int roles = 0;
        for (const ColumnAssignment& a : layout.columns)
            roles += a.role != ColumnRole::Other ? 1 : 0;
        const int rows = tables.at(i).rowCount() - layout.firstDataRow();
        if (roles > bestRoles || (roles == bestRoles && rows > bestRows)) {
            best = i;
            bestRoles = roles;
            bestRows = rows;
        }
    }
    return best;
}

} // namespace ImportSummary
