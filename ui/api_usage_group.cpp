#include "api_usage_group.h"

#include "usage_level_palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kBarHeight = 28;
} // namespace

ApiUsageGroup::ApiUsageGroup(QWidget *parent)
    : ApiUsageGroup(Kind::Limit, parent)
{}

ApiUsageGroup::ApiUsageGroup(Kind kind, QWidget *parent)
    : QGroupBox(kind == Kind::Limit ? tr("Total API Calls Used") : tr("API Usage Threshold"),
                parent)
    , m_bar(new QProgressBar(this))
    , m_usageLabel(new QLabel(this))
    , m_remainingLabel(new QLabel(this))
    , m_updatedLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QHBoxLayout())
    , m_kind(kind)
{
    const bool limit = kind == Kind::Limit;
    setObjectName(limit ? u"totalApiCallsUsed"_s : u"apiUsageThreshold"_s);
    m_bar->setObjectName(limit ? u"apiUsageBar"_s : u"thresholdBar"_s);
    m_bar->setAccessibleName(limit ? tr("API calls used of the org's limit")
                                   : tr("API calls used of the threshold"));
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_bar->setMinimumHeight(kBarHeight);

    m_usageLabel->setObjectName(u"apiUsageText"_s);
    QFont usageFont = m_usageLabel->font();
    usageFont.setPointSizeF(usageFont.pointSizeF() * 1.6);
    usageFont.setBold(true);
    m_usageLabel->setFont(usageFont);
    m_usageLabel->setText(tr("Waiting for the org's first reading…"));

    m_remainingLabel->setObjectName(u"apiUsageRemaining"_s);
    m_updatedLabel->setObjectName(u"apiUsageUpdated"_s);
    m_updatedLabel->setForegroundRole(QPalette::PlaceholderText);

    m_problemLabel->setObjectName(u"apiUsageProblem"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_usageLabel);
    layout->addWidget(m_bar);
    layout->addWidget(m_remainingLabel);
    layout->addWidget(m_updatedLabel);
    layout->addWidget(m_problemLabel);
    // Side-by-side groups of different content keep their figures on one line.
    layout->addStretch(1);
    m_buttons->addStretch();
    layout->addLayout(m_buttons);
    applyLevel(UsageLevel::Green);
}

QString ApiUsageGroup::usageText(const ApiUsage &usage, const QLocale &locale)
{
    // Rounded down, so that the figure never claims a level the colour does not show;
    // a handful of calls still reads as more than nothing.
    const double exact = usage.percent();
    const QString percent =
        exact > 0 && exact < 1 ? tr("< 1") : locale.toString(qint64(std::floor(exact)));
    return tr("%1 of %2 — %3 %")
        .arg(locale.toString(usage.used), locale.toString(usage.max), percent);
}

void ApiUsageGroup::showUsage(const ApiUsage &usage, const QDateTime &readAt)
{
    m_hasReading = true;
    m_noThreshold = false;
    // QProgressBar counts in int; orgs with huge allocations are scaled down.
    const qint64 scale = std::max<qint64>(1, usage.max / std::numeric_limits<int>::max() + 1);
    const int maximum = int(std::max<qint64>(1, usage.max / scale));
    m_bar->setRange(0, maximum);
    m_bar->setValue(int(std::clamp<qint64>(usage.used / scale, 0, maximum)));
    m_usageLabel->setText(usageText(usage, locale()));
    // tr()'s count is an int; an allocation beyond it still reads in the plural.
    const auto count = [](qint64 calls) {
        return int(std::min<qint64>(calls, std::numeric_limits<int>::max()));
    };
    if (m_kind == Kind::Limit) {
        m_remainingLabel->setText(usage.used <= usage.max
                                      ? tr("%Ln call(s) left in the rolling 24 hours", nullptr,
                                           count(usage.max - usage.used))
                                      : tr("%Ln call(s) over the org's allocation", nullptr,
                                           count(usage.used - usage.max)));
    } else {
        m_remainingLabel->setText(usage.used < usage.max
                                      ? tr("%Ln call(s) left before the threshold", nullptr,
                                           count(usage.max - usage.used))
                                      : tr("The threshold is crossed by %Ln call(s)", nullptr,
                                           count(usage.used - usage.max)));
    }
    m_updatedLabel->setText(
        tr("Last updated %1")
            .arg(locale().toString(readAt.toLocalTime().time(), QLocale::LongFormat)));
    m_problemLabel->hide();
    applyLevel(usageLevelFor(usage.percent()));
}

void ApiUsageGroup::showNoThreshold()
{
    m_noThreshold = true;
    m_bar->setRange(0, 1);
    m_bar->setValue(0);
    m_usageLabel->setText(tr("No Threshold"));
    m_remainingLabel->setText(
        tr("Set a threshold to have the CRM Sync Alert Contact emailed when usage crosses it."));
    m_updatedLabel->clear();
    m_problemLabel->hide();
    applyLevel(UsageLevel::Green);
}

void ApiUsageGroup::addButton(QWidget *button)
{
    m_buttons->addWidget(button);
}

void ApiUsageGroup::showUnavailable(const QString &reason)
{
    m_problemLabel->setText(m_hasReading ? tr("Not current: %1").arg(reason) : reason);
    m_problemLabel->show();
}

QString ApiUsageGroup::usageLabelText() const
{
    return m_usageLabel->text();
}

QString ApiUsageGroup::remainingText() const
{
    return m_remainingLabel->text();
}

QString ApiUsageGroup::lastUpdateText() const
{
    return m_updatedLabel->text();
}

void ApiUsageGroup::applyLevel(UsageLevel level)
{
    m_level = level;
    m_barColor = usageLevelColor(level);
    m_bar->setProperty("usageLevel", usageLevelName(level));
    // A style sheet rather than the palette: most styles ignore Highlight for the chunk.
    m_bar->setStyleSheet(u"QProgressBar { border: 1px solid palette(mid); border-radius: 4px;"
                         " background: palette(base); }"
                         "QProgressBar::chunk { background-color: %1; border-radius: 3px; }"_s.arg(
                             m_barColor.name()));
}

} // namespace syncdesk::ui
