#include "BulkChangeCommand.h"

#include "ActivityStore.h"

BulkChangeCommand::BulkChangeCommand(ActivityStore& store, QList<Activity> before, QList<Activity> after,
                                     const QString& text)
    : ActivityCommand(store, text), m_before(std::move(before)), m_after(std::move(after))
{}

bool BulkChangeCommand::forward(QString* error)
{
    QList<Activity> values = m_after;
    return m_store.update(values, error);
}

bool BulkChangeCommand::backward(QString* error)
{
    QList<Activity> values = m_before;
    return m_store.update(values, error);
}
