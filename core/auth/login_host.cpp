#include "auth/login_host.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

// lupdate sees this context; a plain tr() helper here would file the strings
// under the namespace instead of the context the code asks for at run time.
struct LoginHostText
{
    Q_DECLARE_TR_FUNCTIONS(LoginHost)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool hasOnlyOrigin(const QUrl &url)
{
    return url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment() &&
           (url.path().isEmpty() || url.path() == u"/"_s);
}

} // namespace

LoginHost::LoginHost(Kind kind, QUrl url)
    : m_kind(kind)
    , m_url(std::move(url))
{}

LoginHost LoginHost::production()
{
    return {Kind::Production, QUrl(u"https://login.salesforce.com"_s)};
}

LoginHost LoginHost::sandbox()
{
    return {Kind::Sandbox, QUrl(u"https://test.salesforce.com"_s)};
}

std::optional<LoginHost> LoginHost::myDomain(const QString &nameOrUrl, QString *error)
{
    const QString trimmed = nameOrUrl.trimmed();
    if (trimmed.isEmpty()) {
        setError(error,
                 LoginHostText::tr("Enter your org's My Domain, e.g. acme.my.salesforce.com."));
        return std::nullopt;
    }
    QUrl url = trimmed.contains(u"://"_s) ? QUrl(trimmed, QUrl::StrictMode)
                                          : QUrl(u"https://"_s + trimmed, QUrl::StrictMode);
    QString host = url.host().toLower();
    if (!host.contains(u'.'))
        host += u".my.salesforce.com"_s;

    // A My Domain name is letters, digits and hyphens; sandboxes and scratch
    // orgs add a label between the name and my.salesforce.com.
    static const QRegularExpression myDomainHost(
        uR"(^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?(?:\.(?:sandbox|develop|scratch|demo|patch|trailblaze))?\.my\.salesforce\.com$)"_s);
    if (!url.isValid() || url.scheme() != u"https"_s || url.port() != -1 || !hasOnlyOrigin(url) ||
        !myDomainHost.match(host).hasMatch()) {
        setError(error, LoginHostText::tr("That is not a My Domain address: it should look like "
                                          "https://NAME.my.salesforce.com."));
        return std::nullopt;
    }
    QUrl origin;
    origin.setScheme(u"https"_s);
    origin.setHost(host);
    return LoginHost(Kind::MyDomain, origin);
}

std::optional<LoginHost> LoginHost::localSandboxOrg(const QUrl &baseUrl, QString *error)
{
    const QString host = baseUrl.host();
    const bool loopback = host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"::1"_s;
    if (!baseUrl.isValid() || baseUrl.scheme() != u"http"_s || !loopback || baseUrl.port() <= 0 ||
        !hasOnlyOrigin(baseUrl)) {
        setError(error, LoginHostText::tr(
                            "The local sandbox org's address must be http://127.0.0.1:PORT."));
        return std::nullopt;
    }
    QUrl origin = baseUrl;
    origin.setPath({});
    return LoginHost(Kind::LocalSandboxOrg, origin);
}

std::optional<LoginHost> LoginHost::fromText(const QString &text, QString *error)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    const QString host = url.host().toLower();
    if (host == u"127.0.0.1" || host == u"localhost")
        return localSandboxOrg(url, error);
    if (host == u"login.salesforce.com")
        return production();
    if (host == u"test.salesforce.com")
        return sandbox();
    return myDomain(text.trimmed(), error);
}

} // namespace syncdesk
