#pragma once

#include "notice/NoticeFields.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class ReferenceEditor;
class Workspace;

// File › New Campaign from Notice…, first step: the notice's text, pasted or read from a file.
// "Recognise" reads the fields and opens the review; nothing is written here.
class NoticeImportDialog : public QDialog
{
    Q_OBJECT

public:
    NoticeImportDialog(Workspace& workspace, ReferenceEditor& editor, QWidget* parent = nullptr);

    // Reads `path` into the text box; false and the reason shown in the dialog on failure.
    bool loadFile(const QString& path);
    QPlainTextEdit* textEdit() const { return m_text; }
    QPushButton* recogniseButton() const { return m_recognise; }
    QString refusal() const;
    qint64 createdCampaignId() const { return m_created; }

signals:
    // Emitted with the fields before the review opens (tests answer the review through it).
    void reviewOpened(QDialog* review);

private:
    void openFile();
    void recognise();
    void refuse(const QString& reason);

    Workspace& m_workspace;
    ReferenceEditor& m_editor;
    QPlainTextEdit* m_text;
    QLabel* m_refusal;
    QPushButton* m_recognise;
    qint64 m_created = 0;
};
