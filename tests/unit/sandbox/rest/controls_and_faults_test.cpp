// The /_sandbox/ test controls and the faults they inject.
#include "org_under_test.h"

#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace syncdesk::sandbox::test;
using namespace Qt::Literals::StringLiterals;

TEST(SandboxControls, ServerErrorFaultHitsOnlyTheNextMatchingCall)
{
    OrgUnderTest org;
    org.control(u"faults"_s,
                {{u"kind"_s, u"server_error"_s}, {u"status"_s, 503}, {u"path"_s, u"/limits"_s}});
    const int before = org.used();
    EXPECT_EQ(org.get(OrgUnderTest::data(u"sobjects/"_s)).status(), 200); // path does not match
    const auto failed = org.get(OrgUnderTest::data(u"limits"_s));
    EXPECT_EQ(failed.status(), 503);
    EXPECT_EQ(failed.array()[0][u"errorCode"_s].toString(), u"SERVER_UNAVAILABLE"_s);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 200);
    EXPECT_EQ(org.used(), before + 2); // the failed call never reached the API
}

TEST(SandboxControls, MalformedJsonFaultTruncatesTheBody)
{
    OrgUnderTest org;
    org.control(u"faults"_s, {{u"kind"_s, u"malformed_json"_s}});
    const auto answer = org.get(OrgUnderTest::data(u"limits"_s));
    EXPECT_EQ(answer.status(), 200);
    EXPECT_TRUE(answer.json.isNull());
    EXPECT_FALSE(answer.response.body.isEmpty());
}

TEST(SandboxControls, ExpireSessionFaultForcesA401)
{
    OrgUnderTest org;
    org.control(u"faults"_s, {{u"kind"_s, u"expire_session"_s}});
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 401);
}

namespace {

// GET /limits as the API sees it, before the transport: for what handle() leaves to it.
ApiRequest limitsRequest(OrgUnderTest &org)
{
    ApiRequest request;
    request.method = "GET";
    request.path = OrgUnderTest::data(u"limits"_s);
    request.headers.insert("authorization", "Bearer " + org.accessToken().toLatin1());
    return request;
}

} // namespace

TEST(SandboxControls, DelayAndDropAreLeftToTheTransport)
{
    OrgUnderTest org;
    org.control(u"faults"_s, {{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 250}});
    org.control(u"faults"_s, {{u"kind"_s, u"drop"_s}});
    const ApiRequest request = limitsRequest(org);
    const SandboxOrg::Reply delayed = org.org().handle(request);
    EXPECT_EQ(delayed.delayMs, 250);
    EXPECT_EQ(delayed.response.status, 200);
    EXPECT_TRUE(org.org().handle(request).drop);
    EXPECT_FALSE(org.org().handle(request).drop);
}

TEST(SandboxControls, LatencyDelaysEveryApiAnswerButNoControl)
{
    SandboxConfig config = OrgUnderTest::smallConfig();
    config.latencyMs = 120;
    OrgUnderTest org(config);
    const ApiRequest request = limitsRequest(org);
    const SandboxOrg::Reply answered = org.org().handle(request);
    EXPECT_EQ(answered.delayMs, 120);
    EXPECT_EQ(answered.response.status, 200);

    // A queued delay comes on top of the round trip.
    org.control(u"faults"_s, {{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 250}});
    EXPECT_EQ(org.org().handle(request).delayMs, 370);

    ApiRequest control;
    control.method = "GET";
    control.path = u"/_sandbox/usage"_s;
    EXPECT_EQ(org.org().handle(control).delayMs, 0);
}

TEST(SandboxControls, BadControlInputIsRefusedAndChangesNothing)
{
    OrgUnderTest org;
    EXPECT_EQ(org.control(u"faults"_s, {{u"kind"_s, u"meteor"_s}}).status(), 400);
    EXPECT_EQ(org.control(u"usage"_s, {{u"used"_s, -5}}).status(), 400);
    EXPECT_EQ(org.control(u"allocation"_s, {{u"max"_s, 0}}).status(), 400);
    EXPECT_EQ(org.control(u"clock"_s, {{u"advanceSeconds"_s, u"soon"_s}}).status(), 400);
    EXPECT_EQ(org.call("POST", u"/_sandbox/usage"_s, "{not json", false).status(), 400);
    EXPECT_EQ(
        org.call("GET", u"/_sandbox/state"_s, {}, false).object()[u"faults"_s].toArray().size(), 0);
    EXPECT_EQ(org.org().allocation().max(), 15000);
}

TEST(SandboxControls, ClockAdvanceRollsUsageOff)
{
    OrgUnderTest org;
    org.control(u"usage"_s, {{u"used"_s, 9000}});
    EXPECT_EQ(org.used(), 9000);
    org.control(u"clock"_s, {{u"advanceSeconds"_s, 24 * 3600 + 1}});
    EXPECT_EQ(org.used(), 0);
}

TEST(SandboxControls, ResetRestoresSeededDataAndKeepsTheSession)
{
    OrgUnderTest org;
    const qsizetype accounts = org.org().store().count(u"Account"_s);
    org.post(OrgUnderTest::data(u"sobjects/Account/"_s),
             QJsonDocument(QJsonObject{{u"Name"_s, u"Extra"_s}}));
    org.control(u"usage"_s, {{u"used"_s, 500}});
    const auto state = org.control(u"reset"_s, {});
    EXPECT_EQ(state.object()[u"used"_s].toInt(), 0);
    EXPECT_EQ(org.org().store().count(u"Account"_s), accounts);
    EXPECT_EQ(org.get(OrgUnderTest::data(u"limits"_s)).status(), 200);
}
