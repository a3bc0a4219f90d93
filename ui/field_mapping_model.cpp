#include "field_mapping_model.h"

#include "field_mapping_validation.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

FieldMappingModel::FieldMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_localObject(mappedObjects().constFirst())
{}

void FieldMappingModel::setCatalog(const FieldMappingCatalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    endResetModel();
}

void FieldMappingModel::setMappings(const QList<FieldMapping> &mappings)
{
    beginResetModel();
    m_mappings = mappings;
    rebuildRows();
    endResetModel();
}

void FieldMappingModel::setLocalObject(const QString &localObject)
{
    const auto object = mappedObjectFor(localObject);
    if (!object)
        return;
    beginResetModel();
    m_localObject = *object;
    rebuildRows();
    endResetModel();
}

void FieldMappingModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < m_mappings.size(); ++i) {
        if (m_mappings.at(i).localObject == m_localObject.localObject)
            m_rows.append(i);
    }
}

int FieldMappingModel::addMapping()
{
    FieldMapping mapping;
    mapping.localObject = m_localObject.localObject;
    mapping.crmObject = m_localObject.crmObjects.constFirst();
    mapping.direction = m_localObject.fromCrmAllowed ? SyncDirection::Both : SyncDirection::ToCrm;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_mappings.append(mapping);
    m_rows.append(int(m_mappings.size()) - 1);
    endInsertRows();
    return row;
}

FieldMapping FieldMappingModel::mappingAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_mappings.at(m_rows.at(row)) : FieldMapping();
}

QString FieldMappingModel::directionRefusal(int row, SyncDirection direction) const
{
    return ui::directionRefusal(mappingAt(row), direction, m_catalog);
}

QString FieldMappingModel::directionText(SyncDirection direction)
{
    switch (direction) {
    case SyncDirection::Both:
        return tr("Both");
    case SyncDirection::ToCrm:
        return tr("To Salesforce");
    case SyncDirection::FromCrm:
        return tr("From Salesforce");
    case SyncDirection::Off:
        return tr("Don't sync");
    }
    return {};
}

int FieldMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FieldMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FieldMapping mapping = mappingAt(index.row());
    const auto field = m_catalog.field(mapping.crmObject, mapping.crmField);
    const bool severalCrmObjects = m_localObject.crmObjects.size() > 1;
    switch (index.column()) {
    case LocalFieldColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return mapping.localField;
        break;
    case CrmFieldColumn:
        if (role == Qt::EditRole)
            return QString(mapping.crmObject + u'.' + mapping.crmField);
        if (role == Qt::DisplayRole) {
            if (mapping.crmField.isEmpty())
                return QString();
            return severalCrmObjects ? QString(mapping.crmObject + u'.' + mapping.crmField)
                                     : mapping.crmField;
        }
        if (role == Qt::ToolTipRole && field)
            return field->label;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole)
            return field ? field->typeText() : (mapping.crmField.isEmpty() ? QString() : u"—"_s);
        if (role == Qt::ToolTipRole && !field && !mapping.crmField.isEmpty())
            return tr("%1 is not in the cached describe of %2.")
                .arg(mapping.crmField, mapping.crmObject);
        break;
    case DirectionColumn:
        if (role == Qt::DisplayRole)
            return directionText(mapping.direction);
        if (role == Qt::EditRole)
            return int(mapping.direction);
        if (role == Qt::ToolTipRole || role == RefusalRole) {
            const QString refusal = directionRefusal(index.row(), SyncDirection::ToCrm);
            return refusal.isEmpty() ? QVariant() : QVariant(refusal);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant FieldMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LocalFieldColumn:
        return tr("Local field");
    case CrmFieldColumn:
        return tr("Salesforce field");
    case TypeColumn:
        return tr("Type");
    case DirectionColumn:
        return tr("Direction");
    default:
        return {};
    }
}

Qt::ItemFlags FieldMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != TypeColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FieldMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    FieldMapping &mapping = m_mappings[m_rows.at(index.row())];
    switch (index.column()) {
    case LocalFieldColumn:
        mapping.localField = value.toString().trimmed();
        break;
    case CrmFieldColumn: {
        const QString text = value.toString().trimmed();
        const qsizetype dot = text.indexOf(u'.');
        QString object = dot > 0 ? text.left(dot) : mapping.crmObject;
        if (!m_localObject.crmObjects.contains(object))
            object = m_localObject.crmObjects.constFirst();
        mapping.crmObject = object;
        mapping.crmField = dot > 0 ? text.mid(dot + 1) : text;
        // A read-only field can still be read: keep the row valid rather than refuse it.
        QString refusal;
        if (mapping.syncsToCrm()) {
            refusal = ui::directionRefusal(mapping, mapping.direction, m_catalog);
            if (!refusal.isEmpty())
                mapping.direction = SyncDirection::FromCrm;
        }
        Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
        if (!refusal.isEmpty())
            Q_EMIT editRefused(refusal);
        return true;
    }
    case DirectionColumn: {
        const auto direction = SyncDirection(value.toInt());
        const QString refusal = directionRefusal(index.row(), direction);
        if (!refusal.isEmpty()) {
            Q_EMIT editRefused(refusal);
            return false;
        }
        mapping.direction = direction;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}

bool FieldMappingModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    QList<int> doomed = m_rows.mid(row, count);
    std::sort(doomed.begin(), doomed.end(), std::greater<int>());
    for (const int mappingIndex : std::as_const(doomed))
        m_mappings.removeAt(mappingIndex);
    rebuildRows();
    endRemoveRows();
    return true;
}

} // namespace syncdesk::ui
