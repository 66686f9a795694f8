#pragma once

#include "UnitProfile.h"

#include <QDialog>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class ReferenceEditor;
class Workspace;

// The first start's short welcome: which unit this is (name, region, level) and, optionally, last
// year's file to carry departments and unit over from. It writes nothing itself: apply() does, through
// the Workspace, after the user said OK. "Import this year's notice" stays hidden until the notice
// import hands its action over (setImportNoticeAction, or an action named importNoticeActionName in
// the main window, which Application passes on).
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // The object name Application looks for in the main window to offer the notice import here.
    static constexpr const char* importNoticeActionName = "importNoticeAction";

    explicit WelcomeDialog(const Workspace& workspace, QWidget* parent = nullptr);

    UnitProfile unit() const;
    void setUnit(const UnitProfile& unit);
    QString previousFile() const { return m_previousFile; }
    void setPreviousFile(const QString& path);
    // Shows the import button; clicking it accepts the welcome and then triggers `action`.
    void setImportNoticeAction(QAction* action);
    QPushButton* importNoticeButton() const { return m_importNotice; }

    // Carries the previous file over and saves the unit through the editor; false and a translated reason.
    bool apply(ReferenceEditor& editor, QString* error) const;

signals:
    // After the welcome was accepted through the import button.
    void importNoticeRequested();

private:
    void choosePreviousFile();

    QLineEdit* m_name;
    QLineEdit* m_region;
    QComboBox* m_level;
    QLabel* m_previousLabel;
    QPushButton* m_importNotice;
    QString m_previousFile;
};
