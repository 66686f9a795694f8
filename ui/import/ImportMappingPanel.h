#pragma once

#include "importing/ImportPreview.h"

#include <QWidget>

class QTableWidget;

// The two things a user may correct in an import: what each column of the table means (a role, or
// which figure), and which pillar each group of rows goes to (an existing one, a new one, or none).
class ImportMappingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportMappingPanel(QWidget* parent = nullptr);

    void setContext(const ImportContext& context);
    void setLayout(const TableLayout& layout);
    void setGroups(const QList<GroupMapping>& groups);

signals:
    void columnChanged(int column, const ColumnAssignment& assignment);
    void groupChanged(int group, qint64 pillarId, bool createNew);

private:
    QTableWidget* m_columns;
    QTableWidget* m_groups;
    ImportContext m_context;
};
