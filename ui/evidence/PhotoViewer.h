#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;

// Shows the photos of one activity one at a time, scaled to the window, with their captions;
// arrow keys or the buttons go to the previous and next photo.
class PhotoViewer : public QDialog
{
    Q_OBJECT

public:
    PhotoViewer(QStringList paths, QStringList captions, int current, QWidget* parent = nullptr);

    int current() const { return m_current; }
    void showPhoto(int index);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void rescale();

    QStringList m_paths;
    QStringList m_captions;
    int m_current = 0;
    QPixmap m_pixmap;
    QLabel* m_image = nullptr;
    QLabel* m_caption = nullptr;
};
