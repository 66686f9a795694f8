#pragma once

#include "CampaignSnapshot.h"
#include "PublicityOptions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

// The choices of the 宣传物料 page: what to make (poster, slogan sheet, banner), its template,
// paper, orientation, colours, slogan, activity, picture and QR code. Emits changed() on every edit.
class PublicityOptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PublicityOptionsPanel(QWidget* parent = nullptr);

    Publicity::Options options() const;
    // Refills the slogan and activity choosers, keeping the current choice where it still exists.
    void setCampaign(const CampaignSnapshot& snapshot);
    // Takes paper and orientation from the page setup dialog where they are on offer.
    void setPaper(QPageSize::PageSizeId size, bool landscape);

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* templateBox() const { return m_template; }
    QComboBox* sizeBox() const { return m_size; }
    QComboBox* orientationBox() const { return m_orientation; }
    QComboBox* schemeBox() const { return m_scheme; }
    QComboBox* sloganBox() const { return m_slogan; }
    QComboBox* activityBox() const { return m_activity; }
    QLineEdit* imageEdit() const { return m_image; }
    QCheckBox* qrCheck() const { return m_qr; }
    QLineEdit* qrTextEdit() const { return m_qrText; }

signals:
    void changed();

private:
    void fillTemplates();
    void updateEnabled();
    void chooseImage();

    QComboBox* m_kind;
    QComboBox* m_template;
    QComboBox* m_size;
    QComboBox* m_orientation;
    QComboBox* m_scheme;
    QComboBox* m_slogan;
    QComboBox* m_activity;
    QLineEdit* m_image;
    QPushButton* m_chooseImage;
    QCheckBox* m_qr;
    QLineEdit* m_qrText;
    QLineEdit* m_qrCaption;
};
