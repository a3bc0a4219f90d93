#include "sync_log_page.h"

#include "conflict_list_model.h"
#include "sync/sync_control.h"
#include "sync_log_model.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

SyncLogPage::SyncLogPage(QSqlDatabase db, SyncControl *control, QWidget *parent)
    : QWidget(parent)
    , m_model(new SyncLogModel(db, this))
    , m_table(new QTableView(this))
    , m_conflicts(new ConflictListModel(db, this))
    , m_conflictTable(new QTableView(this))
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Sync log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    const auto fit = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 3 * metrics.averageCharWidth();
    };
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(SyncLogModel::TimeColumn,
                          fit(QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59)),
                                                 QLocale::NarrowFormat)));
    header->resizeSection(SyncLogModel::KindColumn, fit(tr("Log activities")));
    // Long enough for a Bulk run's reason; a longer one is elided, and whole in its tooltip.
    header->resizeSection(SyncLogModel::ApiColumn,
                          fit(tr("Bulk API 2.0: %1 records, about %2 calls instead of %3")
                                  .arg(QLocale().toString(100'000), QLocale().toString(12),
                                       QLocale().toString(100))));
    header->resizeSection(SyncLogModel::CallsColumn, fit(tr("API calls")));
    header->resizeSection(SyncLogModel::OkColumn, fit(u"1,000,000"_s));
    header->resizeSection(SyncLogModel::FailedColumn, fit(u"1,000,000"_s));
    header->setStretchLastSection(true);

    m_conflictTable->setModel(m_conflicts);
    m_conflictTable->setAccessibleName(tr("Sync conflicts"));
    m_conflictTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictTable->verticalHeader()->hide();
    m_conflictTable->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_conflictTable->setWordWrap(false);
    QHeaderView *conflictHeader = m_conflictTable->horizontalHeader();
    conflictHeader->resizeSection(ConflictListModel::DecidedColumn,
                                  header->sectionSize(SyncLogModel::TimeColumn));
    conflictHeader->resizeSection(ConflictListModel::RecordColumn, fit(u"Alexandra Montgomery"_s));
    conflictHeader->resizeSection(ConflictListModel::FieldColumn, fit(u"CloseDate"_s));
    conflictHeader->resizeSection(ConflictListModel::KeptColumn, fit(u"Head of Inbound Sales"_s));
    conflictHeader->resizeSection(ConflictListModel::LostColumn, fit(u"Head of Inbound Sales"_s));
    conflictHeader->setStretchLastSection(true);

    auto *conflictsTitle =
        new QLabel(tr("Conflicts: both sides changed a field since the last sync, and the "
                      "later change won"),
                   this);
    conflictsTitle->setWordWrap(true);
    conflictsTitle->setBuddy(m_conflictTable);
    auto *conflictsPane = new QWidget(this);
    auto *conflictsLayout = new QVBoxLayout(conflictsPane);
    conflictsLayout->setContentsMargins(0, 0, 0, 0);
    conflictsLayout->addWidget(conflictsTitle);
    conflictsLayout->addWidget(m_conflictTable);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(conflictsPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    if (control) {
        connect(control, &SyncControl::runFinished, m_model, &SyncLogModel::reload);
        connect(control, &SyncControl::runFinished, m_conflicts, &ConflictListModel::reload);
    }
}

} // namespace syncdesk::ui
