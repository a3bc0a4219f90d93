#include "bulk_progress_status.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

namespace {

// The bar counts in thousandths: a job's records may exceed what an int holds.
constexpr int kBarSteps = 1000;

} // namespace

BulkProgressStatus::BulkProgressStatus(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"bulkProgressStatus"_s);
    m_text->setObjectName(u"bulkProgressText"_s);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Whole in a window of the usual width; a narrow one may cut it (the tooltip has it all)
    // rather than be held wide by the status bar.
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_bar->setObjectName(u"bulkProgressBar"_s);
    m_bar->setRange(0, kBarSteps);
    m_bar->setTextVisible(false);
    // As tall as the text beside it, and short: the words say the figures.
    m_bar->setFixedWidth(fontMetrics().averageCharWidth() * 12);
    m_bar->setMaximumHeight(fontMetrics().height());
    m_cancel->setObjectName(u"bulkCancelButton"_s);
    m_cancel->setToolTip(tr("Stop the Bulk API job: what Salesforce has already processed is "
                            "kept and recorded, the rest waits for the next sync."));
    m_cancel->setAccessibleName(tr("Cancel the Bulk API job"));
    m_cancel->setFocusPolicy(Qt::TabFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
    layout->addWidget(m_text);
    layout->addWidget(m_bar, 0, Qt::AlignVCenter);
    layout->addWidget(m_cancel, 0, Qt::AlignVCenter);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelAsked = true;
        m_cancel->setEnabled(false);
        Q_EMIT cancelRequested();
    });
    hide();
}

void BulkProgressStatus::showProgress(const BulkProgress &progress)
{
    if (!progress.running) {
        m_cancelAsked = false;
        m_text->clear();
        hide();
        return;
    }
    m_text->setText(bulkProgressText(progress));
    const QString tip =
        progress.why.isEmpty() ? m_text->text() : m_text->text() + u'\n' + progress.why;
    setToolTip(tip);
    m_text->setToolTip(tip);
    m_bar->setValue(progress.total > 0 ? int(std::min(progress.processed, progress.total) *
                                             kBarSteps / progress.total)
                                       : 0);
    // An unknown total (a query not yet counted) shows a busy bar.
    m_bar->setMaximum(progress.total > 0 ? kBarSteps : 0);
    m_cancel->setEnabled(!progress.cancelling && !m_cancelAsked);
    show();
}

QString BulkProgressStatus::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace syncdesk::ui
