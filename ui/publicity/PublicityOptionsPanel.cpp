#include "PublicityOptionsPanel.h"

#include "PublicityDocument.h"
#include "PublicityStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLineEdit>
#include <QPushButton>

using namespace Publicity;

PublicityOptionsPanel::PublicityOptionsPanel(QWidget* parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_template(new QComboBox(this)),
      m_size(new QComboBox(this)), m_orientation(new QComboBox(this)), m_scheme(new QComboBox(this)),
      m_slogan(new QComboBox(this)), m_activity(new QComboBox(this)), m_image(new QLineEdit(this)),
      m_chooseImage(new QPushButton(tr("Choose…"), this)), m_qr(new QCheckBox(tr("QR code"), this)),
      m_qrText(new QLineEdit(QStringLiteral("12315"), this)),
      m_qrCaption(new QLineEdit(QStringLiteral("全国12315投诉举报热线"), this))
{
    m_kind->addItem(tr("Poster"), int(Kind::Poster));
    m_kind->addItem(tr("Slogan sheet (attachment 2)"), int(Kind::SloganSheet));
    m_kind->addItem(tr("Banner"), int(Kind::Banner));
    for (const auto& [name, id] :
         {qMakePair("A4", QPageSize::A4), qMakePair("A3", QPageSize::A3), qMakePair("A2", QPageSize::A2)})
        m_size->addItem(QString::fromLatin1(name), int(id));
    m_orientation->addItem(tr("Portrait"), false);
    m_orientation->addItem(tr("Landscape"), true);
    for (const ColourScheme& s : colourSchemes())
        m_scheme->addItem(s.name, s.id);
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activity->setMinimumContentsLength(16);
    m_slogan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_slogan->setMinimumContentsLength(16);
    m_image->setPlaceholderText(tr("No picture"));
    m_image->setClearButtonEnabled(true);
    m_qrText->setPlaceholderText(tr("Web address or text, e.g. 12315"));
    m_qrCaption->setPlaceholderText(tr("Caption beside the code"));

    auto* imageRow = new QHBoxLayout;
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(m_chooseImage);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Material"), m_kind);
    form->addRow(tr("Template"), m_template);
    form->addRow(tr("Paper"), m_size);
    form->addRow(tr("Orientation"), m_orientation);
    form->addRow(tr("Colours"), m_scheme);
    form->addRow(tr("Slogan"), m_slogan);
    form->addRow(tr("Activity"), m_activity);
    form->addRow(tr("Picture or logo"), imageRow);
    form->addRow(m_qr, m_qrText);
    form->addRow(tr("QR caption"), m_qrCaption);
    fillTemplates();
    updateEnabled();

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillTemplates();
        updateEnabled();
        emit changed();
    });
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit changed();
    });
    for (QComboBox* box : {m_size, m_orientation, m_scheme, m_slogan, m_activity})
        connect(box, &QComboBox::currentIndexChanged, this, &PublicityOptionsPanel::changed);
    for (QLineEdit* edit : {m_image, m_qrText, m_qrCaption})
        connect(edit, &QLineEdit::textChanged, this, &PublicityOptionsPanel::changed);
    connect(m_qr, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_chooseImage, &QPushButton::clicked, this, &PublicityOptionsPanel::chooseImage);
}

Options PublicityOptionsPanel::options() const
{
    Options o;
    o.kind = Kind(m_kind->currentData().toInt());
    o.templateName = m_template->currentData().toString();
    o.pageSize = QPageSize::PageSizeId(m_size->currentData().toInt());
    o.landscape = m_orientation->currentData().toBool();
    o.scheme = m_scheme->currentData().toString();
    o.slogan = m_slogan->currentData().toInt();
    o.activityId = m_activity->currentData().toLongLong();
    o.imagePath = m_image->text().trimmed();
    if (m_qr->isChecked()) {
        o.qrText = m_qrText->text().trimmed();
        o.qrCaption = m_qrCaption->text().trimmed();
    }
    return o;
}

void PublicityOptionsPanel::setCampaign(const CampaignSnapshot& snapshot)
{
    const QSignalBlocker blockSlogans(m_slogan);
    const QSignalBlocker blockActivities(m_activity);
    const int slogan = m_slogan->currentData().toInt();
    m_slogan->clear();
    m_slogan->addItem(tr("All slogans (banners) / the first (posters)"), 0);
    for (int i = 0; i < snapshot.campaign.slogans.size(); ++i)
        m_slogan->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(snapshot.campaign.slogans.at(i).text),
                          i + 1);
    m_slogan->setCurrentIndex(qMax(0, m_slogan->findData(slogan)));

    const qint64 activity = m_activity->currentData().toLongLong();
    m_activity->clear();
    m_activity->addItem(tr("The earliest activity"), qint64(0));
    QList<Activity> activities = snapshot.activities;
    std::stable_sort(activities.begin(), activities.end(),
                     [](const Activity& a, const Activity& b) { return a.start < b.start; });
    // A list to pick from, not the whole plan: the first thousand by start date.
    for (const Activity& a : activities.mid(0, 1000))
        m_activity->addItem(QStringLiteral("%1 %2").arg(a.start.toString(QStringLiteral("M/d")), a.title),
                            a.id);
    m_activity->setCurrentIndex(qMax(0, m_activity->findData(activity)));
}

void PublicityOptionsPanel::setPaper(QPageSize::PageSizeId size, bool landscape)
{
    const int index = m_size->findData(int(size));
    if (index >= 0)
        m_size->setCurrentIndex(index);
    m_orientation->setCurrentIndex(landscape ? 1 : 0);
}

void PublicityOptionsPanel::fillTemplates()
{
    const QSignalBlocker block(m_template);
    m_template->clear();
    for (const TemplateInfo& t : PublicityDocument::templates(Kind(m_kind->currentData().toInt())))
        m_template->addItem(t.name, t.id);
}

void PublicityOptionsPanel::updateEnabled()
{
    const Kind kind = Kind(m_kind->currentData().toInt());
    const QString t = m_template->currentData().toString();
    const bool poster = kind == Kind::Poster;
    m_template->setEnabled(kind != Kind::SloganSheet);
    m_size->setEnabled(kind != Kind::SloganSheet);
    m_orientation->setEnabled(poster); // sheets are portrait, banners landscape
    m_scheme->setEnabled(kind != Kind::SloganSheet);
    m_slogan->setEnabled(kind == Kind::Banner || (poster && t == QLatin1String("slogan")));
    m_activity->setEnabled(poster && t == QLatin1String("event"));
    m_image->setEnabled(poster);
    m_chooseImage->setEnabled(poster);
    m_qr->setEnabled(poster);
    m_qrText->setEnabled(poster && m_qr->isChecked());
    m_qrCaption->setEnabled(poster && m_qr->isChecked());
}

void PublicityOptionsPanel::chooseImage()
{
    QStringList patterns;
    for (const QByteArray& f : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(f);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a picture or logo"), m_image->text(),
                                     tr("Pictures (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        m_image->setText(path);
}
