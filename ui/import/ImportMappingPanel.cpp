#include "ImportMappingPanel.h"

#include "importing/ColumnRoles.h"
#include "importing/ImportSummary.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// A role in a combo box: the role, and for figures the metric id.
QVariant roleData(ColumnRole role, qint64 metricId = 0)
{
    return QVariantList{int(role), metricId};
}

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(headers.size() - 1, QHeaderView::ResizeToContents);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

} // namespace

ImportMappingPanel::ImportMappingPanel(QWidget* parent)
    : QWidget(parent), m_columns(table({tr("Column"), tr("Means")}, this)),
      m_groups(table({tr("Group in the table"), tr("Rows"), tr("Pillar")}, this))
{
    m_columns->setObjectName(QStringLiteral("columnRoles"));
    m_groups->setObjectName(QStringLiteral("groupPillars"));
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->setColumnWidth(0, 150);
    m_groups->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_groups->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_groups->setColumnWidth(0, 150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Columns</b> — what each column holds")));
    layout->addWidget(m_columns, 3);
    layout->addWidget(new QLabel(tr("<b>Pillars</b> — where each group of rows goes")));
    layout->addWidget(m_groups, 2);
}

void ImportMappingPanel::setContext(const ImportContext& context)
{
    m_context = context;
}

void ImportMappingPanel::setLayout(const TableLayout& layout)
{
    m_columns->setRowCount(0);
    m_columns->setRowCount(int(layout.columns.size()));
    for (int c = 0; c < layout.columns.size(); ++c) {
        const ColumnAssignment& a = layout.columns.at(c);
        auto* item = new QTableWidgetItem(QStringLiteral("%1  %2").arg(
            ImportSummary::columnLetter(c), a.header.isEmpty() ? tr("(no heading)") : a.header));
        m_columns->setItem(c, 0, item);
        auto* combo = new QComboBox(m_columns);
        for (ColumnRole role : {ColumnRole::Title, ColumnRole::Description, ColumnRole::Date,
                                ColumnRole::Lead, ColumnRole::Assisting, ColumnRole::Location,
                                ColumnRole::Owner, ColumnRole::Phone, ColumnRole::Pillar, ColumnRole::Status,
                                ColumnRole::Notes, ColumnRole::Number, ColumnRole::Other, ColumnRole::Ignore})
            combo->addItem(ColumnRoles::roleName(role), roleData(role));
        for (const Metric& m : std::as_const(m_context.metrics))
            combo->addItem(tr("Figure: %1 (%2)").arg(m.name, m.unit), roleData(ColumnRole::Figure, m.id));
        combo->setCurrentIndex(
            qMax(0, combo->findData(roleData(a.role, a.role == ColumnRole::Figure ? a.metricId : 0))));
        connect(combo, &QComboBox::activated, this, [this, combo, c, header = a.header] {
            const QVariantList d = combo->currentData().toList();
            ColumnAssignment changed;
            changed.role = ColumnRole(d.value(0).toInt());
            changed.metricId = d.value(1).toLongLong();
            changed.header = header;
            emit columnChanged(c, changed);
        });
        m_columns->setCellWidget(c, 1, combo);
    }
}

void ImportMappingPanel::setGroups(const QList<GroupMapping>& groups)
{
    m_groups->setRowCount(0);
    m_groups->setRowCount(int(groups.size()));
    for (int i = 0; i < groups.size(); ++i) {
        const GroupMapping& g = groups.at(i);
        m_groups->setItem(i, 0, new QTableWidgetItem(g.text));
        auto* count = new QTableWidgetItem(QString::number(g.rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_groups->setItem(i, 1, count);
        auto* combo = new QComboBox(m_groups);
        for (const Pillar& p : std::as_const(m_context.pillars))
            combo->addItem(p.shortName.isEmpty() ? p.title
                                                 : QStringLiteral("%1 — %2").arg(p.shortName, p.title),
                           QVariantList{p.id, false});
        combo->addItem(tr("Add as a new pillar"), QVariantList{0, true});
        combo->addItem(tr("No pillar"), QVariantList{0, false});
        combo->setCurrentIndex(qMax(0, combo->findData(QVariantList{g.pillarId, g.createNew})));
        connect(combo, &QComboBox::activated, this, [this, combo, i] {
            const QVariantList d = combo->currentData().toList();
            emit groupChanged(i, d.value(0).toLongLong(), d.value(1).toBool());
        });
        m_groups->setCellWidget(i, 2, combo);
    }
}
