#pragma once

#include "auth/org_sign_in.h"
#include "browser_player.h"
#include "sandbox/sandbox_org_process.h"
#include "secrets/in_memory_secret_store.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

namespace syncdesk::test {

inline constexpr int kWaitMs = 15'000;

// A private sandbox org and everything a browser sign-in to it needs.
struct SandboxSignInRun
{
    SandboxOrgProcess sandbox{[] {
        SandboxOrgProcess::Options options;
        options.program = QStringLiteral(SYNCDESK_SANDBOX_BIN);
        options.simulateLivelyOrg = false;
        return options;
    }()};
    QNetworkAccessManager network;
    InMemorySecretStore secrets;
    std::unique_ptr<BrowserPlayer> browser;
    std::unique_ptr<OrgSignIn> signIn;

    bool startSandbox()
    {
        QSignalSpy started(&sandbox, &SandboxOrgProcess::started);
        sandbox.start();
        return !started.isEmpty() || started.wait(kWaitMs);
    }

    OrgSignIn::Request request() const
    {
        OrgSignIn::Request request;
        request.loginHost = *LoginHost::localSandboxOrg(sandbox.baseUrl());
        request.consumerKey = QStringLiteral("SyncDeskDesktop");
        request.redirectPort = 0; // the sandbox accepts any loopback port
        return request;
    }

    void prepare(BrowserPlayer::Tamper tamper = {})
    {
        browser = std::make_unique<BrowserPlayer>(std::move(tamper));
        signIn = std::make_unique<OrgSignIn>(&network, &secrets,
                                             [this](const QUrl &url) { browser->open(url); });
    }

    // The whole flow; nullopt (and the reason in `failure`) when it failed.
    std::optional<OAuthTokens> run(QString *failure = nullptr)
    {
        if (!signIn)
            prepare();
        QSignalSpy signedIn(signIn.get(), &OrgSignIn::signedIn);
        QSignalSpy failed(signIn.get(), &OrgSignIn::failed);
        signIn->start(request());
        const bool answered =
            QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, kWaitMs);
        if (!answered && failure)
            *failure = QStringLiteral("the sign-in neither completed nor failed in time");
        if (!failed.isEmpty() && failure)
            *failure = failed.first().first().toString();
        if (signedIn.isEmpty())
            return std::nullopt;
        return signedIn.first().first().value<OAuthTokens>();
    }
};

} // namespace syncdesk::test
