#include "ProgressDialogStep.h"

#include <QCoreApplication>
#include <QProgressDialog>

bool ProgressDialogStep::step(qint64 done, qint64 total)
{
    // Byte counts exceed int: show per mille.
    m_dialog->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
    QCoreApplication::processEvents();
    return !m_dialog->wasCanceled();
}
