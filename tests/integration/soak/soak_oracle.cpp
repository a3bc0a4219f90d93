// The soak's oracle: every invariant checked against what the harness knows, and the figures.
#include "engine_soak.h"
#include "engine_writes_log.h"

namespace syncdesk::soak {

namespace {

// The engine wrote the field over one of the conflict's org saves that it could not see:
// while the save had not committed, or on its read before writing, made while the save
// had not (an answer can be held back seconds). Invisible to every reader, the save could
// not be decided, so no sync_conflicts row is owed, and either value may end on both
// sides. Salesforce's late commits make the same race.
bool writtenOverUnseenSave(const EngineWritesLog &engineWrites, const QString &crmId,
                           const QString &field, const FieldHistory &history)
{
    for (const FieldChange &orgSave : history.conflictOrgChanges)
        if (engineWrites.wroteOverUnseenSave(crmId, field, orgSave.at,
                                             orgSave.at.addSecs(kCommitDelaySeconds + 1)))
            return true;
    return false;
}

} // namespace

// ---- the oracle -------------------------------------------------------------------------

void EngineSoakTest::linkLocalCreations()
{
    RecordStore records(m_db);
    for (TrackedRecord *record : m_journal.all()) {
        if (record->createdLocally && record->crmId.isEmpty()) {
            const std::optional<LocalRecord> local = records.find(record->localId);
            if (local && !local->crmId.isEmpty())
                m_journal.linkCrm(record->localId, local->crmObject, local->crmId);
        } else if (!record->createdLocally &&
                   (record->localId == 0 || !records.find(record->localId))) {
            // Not linked yet, or linked to a conversion's twin that the engine has since
            // folded into the Lead's person: the record the CRM id leads to now.
            const std::optional<LocalRecord> local =
                records.findByCrmId(record->crmObject, record->crmId);
            if (local)
                m_journal.linkLocal(*record, local->id);
        }
    }
}

void EngineSoakTest::verify()
{
    m_report.expect(u"converges"_s, u"after the org is calm, the engine empties its outbox, "
                                    u"logs every activity and clears every failure"_s);
    m_report.expect(u"no-sign-in-demanded"_s,
                    u"faults at the token endpoint never make the engine ask for a sign-in"_s);
    m_report.expect(u"later-change-wins"_s,
                    u"each synced field holds, on both sides, the later of the two sides' last "
                    u"changes (every change reached the other side unless superseded)"_s);
    m_report.expect(u"conflict-recorded"_s,
                    u"a change superseded before it reached the other side is a sync_conflicts "
                    u"row for that record and field"_s);
    m_report.expect(u"local-record-in-org-once"_s,
                    u"every record created locally is in the org exactly once"_s);
    m_report.expect(u"org-record-arrives"_s, u"every record created in the org is in the "
                                             u"workspace, linked"_s);
    m_report.expect(u"no-duplicate-in-org"_s,
                    u"the org holds no SyncDesk_Id__c twice and no more people or accounts "
                    u"than were created"_s);
    m_report.expect(u"org-delete-arrives"_s,
                    u"a record deleted in the org is marked deleted locally and stays deleted"_s);
    m_report.expect(u"org-hard-delete-arrives"_s,
                    u"a record purged from the org (no trace in queryAll) is marked deleted "
                    u"locally"_s);
    m_report.expect(u"org-merge-arrives"_s,
                    u"a record merged into another is marked deleted locally"_s);
    m_report.expect(u"lead-conversion-followed"_s,
                    u"a converted Lead's person is linked to its Contact, once"_s);
    m_report.expect(u"automation-change-arrives"_s,
                    u"the org's automation on API saves (Contact.Title) is on both sides, "
                    u"after SyncDesk's own saves too"_s);
    m_report.expect(u"one-task-per-activity"_s, u"every activity is exactly one Task"_s);
    m_report.expect(u"foreign-install-untouched"_s,
                    u"records of another install (another SyncDesk_Id__c prefix) are unchanged"_s);

    if (m_signInDemands > 0 || m_engine->exitsOnItsOwn() > 0) {
        m_report.broken(u"no-sign-in-demanded"_s,
                        u"%1 sign-in demands, %2 exits on its own; last: %3"_s.arg(m_signInDemands)
                            .arg(m_engine->exitsOnItsOwn())
                            .arg(m_engine->lastSelfExit()));
    }
    linkLocalCreations();

    // The org as it ends, deleted rows included.
    QHash<QString, QJsonObject> orgRows;
    QHash<QString, int> byExternalId;
    int livePersons = 0;
    int liveAccounts = 0;
    for (const QString &object : {u"Contact"_s, u"Lead"_s, u"Account"_s}) {
        const QStringList fields = syncedFields(object)
                                   << u"Id"_s << u"IsDeleted"_s << u"SyncDesk_Id__c"_s
                                   << u"SystemModstamp"_s;
        const auto rows =
            m_org->query(u"SELECT %1 FROM %2"_s.arg(fields.join(u", "_s), object), true);
        ASSERT_TRUE(rows) << object.toStdString();
        for (const QJsonObject &row : *rows) {
            orgRows.insert(row.value(u"Id"_s).toString(), row);
            if (row.value(u"IsDeleted"_s).toBool())
                continue;
            object == u"Account"_s ? ++liveAccounts : ++livePersons;
            const QString key = text(row.value(u"SyncDesk_Id__c"_s));
            if (!key.isEmpty())
                ++byExternalId[key];
        }
    }
    for (auto it = byExternalId.cbegin(); it != byExternalId.cend(); ++it) {
        if (it.value() > 1)
            m_report.broken(
                u"no-duplicate-in-org"_s,
                u"SyncDesk_Id__c %1 on %2 live records"_s.arg(it.key()).arg(it.value()));
    }
    const int expectedPersons = m_seededPersons + m_orgLeadsCreated + m_conversions -
                                m_orgDeletedPersons - m_mergedAway + m_localPersonsCreated;
    const int expectedAccounts = m_seededAccounts + m_localAccountsCreated + m_conversions;
    if (livePersons > expectedPersons || liveAccounts > expectedAccounts) {
        // Name the live records nobody is known to have created.
        QStringList strangers;
        for (auto it = orgRows.cbegin(); it != orgRows.cend(); ++it) {
            const QJsonObject &row = it.value();
            if (row.value(u"IsDeleted"_s).toBool() || m_foreign.contains(it.key()) ||
                m_journal.byCrmId(it.key()) || m_convertedAccounts.contains(it.key()))
                continue;
            bool leadOfConversion = false;
            for (TrackedRecord *record : m_journal.all())
                leadOfConversion = leadOfConversion || record->convertedFromLead == it.key();
            if (leadOfConversion)
                continue;
            // One of ours, made again after the org deleted it: not a duplicate, but a
            // deletion that did not stick.
            const std::optional<qint64> ours =
                SyncDeskExternalId::of(m_db).recordIdOf(text(row.value(u"SyncDesk_Id__c"_s)));
            TrackedRecord *resurrected = ours ? m_journal.byLocalId(*ours) : nullptr;
            if (resurrected && resurrected->deletedInOrg) {
                m_report.broken(resurrected->hardDeleted  ? u"org-hard-delete-arrives"_s
                                : resurrected->mergedAway ? u"org-merge-arrives"_s
                                                          : u"org-delete-arrives"_s,
                                u"local %1 (was %2 %3) created again in the org as %4"_s.arg(
                                    QString::number(*ours), resurrected->crmObject,
                                    resurrected->crmId, it.key()));
                if (it.key().startsWith(u"001"_s))
                    --liveAccounts;
                else
                    --livePersons;
                continue;
            }
            strangers << u"%1 %2 '%3' <%4>"_s.arg(it.key(), text(row.value(u"SyncDesk_Id__c"_s)),
                                                  text(row.value(u"LastName"_s)) +
                                                      text(row.value(u"Name"_s)),
                                                  text(row.value(u"Email"_s)));
        }
        if (livePersons > expectedPersons || liveAccounts > expectedAccounts)
            m_report.broken(
                u"no-duplicate-in-org"_s,
                u"%1 live people (expected %2), %3 accounts (expected %4); unknown: %5"_s
                    .arg(livePersons)
                    .arg(expectedPersons)
                    .arg(liveAccounts)
                    .arg(expectedAccounts)
                    .arg(strangers.join(u", "_s)));
    }

    RecordStore records(m_db);
    ConflictStore conflicts(m_db);
    const EngineWritesLog engineWrites =
        EngineWritesLog::read(m_temp.filePath(u"org-requests.jsonl"_s));
    int expectedConflicts = 0;
    int ambiguousConflicts = 0;
    for (TrackedRecord *record : m_journal.all()) {
        const QString who =
            u"%1 %2 (local %3)"_s.arg(record->crmObject, record->crmId).arg(record->localId);
        if (record->createdLocally && record->crmId.isEmpty()) {
            m_report.broken(u"local-record-in-org-once"_s,
                            u"local record %1 (%2) never linked to the org"_s.arg(record->localId)
                                .arg(record->email));
            continue;
        }
        const QJsonObject org = orgRows.value(record->crmId);
        if (record->deletedInOrg) {
            const std::optional<LocalRecord> local =
                record->localId ? records.find(record->localId) : std::nullopt;
            const QString invariant = record->hardDeleted  ? u"org-hard-delete-arrives"_s
                                      : record->mergedAway ? u"org-merge-arrives"_s
                                                           : u"org-delete-arrives"_s;
            if (!org.isEmpty() && !org.value(u"IsDeleted"_s).toBool())
                m_report.broken(invariant, who + u": live again in the org"_s);
            else if (local && !local->crmDeletedAt.isValid())
                m_report.broken(invariant, who + u": not marked deleted locally"_s);
            continue;
        }
        if (record->localId == 0) {
            m_report.broken(u"org-record-arrives"_s, who + u" is not in the workspace"_s);
            continue;
        }
        const std::optional<LocalRecord> local = records.find(record->localId);
        if (!local || org.isEmpty() || org.value(u"IsDeleted"_s).toBool()) {
            m_report.broken(record->createdLocally ? u"local-record-in-org-once"_s
                                                   : u"org-record-arrives"_s,
                            who + (org.isEmpty() ? u": not in the org"_s : u": gone locally"_s));
            continue;
        }
        if (record->createdLocally && local->crmId != record->crmId) {
            m_report.broken(u"local-record-in-org-once"_s,
                            who + u": relinked to "_s + local->crmId);
        }
        if (!record->convertedFromLead.isEmpty()) {
            if (local->crmId != record->crmId)
                m_report.broken(
                    u"lead-conversion-followed"_s,
                    u"%1: still linked to %2 %3 (converted from Lead %4)"_s.arg(
                        who, local->crmObject, local->crmId, record->convertedFromLead));
            QSqlQuery twins(m_db);
            twins.prepare(u"SELECT COUNT(*) FROM records WHERE crm_id = ? AND id <> ?"_s);
            twins.addBindValue(record->crmId);
            twins.addBindValue(record->localId);
            if (twins.exec() && twins.next() && twins.value(0).toInt() > 0)
                m_report.broken(u"lead-conversion-followed"_s,
                                who + u": the Contact is a second local person too"_s);
        }
        // Linked elsewhere (reported above): its fields are another record's.
        if (local->crmId != record->crmId)
            continue;
        QSet<QString> conflictFields;
        for (const SyncConflict &conflict : conflicts.forRecord(record->localId))
            conflictFields.insert(conflict.field);
        for (const QString &field : syncedFields(record->crmObject)) {
            const FieldHistory history = record->fields.value(field);
            const std::optional<FieldChange> winner = history.winner();
            const QString localValue = text(local->fields.value(field));
            const QString orgValue = text(org.value(field));
            const QString expected = winner ? text(winner->value) : orgValue;
            if (m_realOrg && record->crmObject == kAutomationObject && field == kAutomationField &&
                (record->hadApiSave ||
                 (!record->convertedFromLead.isEmpty() && orgValue == kAutomationValue))) {
                // Saved through the API (by SyncDesk or anyone): the rule had the last word.
                if (localValue != kAutomationValue || orgValue != kAutomationValue)
                    m_report.broken(
                        u"automation-change-arrives"_s,
                        u"%1.%2: local '%3', org '%4'"_s.arg(who, field, localValue, orgValue));
                continue;
            }
            // A local change written over an org save that the engine could not see yet:
            // either value may end, as long as both sides hold it.
            const bool unseenSave =
                history.conflictExpected &&
                writtenOverUnseenSave(engineWrites, record->crmId, field, history);
            const bool eitherWins =
                (history.orderUnknowable || unseenSave) && history.lastLocal &&
                localValue == orgValue &&
                (localValue == text(history.lastLocal->value) || localValue == expected);
            if (!eitherWins && (localValue != expected || orgValue != expected)) {
                m_report.broken(u"later-change-wins"_s,
                                u"%1.%2: expected '%3' (%4 change #%5), local '%6', org '%7'; "
                                u"%8 local and %9 org changes"_s.arg(who, field, expected)
                                    .arg(winner
                                             ? (winner->side == Side::Local ? u"local"_s : u"org"_s)
                                             : u"no"_s)
                                    .arg(winner ? winner->seq : 0)
                                    .arg(localValue, orgValue)
                                    .arg(history.localChanges)
                                    .arg(history.orgChanges));
            }
            if (history.conflictExpected) {
                ++expectedConflicts;
                if (history.conflictAmbiguous || unseenSave)
                    ++ambiguousConflicts;
                else if (!conflictFields.contains(field))
                    m_report.broken(
                        u"conflict-recorded"_s,
                        u"%1.%2: no sync_conflicts row; final '%3'"_s.arg(who, field, expected));
            }
        }
    }

    // Activities: one Task each.
    QHash<QString, int> tasks;
    const auto taskRows = m_org->query(
        u"SELECT Id, SyncDesk_Activity_Id__c FROM Task WHERE SyncDesk_Activity_Id__c != null"_s);
    ASSERT_TRUE(taskRows);
    for (const QJsonObject &task : *taskRows)
        ++tasks[text(task.value(u"SyncDesk_Activity_Id__c"_s))];
    QSqlQuery activities(m_db);
    ASSERT_TRUE(activities.exec(u"SELECT external_id, crm_task_id FROM activities"_s));
    int localActivities = 0;
    while (activities.next()) {
        ++localActivities;
        const QString key = activities.value(0).toString();
        if (tasks.value(key) != 1)
            m_report.broken(u"one-task-per-activity"_s,
                            u"activity %1: %2 Tasks"_s.arg(key).arg(tasks.value(key)));
    }
    if (localActivities != m_activities)
        m_report.broken(u"one-task-per-activity"_s, u"%1 activities in the workspace, %2 logged "
                                                    u"by the harness"_s.arg(localActivities)
                                                        .arg(m_activities));

    // Another install's records: exactly as seeded.
    for (auto it = m_foreign.cbegin(); it != m_foreign.cend(); ++it) {
        const QJsonObject now = orgRows.value(it.key());
        for (auto field = it.value().begin(); field != it.value().end(); ++field) {
            if (field.key() == u"attributes"_s)
                continue;
            if (text(now.value(field.key())) != text(field.value()))
                m_report.broken(u"foreign-install-untouched"_s,
                                u"%1 (%2).%3: '%4' became '%5'"_s.arg(
                                    it.key(), text(it.value().value(u"SyncDesk_Id__c"_s)),
                                    field.key(), text(field.value()),
                                    text(now.value(field.key()))));
        }
        if (now.value(u"IsDeleted"_s).toBool())
            m_report.broken(u"foreign-install-untouched"_s, it.key() + u" deleted"_s);
    }

    // The org's meter against the ledger, then the figures.
    verifyMeter();
    std::printf("\nfigures (seed %u, %s form):\n", m_plan.seed, m_plan.longForm ? "long" : "short");
    std::printf("  changes local -> org: %d field changes, %d records created (%d by CSV "
                "import in %d files), %d activities\n",
                m_journal.changes(Side::Local), m_localCreated, m_csvImports * 3, m_csvImports,
                m_activities);
    std::printf("  changes org -> local: %d field changes, %d Leads created, %d deleted (%d of "
                "them purged), "
                "%d Leads converted, %d merged away\n",
                m_journal.changes(Side::Org), m_orgLeadsCreated, m_orgDeletedPersons, m_hardDeletes,
                m_conversions, m_mergedAway);
    std::printf("  conflicts: %d in sync_conflicts; %d expected by the harness (%d of them "
                "ambiguous, not asserted)\n",
                conflicts.count(), expectedConflicts, ambiguousConflicts);
    std::printf("  kills: %d (%d with a batch in flight), engine starts %d, exits on its own "
                "%d, sign-in demands %d\n",
                m_kills, m_killsInFlight, m_engine->starts(), m_engine->exitsOnItsOwn(),
                m_signInDemands);
    if (m_realOrg) {
        m_faultsInjected =
            m_org->control("GET", u"meter"_s).object().value(u"faultsInjected"_s).toInt();
    }
    std::printf("  faults: %d injected (%s; the harness's own calls met %lld), failures "
                "standing when the storm ended %d\n",
                m_faultsInjected,
                m_realOrg ? "sandbox random faults, 20 % of requests" : "harness fault plan",
                m_org->faultedCalls(), m_failuresStandingAfterChaos);
    std::printf("  limit: %d phases spent by other integrations; %d org-side actions put off "
                "for want of calls\n",
                m_limitPhasesRun, m_skippedForLimit);
    std::printf("  calls: the org metered %lld for SyncDesk (its request log; the meter %lld in "
                "all, the harness's %lld), SyncDesk's ledger %d counted against the limit "
                "(countsAgainstOrgLimit, what it shows) + %d cut by a kill (answered, "
                "the engine killed before its row) = %d\n",
                m_meter.orgForSyncDesk, m_meter.org, m_meter.harness, m_meter.ledger,
                m_meter.cutByKill, m_meter.ledger + m_meter.cutByKill);
    std::fflush(stdout);
}

} // namespace syncdesk::soak
