#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// A figure the campaign counts (参与人数/人次, 发放宣传资料/份 …), defined once per campaign.
struct Metric
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int position = 0;
    QString name;
    QString unit;

    friend bool operator==(const Metric&, const Metric&) = default;
};

// One approximate-or-exact number: local summaries write "2万余份", so keep the "余" flag with it.
struct Amount
{
    double value = 0;
    bool approximate = false;
    bool isSet = false;

    friend bool operator==(const Amount&, const Amount&) = default;
};

// An activity's target and actual value for one metric.
struct MetricValue
{
    qint64 metricId = 0;
    Amount target;
    Amount actual;

    friend bool operator==(const MetricValue&, const MetricValue&) = default;
};

Q_DECLARE_TYPEINFO(Amount, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(MetricValue, Q_PRIMITIVE_TYPE);
