#pragma once

#include "UnitProfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class ReferenceEditor;
class Workspace;

// 本单位: the bureau's name, region and level as printed on plans and summaries. Each field is
// saved through the editor when the user leaves it (undoable); a refused value stays in the field with
// the reason beside it.
class UnitProfileForm : public QWidget
{
    Q_OBJECT

public:
    UnitProfileForm(Workspace& workspace, ReferenceEditor& editor, QWidget* parent = nullptr);

    // Shows what the workspace holds, discarding unsaved input.
    void reload();
    QString refusal() const;

private:
    void save();

    Workspace& m_workspace;
    ReferenceEditor& m_editor;
    QLineEdit* m_name;
    QLineEdit* m_region;
    QComboBox* m_level;
    QLabel* m_refusal;
};
