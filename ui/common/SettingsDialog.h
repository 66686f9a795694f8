#pragma once

#include "AppSettings.h"

#include <QDialog>

class QComboBox;

// Program settings the user may change: for now the interface language (applies after a restart).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    AppSettings& m_settings;
    QComboBox* m_language;
};
