#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace syncdesk {

// Where an admin signs in: Salesforce's production or sandbox login, the org's
// own My Domain, or the local sandbox org on this machine. Only these four
// shapes are accepted, so a typo cannot send the sign-in (and its code) to an
// arbitrary host.
class LoginHost
{
public:
    enum class Kind
    {
        Production,
        Sandbox,
        MyDomain,
        LocalSandboxOrg
    };

    static LoginHost production(); // https://login.salesforce.com
    static LoginHost sandbox();    // https://test.salesforce.com
    // "acme", "acme.my.salesforce.com" or "https://acme.my.salesforce.com"
    // (also "acme--uat.sandbox.my.salesforce.com"). nullopt and `error` set otherwise.
    static std::optional<LoginHost> myDomain(const QString &nameOrUrl, QString *error = nullptr);
    // http://127.0.0.1:PORT (or localhost): the local sandbox org.
    static std::optional<LoginHost> localSandboxOrg(const QUrl &baseUrl, QString *error = nullptr);
    // Any of the four as typed or as stored: "https://login.salesforce.com",
    // "test.salesforce.com", a My Domain, or a local sandbox org's address.
    static std::optional<LoginHost> fromText(const QString &text, QString *error = nullptr);

    Kind kind() const { return m_kind; }
    QUrl url() const { return m_url; }

private:
    LoginHost(Kind kind, QUrl url);

    Kind m_kind;
    QUrl m_url;
};

} // namespace syncdesk
