#pragma once

#include "field_mapping_catalog.h"
#include "store/field_mapping_store.h"

#include <QAbstractTableModel>
#include <QList>

namespace syncdesk::ui {

// The field configuration being edited: every mapping of every object, of which the rows
// of one local object are shown at a time. Edits that Salesforce would refuse (writing a
// read-only field) are refused here, with the reason sent through editRefused().
class FieldMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LocalFieldColumn,
        CrmFieldColumn,
        TypeColumn,
        DirectionColumn,
        ColumnCount,
    };
    // EditRole of the Salesforce field column: "Contact.Email"; of the direction column:
    // the SyncDirection as an int.
    static constexpr int RefusalRole = Qt::UserRole + 1; // why a direction is not allowed

    explicit FieldMappingModel(QObject *parent = nullptr);

    void setCatalog(const FieldMappingCatalog &catalog);
    const FieldMappingCatalog &catalog() const { return m_catalog; }
    void setMappings(const QList<FieldMapping> &mappings);
    QList<FieldMapping> mappings() const { return m_mappings; }

    void setLocalObject(const QString &localObject);
    QString localObject() const { return m_localObject.localObject; }
    const MappedObject &mappedObject() const { return m_localObject; }

    // A new, empty mapping of the shown object; its row.
    int addMapping();
    FieldMapping mappingAt(int row) const;
    // Why this row cannot take `direction`; empty when it can.
    QString directionRefusal(int row, SyncDirection direction) const;

    static QString directionText(SyncDirection direction);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void editRefused(const QString &reason);

private:
    void rebuildRows();

    FieldMappingCatalog m_catalog;
    QList<FieldMapping> m_mappings;
    MappedObject m_localObject;
    QList<int> m_rows; // indexes into m_mappings of the shown object's mappings
};

} // namespace syncdesk::ui
