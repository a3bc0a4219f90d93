#pragma once

#include "usage/api_usage.h"
#include "usage/usage_level.h"

#include <QColor>
#include <QDateTime>
#include <QGroupBox>

class QHBoxLayout;
class QLabel;
class QProgressBar;

namespace syncdesk::ui {

// "Total API Calls Used": the org's daily API usage as a bar coloured by its
// usage level, the counts in words, and when they were read. The same group shows
// "API Usage Threshold": the used calls against the admin's threshold, coloured by the
// same rule against it.
class ApiUsageGroup : public QGroupBox
{
    Q_OBJECT

public:
    enum class Kind
    {
        Limit,     // used against the org's allocation
        Threshold, // used against the admin's threshold
    };

    explicit ApiUsageGroup(QWidget *parent = nullptr);
    explicit ApiUsageGroup(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Threshold groups: "No Threshold", an empty bar and how to set one.
    void showNoThreshold();
    bool showsNoThreshold() const { return m_noThreshold; }
    // A row under the figures, for the group's buttons.
    void addButton(QWidget *button);
    // The colour the bar's filled part is drawn in.
    QColor barColor() const { return m_barColor; }

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
    QHBoxLayout *m_buttons;
    Kind m_kind = Kind::Limit;
    UsageLevel m_level = UsageLevel::Green;
    QColor m_barColor;
    bool m_hasReading = false;
    bool m_noThreshold = false;
};

} // namespace syncdesk::ui
