#include "field_mapping_delegates.h"

#include "field_mapping_model.h"

#include <QComboBox>
#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

namespace {

const FieldMappingModel *mappingModel(const QModelIndex &index)
{
    return qobject_cast<const FieldMappingModel *>(index.model());
}

// The combo box commits as soon as the admin picks an entry, like a spreadsheet cell.
void commitOnActivation(const QStyledItemDelegate *delegate, QComboBox *combo)
{
    auto *self = const_cast<QStyledItemDelegate *>(delegate);
    QObject::connect(combo, &QComboBox::activated, self, [self, combo] {
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
}

} // namespace

QWidget *FieldMappingDirectionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                                     const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Direction"));
    const FieldMappingModel *model = mappingModel(index);
    auto *items = qobject_cast<QStandardItemModel *>(combo->model());
    for (const SyncDirection direction :
         {SyncDirection::Both, SyncDirection::ToCrm, SyncDirection::FromCrm, SyncDirection::Off}) {
        combo->addItem(FieldMappingModel::directionText(direction), int(direction));
        const QString refusal = model ? model->directionRefusal(index.row(), direction) : QString();
        if (!refusal.isEmpty() && items) {
            QStandardItem *item = items->item(combo->count() - 1);
            item->setEnabled(false);
            item->setToolTip(refusal);
        }
    }
    commitOnActivation(this, combo);
    return combo;
}

void FieldMappingDirectionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void FieldMappingDirectionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                                 const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

QWidget *FieldMappingCrmFieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                                    const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Salesforce field"));
    const FieldMappingModel *model = mappingModel(index);
    bool anyDescribe = false;
    if (model) {
        const MappedObject &object = model->mappedObject();
        for (const QString &sobject : object.crmObjects) {
            if (!model->catalog().hasDescribe(sobject))
                continue;
            anyDescribe = true;
            for (const CrmFieldInfo &field : model->catalog().fields(sobject)) {
                const QString name = object.crmObjects.size() > 1
                                         ? QString(sobject + u'.' + field.name)
                                         : field.name;
                combo->addItem(tr("%1 — %2").arg(name, field.typeText()),
                               QString(sobject + u'.' + field.name));
                combo->setItemData(combo->count() - 1, field.label, Qt::ToolTipRole);
            }
        }
    }
    // Without a cached describe there is no list to choose from: the name is typed.
    combo->setEditable(!anyDescribe);
    commitOnActivation(this, combo);
    return combo;
}

void FieldMappingCrmFieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    const QString current = index.data(Qt::EditRole).toString();
    const int found = combo->findData(current);
    if (found >= 0)
        combo->setCurrentIndex(found);
    else if (combo->isEditable())
        combo->setEditText(current.mid(current.indexOf(u'.') + 1));
}

void FieldMappingCrmFieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                                const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (combo->isEditable()) {
        const QString typed = combo->currentText().trimmed();
        if (!typed.isEmpty())
            model->setData(index, typed, Qt::EditRole);
        return;
    }
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace syncdesk::ui
