#pragma once

#include "sync/outbound_flush.h"

#include <QTest>
#include <gtest/gtest.h>
#include <optional>

namespace syncdesk::test {

// One flush run to its report; a report of -1s when none came within waitMs.
inline FlushReport flushUntilDone(OutboundFlush &flush, int waitMs)
{
    std::optional<FlushReport> report;
    flush.flush([&report](FlushReport r) { report = r; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return report.has_value(); }, waitMs));
    return report.value_or(FlushReport{-1, -1, -1, -1});
}

} // namespace syncdesk::test
