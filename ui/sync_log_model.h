#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace syncdesk::ui {

// The sync_runs table, newest first, fetched a page at a time like the failure list.
class SyncLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        ApiColumn, // the API the run's changes went through, and why
        CallsColumn,
        OkColumn,
        FailedColumn,
        SummaryColumn,
        ColumnCount,
    };
    static constexpr int PageSize = 500;

    explicit SyncLogModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void reload();

private:
    struct Run
    {
        QDateTime startedAt;
        QString kind;
        int calls = 0;
        int ok = 0;
        int failed = 0;
        QString summary;
        QString api;
        QString apiReason;
    };

    QList<Run> loadPage(int offset) const;
    static QString kindText(const QString &kind);
    static QString apiText(const Run &run);

    QSqlDatabase m_db;
    QList<Run> m_runs;
    int m_total = 0;
    // Set while this model's own reset or insertion signals are out: a view or tester
    // reacting to them must not start a nested fetch.
    bool m_changing = false;
};

} // namespace syncdesk::ui
