#pragma once

#include <QTableView>

namespace syncdesk {

class AlertsHistoryModel;

// The alerts history as a read-only table, newest first.
class AlertsHistoryView : public QTableView
{
    Q_OBJECT

public:
    explicit AlertsHistoryView(AlertsHistoryModel *model, QWidget *parent = nullptr);
};

} // namespace syncdesk
