// The command line: the busy-real-org options, each off unless given.
#include "server/command_line.h"

#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

SandboxConfig parsed(const QStringList &options, QString *error = nullptr)
{
    CommandLine commandLine;
    SandboxConfig config;
    QString ignored;
    EXPECT_EQ(commandLine.parse(QStringList{u"syncdesk-sandbox"_s} + options, &config,
                                error ? error : &ignored),
              error == nullptr);
    return config;
}

} // namespace

TEST(SandboxCommandLine, RealOrgBehavioursAreOffByDefault)
{
    const SandboxConfig config = parsed({});
    EXPECT_FALSE(config.wholeSecondStamps);
    EXPECT_EQ(config.commitDelaySeconds, 0);
    EXPECT_EQ(config.lockRowRate, 0);
    EXPECT_TRUE(config.automations.isEmpty());
    EXPECT_EQ(config.faultRate, 0);
    EXPECT_EQ(config.userEditsSyncedShare, 0);
    EXPECT_EQ(config.latencyMs, 0);
}

TEST(SandboxCommandLine, ReadsEveryRealOrgOption)
{
    const SandboxConfig config =
        parsed({u"--whole-second-stamps"_s, u"--commit-delay"_s, u"5"_s,
                u"--commit-delay-writers"_s, u"users"_s, u"--lock-row-rate"_s, u"0.1"_s,
                u"--automation"_s, u"Contact.Description=Flow was here"_s, u"--automation"_s,
                u"Lead.Rating=Hot"_s, u"--fault-rate"_s, u"0.2"_s, u"--fault-seed"_s, u"9"_s,
                u"--user-edits-synced-share"_s, u"0.5"_s, u"--latency"_s, u"150"_s});
    EXPECT_TRUE(config.wholeSecondStamps);
    EXPECT_EQ(config.commitDelaySeconds, 5);
    EXPECT_FALSE(config.commitDelayForApi);
    EXPECT_TRUE(config.commitDelayForCrmUsers);
    EXPECT_DOUBLE_EQ(config.lockRowRate, 0.1);
    EXPECT_EQ(config.automations,
              (QStringList{u"Contact.Description=Flow was here"_s, u"Lead.Rating=Hot"_s}));
    EXPECT_DOUBLE_EQ(config.faultRate, 0.2);
    EXPECT_EQ(config.faultSeed, 9u);
    EXPECT_DOUBLE_EQ(config.userEditsSyncedShare, 0.5);
    EXPECT_EQ(config.latencyMs, 150);
}

TEST(SandboxCommandLine, RefusesRatesOutsideZeroToOne)
{
    QString error;
    parsed({u"--fault-rate"_s, u"1.5"_s}, &error);
    EXPECT_TRUE(error.contains(u"--fault-rate"_s));
    parsed({u"--commit-delay-writers"_s, u"robots"_s}, &error);
    EXPECT_TRUE(error.contains(u"--commit-delay-writers"_s));
}

TEST(SandboxCommandLine, HelpNamesTheNewOptions)
{
    CommandLine commandLine;
    const QString help = commandLine.helpText();
    for (const QString &option :
         {u"--whole-second-stamps"_s, u"--commit-delay"_s, u"--lock-row-rate"_s, u"--automation"_s,
          u"--fault-rate"_s, u"--fault-seed"_s, u"--user-edits-synced-share"_s})
        EXPECT_TRUE(help.contains(option)) << option.toStdString();
}

TEST(SandboxCommandLine, EventLogOptionsAreOffByDefaultAndDocumented)
{
    const SandboxConfig defaults = parsed({});
    EXPECT_TRUE(defaults.eventLogViewPermission);
    EXPECT_EQ(defaults.eventLogLayout, ApiUsageLayoutChoice::Standard);

    const SandboxConfig awkward =
        parsed({u"--without-event-log-permission"_s, u"--event-log-columns"_s, u"extended"_s});
    EXPECT_FALSE(awkward.eventLogViewPermission);
    EXPECT_EQ(awkward.eventLogLayout, ApiUsageLayoutChoice::Extended);
    EXPECT_EQ(parsed({u"--event-log-columns"_s, u"shuffled"_s}).eventLogLayout,
              ApiUsageLayoutChoice::Shuffled);
    QString error;
    parsed({u"--event-log-columns"_s, u"sideways"_s}, &error);
    EXPECT_TRUE(error.contains(u"--event-log-columns"_s)) << qPrintable(error);

    const QString help = CommandLine().helpText();
    EXPECT_TRUE(help.contains(u"--without-event-log-permission"_s));
    EXPECT_TRUE(help.contains(u"--event-log-columns"_s));
    EXPECT_TRUE(help.contains(u"/_sandbox/event-logs"_s));
}
