#include "ChartTheme.h"

#include <QChart>
#include <QFontDatabase>
#include <QGraphicsLayout>
#include <QLegend>

namespace ChartTheme {

QColor statusColour(ActivityStatus status)
{
    switch (status) {
    case ActivityStatus::NotStarted:
        return QColor(0xAE, 0xB6, 0xBF);
    case ActivityStatus::InProgress:
        return QColor(0x2E, 0x86, 0xC1);
    case ActivityStatus::Done:
        return QColor(0x27, 0xAE, 0x60);
    case ActivityStatus::Cancelled:
        return QColor(0xE5, 0xE7, 0xE9);
    }
    return Qt::gray;
}

QColor pillarShade(const QColor& pillar, ActivityStatus status)
{
    const QColor base = pillar.isValid() ? pillar : QColor(0x5D, 0x6D, 0x7E);
    auto mix = [&base](double share) {
        return QColor::fromRgbF(float(base.redF() * share + (1 - share)),
                                float(base.greenF() * share + (1 - share)),
                                float(base.blueF() * share + (1 - share)));
    };
    switch (status) {
    case ActivityStatus::Done:
        return base;
    case ActivityStatus::InProgress:
        return mix(0.6);
    case ActivityStatus::NotStarted:
        return mix(0.28);
    case ActivityStatus::Cancelled:
        return QColor(0xE5, 0xE7, 0xE9);
    }
    return base;
}

static QFont baseFont(int pointSize, bool bold)
{
    // Noto Sans CJK SC comes with the package; it keeps Chinese labels in one typeface everywhere.
    static const bool haveCjk = QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC"));
    QFont f = haveCjk ? QFont(QStringLiteral("Noto Sans CJK SC")) : QFont();
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

QFont titleFont()
{
    return baseFont(11, true);
}

QFont labelFont()
{
    return baseFont(9, false);
}

void apply(QChart* chart, const QString& title)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setTitle(title);
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(QColor(0x1C, 0x28, 0x33));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setFont(labelFont());
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QString elide(const QString& text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1) + QChar(0x2026);
}

} // namespace ChartTheme
