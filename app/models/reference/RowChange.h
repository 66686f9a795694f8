#pragma once

// How one edit changed a reference list, so that its model tells the views exactly that (an edited
// row keeps the selection, a moved row stays current) instead of resetting them.
struct RowChange
{
    enum Kind { Reset, Changed, Inserted, Removed, Moved };

    Kind kind = Reset;
    int row = -1;
    int to = -1; // Moved: where `row` ends up

    static RowChange reset() { return {}; }
    static RowChange changed(int row) { return {Changed, row, row}; }
    static RowChange inserted(int row) { return {Inserted, row, row}; }
    static RowChange removed(int row) { return {Removed, row, row}; }
    static RowChange moved(int from, int to) { return {Moved, from, to}; }

    // The change that takes this one back.
    RowChange inverse() const
    {
        switch (kind) {
        case Inserted:
            return removed(row);
        case Removed:
            return inserted(row);
        case Moved:
            return moved(to, row);
        default:
            return *this;
        }
    }
};
