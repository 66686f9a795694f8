#pragma once

#include "ConsolidatedInput.h"

#include <QObject>
#include <QString>

class ConsolidatedModel;
class QAbstractItemModel;

// The package page's consolidated view when it is not read from the open file but kept live by a
// source of its own (the units on a shared server, LiveConsolidation): the page shows units() and
// activities(), asks for a unit's activities by its key and writes the 汇总报告 from input(). The
// page knows only this, so the widgets stay clear of the server.
class LiveConsolidatedView : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual ConsolidatedModel* units() const = 0;
    virtual QAbstractItemModel* activities() const = 0;
    // Shows the activities of the unit with this key (ConsolidatedModel::UnitKeyRole); empty: none.
    virtual void showUnit(const QString& key) = 0;
    virtual bool isLoaded() const = 0;
    // The consolidation as the view shows it, for the 汇总报告.
    virtual ConsolidatedInput input() const = 0;
    // Where the units are read from, for the page to say (the server's address)
    virtual QString sourceName() const = 0;

signals:
    // The first read is in (the units table is filled).
    void loaded();
    void failed(const QString& error);
};
