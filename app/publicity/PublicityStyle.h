#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

namespace Publicity {

// A poster or banner palette. `bands` false = an ink-saving scheme: white paper, coloured text.
struct ColourScheme
{
    QString id;
    QString name; // translated
    QColor paper;
    QColor primary;   // bands, frames, banner ground
    QColor onPrimary; // text on primary
    QColor accent;    // headline on primary, ornaments
    QColor text;
    QColor muted;
    QColor card;
    bool bands = true;
};

QList<ColourScheme> colourSchemes();
ColourScheme colourScheme(const QString& id); // unknown or empty id = the first

// The typefaces of official documents when installed (方正小标宋, 黑体, 仿宋_GB2312, 楷体),
// else Noto Serif / Sans CJK SC. Sizes are set in layout dots (1/1200 inch), see Canvas.
enum class Face { Title, Heading, Body, Sans };
QString fontFamily(Face face);
QFont font(Face face, qreal sizePt, bool bold = false);

} // namespace Publicity
