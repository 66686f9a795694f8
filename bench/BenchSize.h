#pragma once

#include <QtGlobal>

// How much data a benchmark works on. By hand it runs on its full size (or on CP_BENCH_ROWS
// activities when that is set, e.g. a million); under ctest CP_BENCH_SMALL is set and it runs once on
// its small size, so a benchmark that stops working fails the build instead of rotting.
inline bool benchSmall()
{
    return qEnvironmentVariableIsSet("CP_BENCH_SMALL");
}
inline int benchRows(int full, int small)
{
    const int rows = qEnvironmentVariableIntValue("CP_BENCH_ROWS");
    return rows > 0 ? rows : benchSmall() ? small : full;
}
