#pragma once

#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace Publicity {

// A QR code (libqrencode, error correction M) as a square of modules, painted as vector rectangles.
class QrCode
{
public:
    // False and a translated reason when the text is empty or too long for a QR code.
    bool encode(const QString& text, QString* error);
    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; } // modules a side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Paints into the largest square inside `rect`, with a white quiet zone of 4 modules.
    QRectF paint(QPainter& painter, const QRectF& rect) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace Publicity
