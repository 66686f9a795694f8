#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    // Language names are shown in their own language so that anyone can find theirs.
    m_language->addItem(tr("System language"), int(AppSettings::Language::System));
    m_language->addItem(QStringLiteral("中文（简体）"), int(AppSettings::Language::Chinese));
    m_language->addItem(QStringLiteral("English"), int(AppSettings::Language::English));
    m_language->setCurrentIndex(m_language->findData(int(settings.language())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Language:"), m_language);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    const auto chosen = static_cast<AppSettings::Language>(m_language->currentData().toInt());
    if (chosen != m_settings.language())
        m_settings.setLanguage(chosen);
    QDialog::accept();
}
