#include "sync/simulated_sales_team.h"

#include "store/activity_store.h"
#include "store/local_change_writer.h"
#include "store/record_store.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

const QStringList Reps{u"Ana"_s, u"Bo"_s, u"Chen"_s, u"Dara"_s, u"Eli"_s};
const QStringList Titles{u"Buyer"_s, u"Head of Operations"_s, u"IT Director"_s,
                         u"Procurement Lead"_s, u"VP Sales"_s};
const QStringList Industries{u"Banking"_s, u"Energy"_s, u"Healthcare"_s, u"Retail"_s,
                             u"Technology"_s};
const QStringList CallTopics{u"Discovery call"_s, u"Follow-up"_s, u"Pricing questions"_s,
                             u"Renewal check-in"_s};
const QStringList EmailTopics{u"Proposal sent"_s, u"Meeting recap"_s, u"Case study"_s,
                              u"Contract draft"_s};
// Candidates are read again every so often, so people synced meanwhile join in.
constexpr qint64 kRefreshEvery = 25;

} // namespace

SimulatedSalesTeam::SimulatedSalesTeam(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { actOnce(); });
}

void SimulatedSalesTeam::setRate(int actionsPerMinute)
{
    m_rate = std::max(1, actionsPerMinute);
    m_timer.setInterval(tickInterval());
}

void SimulatedSalesTeam::setMinuteLength(std::chrono::milliseconds length)
{
    m_minute = std::max(length, std::chrono::milliseconds(1));
    m_timer.setInterval(tickInterval());
}

std::chrono::milliseconds SimulatedSalesTeam::tickInterval() const
{
    return std::max(m_minute / m_rate, std::chrono::milliseconds(1));
}

void SimulatedSalesTeam::start()
{
    m_runId = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    refreshCandidates();
    m_timer.start(tickInterval());
}

void SimulatedSalesTeam::stop()
{
    m_timer.stop();
}

void SimulatedSalesTeam::refreshCandidates()
{
    m_people = syncedRecords(u"person"_s);
    m_accounts = syncedRecords(u"account"_s);
}

QList<qint64> SimulatedSalesTeam::syncedRecords(const QString &kind) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM records WHERE kind = ? AND crm_id IS NOT NULL ORDER BY id"_s);
    query.addBindValue(kind);
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

bool SimulatedSalesTeam::actOnce()
{
    if (m_runId.isEmpty())
        m_runId = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    if (m_people.isEmpty() || m_actions % kRefreshEvery == 0)
        refreshCandidates();
    if (m_people.isEmpty())
        return false;

    const QString rep = Reps.at(m_random.bounded(int(Reps.size())));
    const int roll = m_random.bounded(100);
    bool done = false;
    if (roll < 45)
        done = logActivity(rep, true);
    else if (roll < 70)
        done = logActivity(rep, false);
    else if (roll < 90 || m_accounts.isEmpty())
        done = editPerson(rep);
    else
        done = editAccount(rep);
    if (done)
        ++m_actions;
    return done;
}

bool SimulatedSalesTeam::logActivity(const QString &rep, bool call)
{
    const qint64 personId = m_people.at(m_random.bounded(int(m_people.size())));
    const std::optional<LocalRecord> person = RecordStore(m_db).find(personId);
    if (!person)
        return false;
    const QString name = person->fields.value(u"LastName"_s).toString();
    const QStringList &topics = call ? CallTopics : EmailTopics;
    Activity activity;
    activity.externalId = u"sim-"_s + m_runId + u'-' + QString::number(m_actions);
    activity.kind = call ? Activity::Kind::Call : Activity::Kind::Email;
    activity.recordId = personId;
    activity.subject = topics.at(m_random.bounded(int(topics.size())));
    if (!name.isEmpty())
        activity.subject += u" with "_s + name;
    activity.body = tr("Logged by %1 of the simulated sales team.").arg(rep);
    activity.occurredAt = QDateTime::currentDateTimeUtc();
    if (call) {
        activity.durationSeconds = m_random.bounded(30, 1800);
        activity.callType = m_random.bounded(100) < 70 ? u"Outbound"_s : u"Inbound"_s;
    }
    if (!ActivityStore(m_db).add(activity))
        return false;
    Q_EMIT acted(call ? tr("%1 logged a call: %2").arg(rep, activity.subject)
                      : tr("%1 logged an email: %2").arg(rep, activity.subject));
    return true;
}

bool SimulatedSalesTeam::editPerson(const QString &rep)
{
    const qint64 personId = m_people.at(m_random.bounded(int(m_people.size())));
    const QString title = Titles.at(m_random.bounded(int(Titles.size())));
    if (!LocalChangeWriter(m_db).apply(personId, QJsonObject{{u"Title"_s, title}}))
        return false;
    Q_EMIT acted(tr("%1 set a person's title to %2").arg(rep, title));
    return true;
}

bool SimulatedSalesTeam::editAccount(const QString &rep)
{
    const qint64 accountId = m_accounts.at(m_random.bounded(int(m_accounts.size())));
    const QString industry = Industries.at(m_random.bounded(int(Industries.size())));
    if (!LocalChangeWriter(m_db).apply(accountId, QJsonObject{{u"Industry"_s, industry}}))
        return false;
    Q_EMIT acted(tr("%1 set an account's industry to %2").arg(rep, industry));
    return true;
}

} // namespace syncdesk
