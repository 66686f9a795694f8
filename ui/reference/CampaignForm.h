#pragma once

#include "Campaign.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class ReferenceEditor;
class Workspace;

// 活动: the current campaign's notice data (year, title, theme, document number, issuing body,
// dates, summary deadline, recipient) and its state (筹备 … 已报送). Saved through the editor field by
// field when the user leaves it (undoable); a refused value (e.g. an end before the start) stays
// visible with the reason and is not written.
class CampaignForm : public QWidget
{
    Q_OBJECT

public:
    CampaignForm(Workspace& workspace, ReferenceEditor& editor, QWidget* parent = nullptr);

    // Shows what the workspace holds, discarding unsaved input.
    void reload();
    QString refusal() const;

private:
    QDateEdit* makeDateEdit(bool optional);
    Campaign edited() const;
    void save();
    void showThemeSuggestion();

    Workspace& m_workspace;
    ReferenceEditor& m_editor;
    QSpinBox* m_year;
    QLabel* m_ordinal;
    QLabel* m_contentMissing;
    QComboBox* m_state;
    QLineEdit* m_title;
    QLineEdit* m_theme;
    QLabel* m_themeSuggestion;
    QLineEdit* m_documentNumber;
    QLineEdit* m_issuingBody;
    QDateEdit* m_issuedOn;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QDateEdit* m_summaryDeadline;
    QLineEdit* m_recipient;
    QLabel* m_refusal;
};
