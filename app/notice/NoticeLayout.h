#pragma once

#include "notice/NoticeFields.h"

#include <QList>
#include <QString>
#include <QStringList>

// The outline of a normalised notice: its top-level sections (一、活动主题 …), the numbered items
// (（一）…) inside a section, and its attachments (附件1 …). Works on paragraphs, knows no field.
class NoticeLayout
{
public:
    struct Section
    {
        QString heading; // the heading without its number, e.g. 活动内容 (or 活动主题：… when inline)
        int index = -1; // the heading's paragraph
        int end = -1;   // one past the section's last paragraph
    };
    struct Attachment
    {
        int number = 0;
        QString title;
        int first = -1; // first paragraph after the title
        int end = -1;
    };

    explicit NoticeLayout(const QStringList& paragraphs);

    const QStringList& paragraphs() const { return m_paragraphs; }
    // Where the notice's own text ends: the first attachment, or the end.
    int bodyEnd() const { return m_bodyEnd; }
    // The first section whose heading contains one of `names`; nullptr when none.
    const Section* section(const QStringList& names) const;
    const Attachment* attachment(const QStringList& titleWords) const;
    // The （一） items of a section: title (first sentence), text (paragraph without its number);
    // a heading-only item takes the unnumbered paragraphs after it as its text.
    QList<NoticeItem> items(const Section& section) const;

private:
    QStringList m_paragraphs;
    int m_bodyEnd = 0;
    QList<Section> m_sections;
    QList<Attachment> m_attachments;
};
