#pragma once

#include <QLabel>

class EvidenceCheck;

// A dashboard tile for the evidence check: how many completed activities have no photo yet.
class EvidenceCheckTile : public QLabel
{
    Q_OBJECT

public:
    explicit EvidenceCheckTile(EvidenceCheck& check, QWidget* parent = nullptr);

private:
    void update(int count);
};
