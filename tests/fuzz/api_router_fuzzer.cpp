// Fuzzes the org's request router: any method, path, query and body must get
// an answer (a Salesforce error at worst), never a crash or a hang.
// Input: the first line is "METHOD /path?query"; the rest is the body.
#include "server/sandbox_org.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>
#include <cstdint>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Harness
{
    Harness()
    {
        static int argc = 1;
        static char name[] = "api_router_fuzzer";
        static char *argv[] = {name, nullptr};
        application = std::make_unique<QCoreApplication>(argc, argv);
        SandboxConfig config;
        config.seedCounts = SeedCounts{2, 20, 40, 30, 10, 0};
        config.dailyLimit = 100'000'000;
        org = std::make_unique<SandboxOrg>(config);
        QString error;
        if (!org->open(&error))
            qFatal("cannot open the org: %s", qPrintable(error));
        org->setInstanceUrl(u"http://127.0.0.1:1"_s);
        ApiRequest login;
        login.method = "POST";
        login.path = u"/services/oauth2/token"_s;
        login.body = "grant_type=password&client_id=f&username=" + config.username.toUtf8() +
                     "&password=" + config.password.toUtf8();
        const QByteArray body = org->handle(login).response.body;
        token = QJsonDocument::fromJson(body).object()[u"access_token"_s].toString().toLatin1();
    }

    std::unique_ptr<QCoreApplication> application;
    std::unique_ptr<SandboxOrg> org;
    QByteArray token;
    int runs = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Harness harness;
    if (size > 64 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray head = newline < 0 ? input : input.left(newline);
    const qsizetype space = head.indexOf(' ');

    ApiRequest request;
    request.method = (space < 0 ? QByteArray("GET") : head.left(space)).toUpper();
    const QUrl url(u"http://sandbox"_s + QString::fromUtf8(space < 0 ? head : head.mid(space + 1)));
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    request.body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    // The controls change the org's shape (reset, allocation); keep to Salesforce's paths.
    if (request.path.startsWith(u"/_sandbox"_s))
        return 0;
    request.headers.insert("authorization", "Bearer " + harness.token);

    const SandboxOrg::Reply reply = harness.org->handle(request);
    if (reply.response.status < 100 || reply.response.status > 599)
        __builtin_trap();
    // Keep the org small and signed in however many records the inputs create.
    if (++harness.runs % 2000 == 0)
        harness.org->reset();
    return 0;
}
