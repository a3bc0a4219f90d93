// The org's meter against SyncDesk's ledger, call by call: the org's request log says which
// requests it counted against the limit and whose they were (Sforce-Call-Options client=);
// the ledger is the workspace's api_calls table. Both cover the whole run: the org and the
// workspace are new, and `syncdesk-cli connect` is SyncDesk too.
#include "engine_soak.h"
#include "store/api_call_ledger_store.h"

#include <QJsonDocument>

namespace syncdesk::soak {

namespace {

// The org writes its log line when it handles a request; the engine its ledger row when the
// answer is in. Both read the same machine's clock.
constexpr qint64 kClockSlackMs = 1'000;
// A call the org answered this long before a SIGKILL may have had no time to reach the
// ledger: the longest delay the org adds to an answer (2.5 s, the kill aimed at a batch in
// flight) and the ledger's write after it.
constexpr qint64 kCutByKillMs = 5'000;

struct MeteredRequest
{
    qint64 atMs = 0; // the harness's clock
    QString path;
    int status = 0;
    bool inLedger = false;

    // The request of a ledger row: same path and status (a call that timed out has none).
    bool matches(const ApiCallRecord &call) const
    {
        return path == call.endpoint && (call.httpStatus <= 0 || status == call.httpStatus);
    }
};

QString callKey(const QString &path, int status)
{
    return path + u' ' + QString::number(status);
}

// The first kill after `fromMs`, or -1.
qint64 nextKill(const QList<qint64> &kills, qint64 fromMs)
{
    for (const qint64 kill : kills) {
        if (kill >= fromMs)
            return kill;
    }
    return -1;
}

QString clockTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"hh:mm:ss.zzz"_s);
}

} // namespace

void EngineSoakTest::verifyMeter()
{
    m_report.expect(u"meter-equals-ledger"_s,
                    u"the org's count of SyncDesk's metered calls (request log) equals the "
                    u"ledger's counted rows plus the calls cut by a kill, row for request; the "
                    u"log's metered requests are the meter's count"_s);
    const QList<qint64> kills = m_engine ? m_engine->killedAtMs() : QList<qint64>();

    // The org's side: every request it counted, SyncDesk's apart.
    QFile file(m_temp.filePath(u"org-requests.jsonl"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QList<MeteredRequest> ours;
    qint64 meteredByLog = 0;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (!line.value(u"metered"_s).toBool())
            continue;
        ++meteredByLog;
        if (line.value(u"client"_s).toString() != u"SyncDesk"_s)
            continue;
        const QDateTime at =
            QDateTime::fromString(line.value(u"at"_s).toString(), Qt::ISODateWithMs);
        ours.append({at.toMSecsSinceEpoch() - m_orgClockOffsetSeconds * 1'000,
                     line.value(u"path"_s).toString(), line.value(u"status"_s).toInt()});
    }
    const qint64 used = m_org->control("GET", u"usage"_s).object().value(u"used"_s).toInteger();
    m_meter.org = used - m_usedAtStart;
    m_meter.orgForSyncDesk = ours.size();
    m_meter.harness = meteredByLog - ours.size();
    if (meteredByLog != m_meter.org)
        m_report.broken(u"meter-equals-ledger"_s,
                        u"the meter counted %1 calls, the org's request log %2 metered requests"_s
                            .arg(m_meter.org)
                            .arg(meteredByLog));
    if (m_meter.harness != m_org->countedCalls())
        m_report.broken(u"meter-equals-ledger"_s,
                        u"the org metered %1 of the harness's calls, the harness saw %2 answers "
                        u"with Sforce-Limit-Info"_s.arg(m_meter.harness)
                            .arg(m_org->countedCalls()));

    // SyncDesk's side: each ledger row that SyncDesk counts against the org's limit
    // (countsAgainstOrgLimit, the figure it shows) is one of those requests, made in the same
    // life of the engine (no kill between the org's answer and the row).
    const QList<ApiCallRecord> calls =
        ApiCallLedgerStore(m_db).callsSince(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    for (const ApiCallRecord &call : calls) {
        if (!countsAgainstOrgLimit(call))
            continue;
        ++m_meter.ledger;
        const qint64 recordedAt = call.at.toMSecsSinceEpoch();
        bool found = false;
        for (MeteredRequest &request : ours) {
            if (request.inLedger || !request.matches(call) ||
                request.atMs > recordedAt + kClockSlackMs)
                continue;
            const qint64 kill = nextKill(kills, request.atMs);
            if (kill >= 0 && kill < recordedAt)
                continue; // answered to an engine killed since
            request.inLedger = found = true;
            break;
        }
        if (!found)
            m_report.broken(
                u"meter-equals-ledger"_s,
                u"ledger row %1 at %2 (%3%4) is no request the org metered for "
                u"SyncDesk"_s.arg(callKey(call.endpoint, call.httpStatus), clockTime(recordedAt),
                                  callCategoryName(call.category),
                                  call.errorCode.isEmpty() ? QString() : u", "_s + call.errorCode));
    }
    for (const MeteredRequest &request : ours) {
        if (request.inLedger)
            continue;
        const qint64 kill = nextKill(kills, request.atMs);
        if (kill >= 0 && kill - request.atMs <= kCutByKillMs) {
            ++m_meter.cutByKill;
            continue;
        }
        m_report.broken(
            u"meter-equals-ledger"_s,
            u"the org metered %1 at %2 for SyncDesk; no ledger row, no kill within "
            u"%3 s"_s.arg(callKey(request.path, request.status), clockTime(request.atMs))
                .arg(kCutByKillMs / 1'000));
    }
}

} // namespace syncdesk::soak
