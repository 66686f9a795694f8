#include "PhotoViewer.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PhotoViewer::PhotoViewer(QStringList paths, QStringList captions, int current, QWidget* parent)
    : QDialog(parent), m_paths(std::move(paths)), m_captions(std::move(captions))
{
    setWindowTitle(tr("Photos"));
    resize(900, 680);
    m_image = new QLabel(this);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(200, 150);
    m_caption = new QLabel(this);
    m_caption->setAlignment(Qt::AlignCenter);
    m_caption->setWordWrap(true);
    auto* previous = new QPushButton(tr("Previous"), this);
    auto* next = new QPushButton(tr("Next"), this);
    auto* close = new QPushButton(tr("Close"), this);
    connect(previous, &QPushButton::clicked, this, [this] { showPhoto(m_current - 1); });
    connect(next, &QPushButton::clicked, this, [this] { showPhoto(m_current + 1); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(previous);
    buttons->addWidget(next);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_image, 1);
    layout->addWidget(m_caption);
    layout->addLayout(buttons);
    showPhoto(current);
}

void PhotoViewer::showPhoto(int index)
{
    if (m_paths.isEmpty())
        return;
    m_current = (index + int(m_paths.size())) % int(m_paths.size());
    QImageReader reader(m_paths.at(m_current));
    reader.setAutoTransform(true);
    m_pixmap = QPixmap::fromImage(reader.read());
    m_caption->setText(QStringLiteral("%1　(%2/%3)")
                           .arg(m_captions.value(m_current))
                           .arg(m_current + 1)
                           .arg(m_paths.size()));
    if (m_pixmap.isNull())
        m_image->setText(tr("This photo cannot be shown (%1).").arg(reader.errorString()));
    rescale();
}

void PhotoViewer::rescale()
{
    if (!m_pixmap.isNull())
        m_image->setPixmap(m_pixmap.scaled(m_image->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void PhotoViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    rescale();
}

void PhotoViewer::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Left)
        showPhoto(m_current - 1);
    else if (event->key() == Qt::Key_Right)
        showPhoto(m_current + 1);
    else
        QDialog::keyPressEvent(event);
}
