#pragma once

#include "notice/NoticeFields.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class ReferenceEditor;
class Workspace;

// File › New Campaign from Notice…, second step: every recognised field next to the sentence it
// came from, editable; Create writes the campaign through the ReferenceEditor (one transaction, not
// undoable, like "New campaign from…"). A refusal (no theme, the year exists) keeps the dialog open.
class NoticeReviewDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeReviewDialog(Workspace& workspace, ReferenceEditor& editor, const NoticeFields& fields,
                       QWidget* parent = nullptr);

    // The fields as the user corrected them.
    NoticeFields edited() const;
    qint64 campaignId() const { return m_campaignId; }

    QTableWidget* table() const { return m_table; }
    QComboBox* levelBox() const { return m_level; }
    QComboBox* metricsBox() const { return m_metricsFrom; }
    QPushButton* createButton() const { return m_create; }
    QString refusal() const;
    // The row whose field column reads `label`, -1 when none.
    int rowOf(const QString& label) const;

public slots:
    void accept() override;

private:
    void addRow(const QString& label, const QString& key, const QString& value, const QString& source);
    void updatePlan();

    Workspace& m_workspace;
    ReferenceEditor& m_editor;
    NoticeFields m_fields;
    QTableWidget* m_table;
    QComboBox* m_level;
    QComboBox* m_metricsFrom;
    QLabel* m_plan;
    QLabel* m_refusal;
    QPushButton* m_create;
    qint64 m_campaignId = 0;
};
