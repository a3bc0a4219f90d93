#include "auth/login_host.h"

#include <gtest/gtest.h>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

TEST(LoginHost, ProductionAndSandboxAreSalesforcesLoginServers)
{
    EXPECT_EQ(LoginHost::production().url(), QUrl(u"https://login.salesforce.com"_s));
    EXPECT_EQ(LoginHost::sandbox().url(), QUrl(u"https://test.salesforce.com"_s));
    EXPECT_EQ(LoginHost::sandbox().kind(), LoginHost::Kind::Sandbox);
}

TEST(LoginHost, AcceptsAMyDomainInTheFormsAdminsTypeIt)
{
    for (const QString &typed :
         {u"acme"_s, u"acme.my.salesforce.com"_s, u"https://acme.my.salesforce.com"_s,
          u"  https://ACME.my.salesforce.com/ "_s}) {
        QString error;
        const auto host = LoginHost::myDomain(typed, &error);
        ASSERT_TRUE(host.has_value()) << typed.toStdString() << ": " << error.toStdString();
        EXPECT_EQ(host->url(), QUrl(u"https://acme.my.salesforce.com"_s)) << typed.toStdString();
        EXPECT_EQ(host->kind(), LoginHost::Kind::MyDomain);
    }
    const auto sandboxDomain = LoginHost::myDomain(u"acme--uat.sandbox.my.salesforce.com"_s);
    ASSERT_TRUE(sandboxDomain.has_value());
    EXPECT_EQ(sandboxDomain->url().host(), u"acme--uat.sandbox.my.salesforce.com"_s);
}

TEST(LoginHost, RefusesAddressesThatAreNotAMyDomain)
{
    for (const QString &typed :
         {u""_s, u"http://acme.my.salesforce.com"_s, u"https://acme.my.salesforce.com.evil.test"_s,
          u"https://evil.test/acme.my.salesforce.com"_s, u"https://acme.my.salesforce.com:8443"_s,
          u"https://user@acme.my.salesforce.com"_s, u"https://acme.my.salesforce.com/?x=1"_s,
          u"-acme"_s, u"ac me"_s, u"login.salesforce.com"_s}) {
        QString error;
        EXPECT_FALSE(LoginHost::myDomain(typed, &error).has_value()) << typed.toStdString();
        EXPECT_FALSE(error.isEmpty()) << typed.toStdString();
    }
}

TEST(LoginHost, TheLocalSandboxOrgMustBeOnLoopback)
{
    const auto local = LoginHost::localSandboxOrg(QUrl(u"http://127.0.0.1:40123"_s));
    ASSERT_TRUE(local.has_value());
    EXPECT_EQ(local->url(), QUrl(u"http://127.0.0.1:40123"_s));
    EXPECT_EQ(local->kind(), LoginHost::Kind::LocalSandboxOrg);

    for (const QString &url : {u"http://192.168.1.10:40123"_s, u"https://127.0.0.1:40123"_s,
                               u"http://127.0.0.1"_s, u"http://127.0.0.1:40123/services"_s}) {
        QString error;
        EXPECT_FALSE(LoginHost::localSandboxOrg(QUrl(url), &error).has_value())
            << url.toStdString();
        EXPECT_FALSE(error.isEmpty());
    }
}

// The CLI's --login-url and a saved connection's login host read back the same way.
TEST(LoginHost, FromTextRecognisesEveryKindAndRefusesTheRest)
{
    EXPECT_EQ(LoginHost::fromText(u"https://login.salesforce.com"_s)->kind(),
              LoginHost::Kind::Production);
    EXPECT_EQ(LoginHost::fromText(u"test.salesforce.com"_s)->kind(), LoginHost::Kind::Sandbox);
    EXPECT_EQ(LoginHost::fromText(u" https://acme.my.salesforce.com "_s)->kind(),
              LoginHost::Kind::MyDomain);
    EXPECT_EQ(LoginHost::fromText(u"http://127.0.0.1:4711"_s)->kind(),
              LoginHost::Kind::LocalSandboxOrg);
    QString error;
    EXPECT_FALSE(LoginHost::fromText(u"https://evil.example.com"_s, &error));
    EXPECT_FALSE(error.isEmpty());
    // A stored production host, as saveSignedInConnection writes it, round-trips.
    EXPECT_EQ(LoginHost::fromText(LoginHost::production().url().toString())->url(),
              LoginHost::production().url());
}
