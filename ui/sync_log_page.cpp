#include "sync_log_page.h"

#include "sync/sync_control.h"
#include "sync_log_model.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

SyncLogPage::SyncLogPage(QSqlDatabase db, SyncControl *control, QWidget *parent)
    : QWidget(parent)
    , m_model(new SyncLogModel(db, this))
    , m_table(new QTableView(this))
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
    header->resizeSection(SyncLogModel::CallsColumn, fit(tr("API calls")));
    header->resizeSection(SyncLogModel::OkColumn, fit(u"1,000,000"_s));
    header->resizeSection(SyncLogModel::FailedColumn, fit(u"1,000,000"_s));
    header->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    if (control)
        connect(control, &SyncControl::runFinished, m_model, &SyncLogModel::reload);
}

} // namespace syncdesk::ui
