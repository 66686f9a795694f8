#pragma once

#include <QString>

#include <vector>

// The search box's text looked for in many texts, with the answer for each distinct text
// remembered. Equal texts read from a file share their characters (TextPool), and a million
// activities hold a few thousand distinct titles, places and descriptions, so most rows are answered
// from a small table keyed by where a text's characters live. Only valid while the texts searched
// are neither changed nor freed: make one per pass over the rows.
class TextSearch
{
public:
    // `remember`: keep answers (a pass over many rows); without it every text is searched.
    TextSearch(const QString& needle, bool remember);

    bool isEmpty() const { return m_needle.isEmpty(); }
    bool foundIn(const QString& text);

private:
    struct Slot
    {
        const QChar* data = nullptr;
        qsizetype size = 0;
        bool found = false;
    };

    QString m_needle;
    Qt::CaseSensitivity m_case = Qt::CaseInsensitive;
    std::vector<Slot> m_slots; // empty, or a power of two
};
