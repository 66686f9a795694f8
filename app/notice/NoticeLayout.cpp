#include "notice/NoticeLayout.h"

#include <QRegularExpression>

namespace {
const QRegularExpression& topHeading()
{
    static const QRegularExpression re(QStringLiteral("^[一二三四五六七八九十]{1,3}、\\s*(.{1,24})$"));
    return re;
}

const QRegularExpression& subItem()
{
    static const QRegularExpression re(QStringLiteral("^（[一二三四五六七八九十]{1,3}）\\s*(.*)$"));
    return re;
}

const QRegularExpression& attachmentStart()
{
    static const QRegularExpression re(QStringLiteral("^附件\\s*(\\d{1,2})\\s*(?:[：:.、]\\s*(.*))?$"));
    return re;
}

// A heading is short; a long 一、 paragraph is an item (附件1's organizers), not a section.
bool isSectionHeading(const QString& p, QString* name)
{
    const QRegularExpressionMatch m = topHeading().match(p);
    if (!m.hasMatch())
        return false;
    const QString rest = m.captured(1).trimmed();
    const qsizetype colon = rest.indexOf(QStringLiteral("："));
    if (colon < 0 && rest.contains(QStringLiteral("。")))
        return false;
    *name = rest;
    return true;
}
} // namespace

NoticeLayout::NoticeLayout(const QStringList& paragraphs) : m_paragraphs(paragraphs)
{
    m_bodyEnd = int(m_paragraphs.size());
    for (int i = 0; i < m_paragraphs.size(); ++i) {
        const QRegularExpressionMatch m = attachmentStart().match(m_paragraphs[i]);
        if (!m.hasMatch())
            continue;
        if (m_attachments.isEmpty())
            m_bodyEnd = i;
        else
            m_attachments.back().end = i;
        Attachment a;
        a.number = m.captured(1).toInt();
        a.title = m.captured(2).trimmed();
        a.first = i + 1;
        if (a.title.isEmpty() && i + 1 < m_paragraphs.size()) {
            a.title = m_paragraphs[i + 1];
            a.first = i + 2;
        }
        a.title.remove(QLatin1Char(' '));
        m_attachments << a;
    }
    if (!m_attachments.isEmpty())
        m_attachments.back().end = int(m_paragraphs.size());
    for (int i = 0; i < m_bodyEnd; ++i) {
        QString name;
        if (!isSectionHeading(m_paragraphs[i], &name))
            continue;
        if (!m_sections.isEmpty())
            m_sections.back().end = i;
        m_sections << Section{name, i, m_bodyEnd};
    }
}

const NoticeLayout::Section* NoticeLayout::section(const QStringList& names) const
{
    for (const QString& name : names)
        for (const Section& s : m_sections)
            if (s.heading.startsWith(name) || s.heading.contains(name))
                return &s;
    return nullptr;
}

const NoticeLayout::Attachment* NoticeLayout::attachment(const QStringList& titleWords) const
{
    for (const Attachment& a : m_attachments)
        for (const QString& word : titleWords)
            if (a.title.contains(word))
                return &a;
    return nullptr;
}

QList<NoticeItem> NoticeLayout::items(const Section& section) const
{
    QList<NoticeItem> out;
    bool headingOnly = false;
    for (int i = section.index + 1; i < section.end; ++i) {
        const QString& p = m_paragraphs[i];
        const QRegularExpressionMatch m = subItem().match(p);
        if (m.hasMatch()) {
            NoticeItem item;
            item.text = m.captured(1).trimmed();
            item.source = p;
            const qsizetype stop = item.text.indexOf(QStringLiteral("。"));
            item.title = stop < 0 ? item.text : item.text.left(stop);
            headingOnly = stop < 0 && item.text.size() <= 40;
            if (headingOnly)
                item.text.clear();
            out << item;
        } else if (headingOnly && !out.isEmpty()) {
            // （一）开展质量宣传 on a line of its own: the paragraphs below it are its text
            NoticeItem& item = out.back();
            item.text += (item.text.isEmpty() ? QString() : QStringLiteral("\n")) + p;
            item.source += QStringLiteral("\n") + p;
        }
    }
    return out;
}
