#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace syncdesk::cli {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread (with the signal's number), so that
// Ctrl+C stops the headless engine the orderly way (its thread quits, its database connection
// closes) instead of killing it mid-write. A signal handler may only write to a pipe; the notifier
// reads it in the event loop.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace syncdesk::cli
