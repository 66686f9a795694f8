#include "EvidenceCheckTile.h"

#include "EvidenceCheck.h"

EvidenceCheckTile::EvidenceCheckTile(EvidenceCheck& check, QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setMargin(10);
    connect(&check, &EvidenceCheck::changed, this, [this, &check] { update(check.count()); });
    update(check.count());
}

void EvidenceCheckTile::update(int count)
{
    setText(tr("<b>Evidence check</b><br><span style='font-size:20pt'>%1</span><br>completed activities "
               "without a photo")
                .arg(count));
    setStyleSheet(count > 0 ? QStringLiteral("QLabel { background: #fff4e0; border: 1px solid #e08a00; }")
                            : QStringLiteral("QLabel { background: #eef7ee; border: 1px solid #8fbf8f; }"));
}
