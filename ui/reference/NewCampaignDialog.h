#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class ReferenceEditor;
class Workspace;

// "New campaign from…": picks a campaign of the file and a new year, copies the campaign there
// (optionally with its unfinished activities) and makes the copy the current campaign.
class NewCampaignDialog : public QDialog
{
    Q_OBJECT

public:
    NewCampaignDialog(Workspace& workspace, ReferenceEditor& editor, QWidget* parent = nullptr);

    qint64 createdCampaignId() const { return m_created; }

    QComboBox* sourceBox() const { return m_source; }
    QSpinBox* yearBox() const { return m_year; }
    QCheckBox* unfinishedBox() const { return m_withUnfinished; }

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    ReferenceEditor& m_editor;
    QComboBox* m_source;
    QSpinBox* m_year;
    QCheckBox* m_withUnfinished;
    QLabel* m_refusal;
    qint64 m_created = 0;
};
