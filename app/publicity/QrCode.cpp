#include "QrCode.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

namespace Publicity {

bool QrCode::encode(const QString& text, QString* error)
{
    m_size = 0;
    m_modules.clear();
    if (text.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("Publicity", "The QR code needs a text or web address.");
        return false;
    }
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = nullptr;
    bool ascii = true;
    for (const char c : utf8)
        ascii = ascii && uchar(c) < 0x80;
    if (ascii) {
        // Digits and capitals get the denser numeric and alphanumeric modes.
        code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    } else if (QRinput* input = QRinput_new2(0, QR_ECLEVEL_M)) {
        // Chinese text: an ECI header says UTF-8, or readers guess Shift JIS.
        if (QRinput_appendECIheader(input, 26) == 0 &&
            QRinput_append(input, QR_MODE_8, int(utf8.size()),
                           reinterpret_cast<const uchar*>(utf8.constData())) == 0)
            code = QRcode_encodeInput(input);
        QRinput_free(input);
    }
    if (!code) {
        *error = QCoreApplication::translate("Publicity", "The text is too long for a QR code (%1 bytes).")
                     .arg(utf8.size());
        return false;
    }
    m_size = code->width;
    m_modules.resize(m_size * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_modules[i] = code->data[i] & 1;
    QRcode_free(code);
    return true;
}

QRectF QrCode::paint(QPainter& painter, const QRectF& rect) const
{
    if (isNull())
        return {};
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF square(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const qreal module = side / (m_size + 8);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            int run = x;
            while (run < m_size && dark(run, y))
                ++run;
            path.addRect(QRectF(square.left() + (4 + x) * module, square.top() + (4 + y) * module,
                                (run - x) * module, module));
            x = run;
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(square, Qt::white);
    painter.fillPath(path, Qt::black);
    painter.restore();
    return square;
}

} // namespace Publicity
