#pragma once

#include <QDialog>

class ActivityConflictModel;

// A change that lost its race on the shared server: the other person's values beside the user's, one
// row per field either changed, and the choice between keeping one's own changes (on top of theirs)
// and taking theirs.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { KeepMine, TakeTheirs };

    ConflictDialog(ActivityConflictModel& model, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::TakeTheirs;
};
