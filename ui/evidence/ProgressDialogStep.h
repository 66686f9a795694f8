#pragma once

#include "ExportProgress.h"

class QProgressDialog;

// Shows a long package export or import in a modal progress dialog on the GUI thread (the campaign
// file's connection belongs to it) and turns its Cancel button into "stop" for the writer or reader.
class ProgressDialogStep : public ExportProgress
{
public:
    explicit ProgressDialogStep(QProgressDialog* dialog) : m_dialog(dialog) {}
    bool step(qint64 done, qint64 total) override;

private:
    QProgressDialog* m_dialog;
};
