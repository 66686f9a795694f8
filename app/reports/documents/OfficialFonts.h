#pragma once

#include <QFont>
#include <QString>

// The fonts of an official document (GB/T 9704): 方正小标宋 titles, 仿宋 body, 黑体 and 楷体 headings,
// 宋体 page numbers. Each falls back to a free font of a plain Debian/UOS desktop (Noto CJK SC) when
// the official one is not installed, and to a searchable private copy where the font needs one.
class OfficialFonts
{
public:
    enum class Role { Title, Body, Heading1, Heading2, TableHeader, Table, PageNumber };

    // Resolves every role once. Call from the GUI (main) thread before painting in a worker.
    static const OfficialFonts& instance();

    // A font for `role` at `pointSize` (3号 = 16 pt, 2号 = 22 pt …).
    QFont font(Role role, qreal pointSize) const;
    // The installed family chosen for the role, as the user would name it (for an editable document).
    QString family(Role role) const;
    // True when the official font was found (not a fallback).
    bool isOfficial(Role role) const;
    // True when the role is drawn bold: a fallback face stands in for a heavier official one
    // (Noto Serif bold for 小标宋 titles and 楷体 headings).
    bool isBold(Role role) const;

private:
    OfficialFonts();
    struct Choice
    {
        QString family; // the installed family, for editable documents
        QString drawn;  // the family actually drawn with (a searchable copy when needed)
        QFont::Weight weight = QFont::Normal;
        bool official = false;
    };
    Choice m_choices[7];
};
