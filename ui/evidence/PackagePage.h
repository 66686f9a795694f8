#pragma once

#include <QWidget>

class ConsolidatedModel;
class QLabel;
class QTableView;
class QTableWidget;
class Workspace;

// 报送包: send the report package upward (summary, plan, chosen evidence) and take in packages from
// subordinate units, shown as a consolidated table by unit with a roll-up row and each unit's activities.
class PackagePage : public QWidget
{
    Q_OBJECT

public:
    explicit PackagePage(Workspace& workspace, QWidget* parent = nullptr);

    void refresh();
    // Both return false with the reason shown on the page; used by the buttons and by tests.
    bool exportTo(const QString& path);
    bool importFrom(const QString& path);
    ConsolidatedModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showUnit(qint64 unitId);
    void showMessage(const QString& text, bool error);

    Workspace& m_ws;
    ConsolidatedModel* m_model = nullptr;
    QLabel* m_outgoing = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_units = nullptr;
    QTableWidget* m_activities = nullptr;
};
