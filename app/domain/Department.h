#pragma once

#include <QString>

// One of the bureau's own responsible sections or member units (办公室, 质量安全监督管理股 …),
// shared by every campaign in the file. Archived departments stay for old activities but are not offered.
struct Department
{
    qint64 id = 0;
    int position = 0;
    QString name;
    bool archived = false;

    friend bool operator==(const Department&, const Department&) = default;
};
