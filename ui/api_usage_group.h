#pragma once

#include "usage/api_usage.h"
#include "usage/usage_level.h"

#include <QDateTime>
#include <QGroupBox>

class QLabel;
class QProgressBar;

namespace syncdesk::ui {

// "Total API Calls Used": the org's daily API usage as a bar coloured by its
// usage level, the counts in words, and when they were read.
class ApiUsageGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit ApiUsageGroup(QWidget *parent = nullptr);

    void showUsage(const ApiUsage &usage, const QDateTime &readAt);
    // Keeps the last reading on screen, marked as stale, with the reason.
    void showUnavailable(const QString &reason);

    // "12,480 of 15,000 — 83 %" in the given locale.
    static QString usageText(const ApiUsage &usage, const QLocale &locale);

    QProgressBar *progressBar() const { return m_bar; }
    QString usageLabelText() const;
    QString remainingText() const;
    QString lastUpdateText() const;
    UsageLevel level() const { return m_level; }

private:
    void applyLevel(UsageLevel level);

    QProgressBar *m_bar;
    QLabel *m_usageLabel;
    QLabel *m_remainingLabel;
    QLabel *m_updatedLabel;
    QLabel *m_problemLabel;
    UsageLevel m_level = UsageLevel::Green;
    bool m_hasReading = false;
};

} // namespace syncdesk::ui
