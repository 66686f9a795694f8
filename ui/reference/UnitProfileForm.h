#pragma once

#include "UnitProfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class Workspace;

// 本单位: the bureau's name, region and level as printed on plans and summaries. Each field is
// saved when the user leaves it; a refused value stays in the field with the reason beside it.
class UnitProfileForm : public QWidget
{
    Q_OBJECT

public:
    explicit UnitProfileForm(Workspace& workspace, QWidget* parent = nullptr);

    // Shows what the workspace holds, discarding unsaved input.
    void reload();
    QString refusal() const;

signals:
    void saved();

private:
    void save();
    void recordUndo(const UnitProfile& before, const UnitProfile& after);
    void afterUndoOrRedo(const QString& error);

    Workspace& m_workspace;
    QLineEdit* m_name;
    QLineEdit* m_region;
    QComboBox* m_level;
    QLabel* m_refusal;
};
