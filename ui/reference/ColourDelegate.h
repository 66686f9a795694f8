#pragma once

#include <QStyledItemDelegate>

// A pillar's colour: double-click opens the colour picker; typing (F2) still accepts "#rrggbb".
class ColourDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
};
