// The Bulk API 2.0 options: off by default, read from the command line, in
// --help, and applied to the org (and back after a reset).
#include "server/command_line.h"
#include "server/sandbox_org.h"

#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

bool parse(const QStringList &options, SandboxConfig *config, QString *error)
{
    CommandLine commandLine;
    return commandLine.parse(QStringList{u"syncdesk-sandbox"_s} + options, config, error);
}

} // namespace

TEST(SandboxBulkOptions, AreOffByDefaultReadAndDocumented)
{
    SandboxConfig defaults;
    QString error;
    ASSERT_TRUE(parse({}, &defaults, &error));
    EXPECT_EQ(defaults.bulkProcessingDelaySeconds, 0);
    EXPECT_EQ(defaults.bulkQueryPageRecords, 50000);

    SandboxConfig config;
    ASSERT_TRUE(
        parse({u"--bulk-processing-delay"_s, u"45"_s, u"--bulk-query-page-records"_s, u"1000"_s},
              &config, &error))
        << error.toStdString();
    EXPECT_EQ(config.bulkProcessingDelaySeconds, 45);
    EXPECT_EQ(config.bulkQueryPageRecords, 1000);
    EXPECT_FALSE(parse({u"--bulk-query-page-records"_s, u"0"_s}, &config, &error));
    EXPECT_TRUE(error.contains(u"--bulk-query-page-records"_s));
    EXPECT_FALSE(parse({u"--bulk-processing-delay"_s, u"-1"_s}, &config, &error));

    CommandLine commandLine;
    const QString help = commandLine.helpText();
    for (const QString &text :
         {u"--bulk-processing-delay"_s, u"--bulk-query-page-records"_s, u"/_sandbox/bulk"_s})
        EXPECT_TRUE(help.contains(text)) << text.toStdString();
}

TEST(SandboxBulkOptions, TheOrgTakesThemAndAResetRestoresThem)
{
    SandboxConfig config;
    config.seedCounts.accounts = 1;
    config.seedCounts.contacts = 1;
    config.seedCounts.leads = 1;
    config.seedCounts.opportunities = 0;
    config.bulkProcessingDelaySeconds = 12;
    config.bulkQueryPageRecords = 300;
    SandboxOrg org(config);
    QString error;
    ASSERT_TRUE(org.open(&error)) << error.toStdString();
    EXPECT_EQ(org.bulkJobs().processingDelay(), 12);
    EXPECT_EQ(org.bulkJobs().queryPageRecords(), 300);
    org.bulkJobs().setProcessingDelay(0);
    org.bulkJobs().batchAllocation().setUsed(org.clock().now(), 5);
    org.reset();
    EXPECT_EQ(org.bulkJobs().processingDelay(), 12);
    EXPECT_EQ(org.bulkJobs().batchAllocation().used(org.clock().now()), 0);
}
