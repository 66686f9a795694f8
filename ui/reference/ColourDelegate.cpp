#include "ColourDelegate.h"

#include <QColorDialog>
#include <QEvent>

bool ColourDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                 const QModelIndex& index)
{
    if (event->type() != QEvent::MouseButtonDblClick)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const QColor current = QColor::fromString(index.data(Qt::EditRole).toString());
    const QColor chosen = QColorDialog::getColor(current.isValid() ? current : QColor(Qt::gray),
                                                 const_cast<QWidget*>(option.widget), tr("Pillar colour"));
    if (chosen.isValid())
        model->setData(index, chosen.name(), Qt::EditRole);
    return true; // handled: no inline editor after the dialog
}
