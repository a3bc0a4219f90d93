#pragma once

#include <QEventLoop>
#include <QString>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>

namespace syncdesk::bench {

// Prints "<program>: message" to stderr and exits 1: a bench that cannot do its work
// has no figures worth printing.
[[noreturn]] inline void failBench(const QString &message)
{
    std::fputs(qPrintable(QStringLiteral("throughput_bench: ") + message + u'\n'), stderr);
    std::exit(1);
}

// Runs `start(done)` and the event loop until done(result) is called, so that the
// engine's asynchronous calls can be timed from one place. Gives up after `timeoutMs`.
template <typename Result>
Result awaitResult(const std::function<void(std::function<void(Result)>)> &start,
                   int timeoutMs = 1'800'000)
{
    std::optional<Result> result;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop,
                       [] { failBench(QStringLiteral("a call did not finish in time")); });
    start([&](Result r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace syncdesk::bench
