#pragma once

#include "store/failure_store.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace syncdesk::ui {

// The sync_failures table for the Sync Failures tab. It never holds more than the rows
// the view has scrolled to: COUNT and ORDER BY run in SQL, and rows arrive a page at a
// time through canFetchMore()/fetchMore(), so 200,000 failures open as fast as 20.
// Sorting is offered on the indexed columns only (time, category, next retry).
class FailureListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ObjectColumn,
        RecordColumn,
        RecordIdColumn,
        DirectionColumn,
        CategoryColumn,
        MessageColumn, // Salesforce's code and message
        AttemptsColumn,
        NextRetryColumn,
        ColumnCount,
    };
    enum Role
    {
        FailureIdRole = Qt::UserRole + 1,
        CrmIdRole,
        RawValueRole, // the column's value before formatting
    };
    static constexpr int PageSize = 500;

    explicit FailureListModel(QSqlDatabase db, QObject *parent = nullptr);

    void setCategoryFilter(std::optional<FailureCategory> category);
    // Matches the record's name and id, the Salesforce code and the message.
    void setTextFilter(const QString &text);
    // All failures that pass the filters, whether fetched yet or not.
    int totalCount() const { return m_total; }
    static bool isSortable(int column);
    qint64 failureId(int row) const;
    // The row's cells, tab-separated (for the clipboard).
    QString rowText(int row) const;
    static QString categoryText(FailureCategory category);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public Q_SLOTS:
    // Counts again and starts over from the first page (the engine reported changes).
    void reload();

Q_SIGNALS:
    void queryFailed(const QString &error);

private:
    struct Row
    {
        qint64 id = 0;
        QDateTime failedAt;
        QString object;
        QString name;
        QString crmId;
        bool activity = false;
        FailureCategory category = FailureCategory::Transient;
        QString code;
        QString message;
        int attempts = 0;
        QDateTime nextRetryAt;
    };

    QString whereClause(const Row *after) const;
    void bindFilters(class QSqlQuery &query, const Row *after) const;
    // A page of rows after `last` (keyset) or from `offset`.
    QList<Row> loadPage(const Row *last, int offset, int limit) const;
    QString cellText(const Row &row, int column) const;

    QSqlDatabase m_db;
    std::optional<FailureCategory> m_category;
    QString m_text;
    int m_sortColumn = TimeColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_total = 0;
    // Set while this model's own reset or insertion signals are out: a view or tester
    // reacting to them must not start a nested fetch.
    bool m_changing = false;
    QList<Row> m_rows;
};

} // namespace syncdesk::ui
