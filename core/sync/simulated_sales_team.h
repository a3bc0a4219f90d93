#pragma once

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>
#include <chrono>

namespace syncdesk {

// A few sales reps working on the sandbox org's people, so that the embedded default shows
// live sync: at the set rate they log calls and emails against people already in
// Salesforce, and edit people and accounts through LocalChangeWriter (so each edit and its
// outbox entries land in one transaction). Seeded, so a run can be replayed; only meant
// for the sandbox org.
class SimulatedSalesTeam : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultActionsPerMinute = 6;

    // `db` must belong to the thread this object lives on.
    explicit SimulatedSalesTeam(QSqlDatabase db, QObject *parent = nullptr);

    void setRate(int actionsPerMinute); // at least 1
    int rate() const { return m_rate; }
    void setSeed(quint32 seed) { m_random.seed(seed); }
    // How long a minute lasts for the team: tests shorten it to tick quickly.
    void setMinuteLength(std::chrono::milliseconds length);
    std::chrono::milliseconds tickInterval() const;

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // One action now; false when there is no one synced to act on yet (nothing done).
    bool actOnce();

Q_SIGNALS:
    void acted(const QString &description);

private:
    QList<qint64> syncedRecords(const QString &kind) const;
    bool logActivity(const QString &rep, bool call);
    bool editPerson(const QString &rep);
    bool editAccount(const QString &rep);
    void refreshCandidates();

    QSqlDatabase m_db;
    QTimer m_timer;
    QRandomGenerator m_random{20260301u};
    int m_rate = kDefaultActionsPerMinute;
    std::chrono::milliseconds m_minute{60'000};
    QString m_runId; // keeps external ids of this run apart from earlier runs
    qint64 m_actions = 0;
    QList<qint64> m_people;
    QList<qint64> m_accounts;
};

} // namespace syncdesk
