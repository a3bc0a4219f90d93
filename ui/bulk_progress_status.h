#pragma once

#include "sync/bulk_progress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace syncdesk::ui {

// The status bar's part for a long Bulk API 2.0 run: what it does and how far it is ("Sending
// 48,000 of 100,000 records through Bulk API · 4 calls · about 1 min left"), a small bar, and
// Cancel. Hidden while no run is under way; the route's reason is its tooltip.
class BulkProgressStatus : public QWidget
{
    Q_OBJECT

public:
    explicit BulkProgressStatus(QWidget *parent = nullptr);

    void showProgress(const syncdesk::BulkProgress &progress);
    QString text() const;
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_cancelAsked = false; // until the run ends: a poll's answer must not enable it again
};

} // namespace syncdesk::ui
