#include "alerts_history_view.h"

#include "alerts_history_model.h"

#include <QHeaderView>

namespace syncdesk {

AlertsHistoryView::AlertsHistoryView(AlertsHistoryModel *model, QWidget *parent)
    : QTableView(parent)
{
    setModel(model);
    setAccessibleName(tr("Alerts history"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(AlertsHistoryModel::SubjectColumn,
                                             QHeaderView::Stretch);
}

} // namespace syncdesk
