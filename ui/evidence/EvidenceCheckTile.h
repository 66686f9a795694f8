#pragma once

#include <QLabel>

class Workspace;

// A dashboard tile for the evidence check: how many completed activities have no photo yet.
class EvidenceCheckTile : public QLabel
{
    Q_OBJECT

public:
    explicit EvidenceCheckTile(Workspace& workspace, QWidget* parent = nullptr);

private:
    void update(int count);
};
