#pragma once

#include <QtGlobal>

// How a long write reports progress and learns that the user cancelled. Writers call step() now and
// then from whatever thread they run in; when it returns false they stop and report failure.
class ExportProgress
{
public:
    virtual ~ExportProgress() = default;
    virtual bool step(qint64 done, qint64 total) = 0;
};

// Calls progress->step when there is one; "go on" when there is none.
inline bool exportStep(ExportProgress* progress, qint64 done, qint64 total)
{
    return !progress || progress->step(done, total);
}
