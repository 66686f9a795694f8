#include "EditActivityCommand.h"

#include "ActivityStore.h"

EditActivityCommand::EditActivityCommand(ActivityStore& store, const Activity& before, const Activity& after,
                                         const QString& text)
    : ActivityCommand(store, text), m_before(before), m_after(after)
{}

bool EditActivityCommand::forward(QString* error)
{
    QList<Activity> values{m_after};
    return m_store.update(values, error);
}

bool EditActivityCommand::backward(QString* error)
{
    QList<Activity> values{m_before};
    return m_store.update(values, error);
}
