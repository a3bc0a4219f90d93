// The two sides of the soak: reps in the workspace, CRM users in the org.
#include "engine_soak.h"

namespace syncdesk::soak {

// ---- the two sides ----------------------------------------------------------------------

TrackedRecord *EngineSoakTest::pickRecord(bool needsCrm, bool personOnly)
{
    QList<TrackedRecord *> candidates;
    for (TrackedRecord *record : m_journal.all()) {
        if (record->deletedInOrg || (needsCrm && record->crmId.isEmpty()) ||
            (!needsCrm && record->localId == 0) ||
            (personOnly && record->crmObject == u"Account"_s))
            continue;
        candidates.append(record);
    }
    if (candidates.isEmpty())
        return nullptr;
    return candidates.at(m_random.bounded(int(candidates.size())));
}

QString EngineSoakTest::pickField(const TrackedRecord &record, Side side)
{
    QStringList fields = syncedFields(record.crmObject);
    if (m_realOrg && record.crmObject == kAutomationObject)
        fields.removeAll(kAutomationField);
    const QString field = fields.at(m_random.bounded(int(fields.size())));
    const FieldHistory history = record.fields.value(field);
    const std::optional<FieldChange> &other =
        side == Side::Local ? history.lastOrg : history.lastLocal;
    if (other && other->at.msecsTo(orgNow()) < kSameFieldGuardMs)
        return {};
    return field;
}

void EngineSoakTest::localEdit()
{
    TrackedRecord *record = pickRecord(false);
    if (!record)
        return;
    const QString field = pickField(*record, Side::Local);
    if (field.isEmpty())
        return;
    RecordStore records(m_db);
    const std::optional<LocalRecord> before = records.find(record->localId);
    if (!before)
        return;
    const qint64 seq = m_journal.nextSeq();
    const QString value = valueFor(field, seq, Side::Local);
    const QDateTime at = orgNow();
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(record->localId, {{field, value}}, at));
    const std::optional<LocalRecord> after = records.find(record->localId);
    const FieldHistory &history = record->fields.value(field);
    const bool hasOrgChange =
        !history.lastOrg || text(before->fields.value(field)) == text(history.lastOrg->value);
    // The engine may have applied an inbound value between the look and the write.
    const bool ambiguous = after && after->crmModstamp != before->crmModstamp;
    m_journal.recordChange(*record, field, Side::Local, value, at, hasOrgChange, ambiguous);
    record->hadApiSave = true; // the engine saves it through the API
}

void EngineSoakTest::orgEdit()
{
    TrackedRecord *record = pickRecord(true);
    if (!record)
        return;
    const QString field = pickField(*record, Side::Org);
    if (field.isEmpty())
        return;
    const QStringList fields = syncedFields(record->crmObject);
    const std::optional<QJsonObject> before =
        m_org->record(record->crmObject, record->crmId, fields);
    if (!before) {
        ++m_skippedForLimit;
        return;
    }
    const qint64 seq = m_journal.nextSeq();
    const QString value = valueFor(field, seq, Side::Org);
    const OrgAnswer saved = m_org->call(
        "PATCH", u"/sobjects/%1/%2"_s.arg(record->crmObject, record->crmId), {{field, value}});
    if (saved.status == 403) {
        ++m_skippedForLimit;
        return;
    }
    if (saved.status == 404 || saved.status == 400)
        return; // deleted, converted or merged meanwhile: nothing changed
    ASSERT_EQ(saved.status, 204) << saved.body.constData();
    const QDateTime at = orgNow();
    // An engine write of this field that landed between the look and the save, or that
    // the look could not see yet (the org's commits are late), makes the order unknown:
    // unless the local change the look missed is still waiting in the outbox, unsent.
    QSqlQuery waiting(m_db);
    waiting.prepare(u"SELECT COUNT(*) FROM outbox WHERE record_id = ? AND field = ? AND "
                    u"batch_id IS NULL"_s);
    waiting.addBindValue(record->localId);
    waiting.addBindValue(field);
    const bool stillWaiting = waiting.exec() && waiting.next() && waiting.value(0).toInt() > 0;
    const bool ambiguous = !stillWaiting;
    const FieldHistory &history = record->fields.value(field);
    const bool hasLocalChange =
        !history.lastLocal || text(before->value(field)) == text(history.lastLocal->value);
    m_journal.recordChange(*record, field, Side::Org, value, at, hasLocalChange, ambiguous);
    record->hadApiSave = true;
    if (stillWaiting)
        m_invisibleOrgSaves.append(
            {record->localId, record->crmId, field,
             QDateTime::currentDateTimeUtc().addSecs(kCommitDelaySeconds + 1)});
}

void EngineSoakTest::watchInvisibleOrgSaves()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = m_invisibleOrgSaves.size() - 1; i >= 0; --i) {
        const InvisibleOrgSave &save = m_invisibleOrgSaves.at(i);
        QSqlQuery waiting(m_db);
        waiting.prepare(u"SELECT COUNT(*) FROM outbox WHERE record_id = ? AND field = ? AND "
                        u"batch_id IS NULL"_s);
        waiting.addBindValue(save.localId);
        waiting.addBindValue(save.field);
        const bool stillWaiting = waiting.exec() && waiting.next() && waiting.value(0).toInt() > 0;
        if (!stillWaiting) {
            // Taken for sending while the org's save was still invisible to every reader.
            if (TrackedRecord *record = m_journal.byCrmId(save.crmId)) {
                FieldHistory &history = record->fields[save.field];
                history.orderUnknowable = true;
                history.conflictAmbiguous = true;
                m_journal.trace(u"   %1 (local %2).%3: sent while the org's save was invisible"_s
                                    .arg(save.crmId)
                                    .arg(save.localId)
                                    .arg(save.field));
            }
            m_invisibleOrgSaves.removeAt(i);
        } else if (now > save.visibleAt) {
            m_invisibleOrgSaves.removeAt(i);
        }
    }
}

void EngineSoakTest::trackLocalCreation(qint64 localId, const QString &crmObject,
                                        const QJsonObject &fields, const QString &email)
{
    TrackedRecord record;
    record.localId = localId;
    record.crmObject = crmObject;
    record.createdLocally = true;
    record.email = email;
    TrackedRecord &added = m_journal.add(record);
    const QDateTime at = orgNow();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        m_journal.recordChange(added, it.key(), Side::Local, it.value(), at, true, false);
    added.hadApiSave = true;
    ++m_localCreated;
    crmObject == u"Account"_s ? ++m_localAccountsCreated : ++m_localPersonsCreated;
}

void EngineSoakTest::localCreate()
{
    const bool account = m_random.bounded(4) == 0;
    const qint64 seq = m_journal.nextSeq();
    LocalRecord record;
    record.kind = account ? RecordKind::Account : RecordKind::Person;
    const std::optional<qint64> id = RecordStore(m_db).insert(record);
    ASSERT_TRUE(id);
    const QString email = u"new%1@soak.test"_s.arg(seq);
    const QJsonObject fields =
        account ? QJsonObject{{u"Name"_s, u"Account %1"_s.arg(seq)},
                              {u"Phone"_s, valueFor(u"Phone"_s, seq, Side::Local)}}
                : QJsonObject{{u"FirstName"_s, u"New"_s},
                              {u"LastName"_s, u"Person %1"_s.arg(seq)},
                              {u"Email"_s, email}};
    ASSERT_TRUE(LocalChangeWriter(m_db).apply(*id, fields, orgNow()));
    trackLocalCreation(*id, account ? u"Account"_s : u"Contact"_s, fields,
                       account ? QString() : email);
}

void EngineSoakTest::orgCreateLead()
{
    const qint64 seq = m_journal.nextSeq();
    const QString email = u"lead%1@soak.test"_s.arg(seq);
    const QJsonObject fields{{u"FirstName"_s, u"Walk"_s},
                             {u"LastName"_s, u"In %1"_s.arg(seq)},
                             {u"Company"_s, u"Company %1"_s.arg(seq)},
                             {u"Email"_s, email}};
    // One attempt: a retried create could be a second Lead. A lost answer is looked up.
    const OrgAnswer created = m_org->call("POST", u"/sobjects/Lead/"_s, fields, 1);
    if (created.status == 403) {
        ++m_skippedForLimit;
        return;
    }
    const QString id =
        created.status == 201 ? created.object().value(u"id"_s).toString() : QString();
    if (id.isEmpty()) {
        // Created or not? Asked once the org is calm (its commits are late, and its limit
        // may be spent until then): a wait here would hold the weather still too.
        m_leadsToLookUp.append({email, fields, orgNow()});
        return;
    }
    trackOrgLead(id, email, fields, orgNow());
}

void EngineSoakTest::trackOrgLead(const QString &id, const QString &email,
                                  const QJsonObject &fields, const QDateTime &at)
{
    TrackedRecord record;
    record.crmObject = u"Lead"_s;
    record.crmId = id;
    record.email = email;
    TrackedRecord &added = m_journal.add(record);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        m_journal.recordChange(added, it.key(), Side::Org, it.value(), at, true, false);
    added.hadApiSave = true;
    ++m_orgLeadsCreated;
}

void EngineSoakTest::lookUpLostLeads()
{
    for (const LeadToLookUp &lead : std::as_const(m_leadsToLookUp)) {
        const auto rows = m_org->query(u"SELECT Id FROM Lead WHERE Email = '%1'"_s.arg(lead.email));
        ASSERT_TRUE(rows) << "cannot tell whether Lead " << lead.email.toStdString() << " exists";
        if (!rows->isEmpty())
            trackOrgLead(rows->first().value(u"Id"_s).toString(), lead.email, lead.fields, lead.at);
    }
    m_leadsToLookUp.clear();
}

void EngineSoakTest::orgDelete()
{
    // Someone else's person with no activity logged: a Task would point at nothing.
    QList<TrackedRecord *> candidates;
    for (TrackedRecord *record : m_journal.all()) {
        if (!record->deletedInOrg && !record->createdLocally && !record->hasActivities &&
            !record->crmId.isEmpty() && record->crmObject != u"Account"_s)
            candidates.append(record);
    }
    if (candidates.size() < 10)
        return;
    TrackedRecord *record = candidates.at(m_random.bounded(int(candidates.size())));
    if (m_realOrg && m_random.bounded(3) == 0) {
        // Deleted and the recycle bin emptied: no trace in queryAll.
        if (!m_org->control("POST", u"hard-delete"_s, {{u"ids"_s, QJsonArray{record->crmId}}}).ok())
            return;
        record->hardDeleted = true;
        ++m_hardDeletes;
    } else {
        const OrgAnswer deleted =
            m_org->call("DELETE", u"/sobjects/%1/%2"_s.arg(record->crmObject, record->crmId));
        if (deleted.status == 403) {
            ++m_skippedForLimit;
            return;
        }
        if (deleted.status != 204 && deleted.status != 404)
            return;
    }
    record->deletedInOrg = true;
    m_journal.noteOrgChange(orgNow());
    m_journal.trace(u"%1 %2 %3 deleted%4"_s.arg(orgNow().toString(Qt::ISODateWithMs),
                                                record->crmObject, record->crmId,
                                                record->hardDeleted ? u" (purged)"_s : QString()));
    ++m_orgDeletedPersons;
}

void EngineSoakTest::orgConvertLead()
{
    if (!m_realOrg)
        return;
    QList<TrackedRecord *> leads;
    for (TrackedRecord *record : m_journal.all()) {
        if (record->crmObject == u"Lead"_s && !record->deletedInOrg && !record->hasActivities)
            leads.append(record);
    }
    if (leads.size() < 5)
        return;
    TrackedRecord *lead = leads.at(m_random.bounded(int(leads.size())));
    const OrgAnswer converted =
        m_org->control("POST", u"convert-lead"_s, {{u"leadId"_s, lead->crmId}});
    if (!converted.ok())
        return;
    const QString leadId = lead->crmId;
    m_journal.convert(*lead, converted.object().value(u"convertedContactId"_s).toString());
    m_convertedAccounts.insert(converted.object().value(u"convertedAccountId"_s).toString());
    m_journal.trace(u"%1 Lead %2 (local %3) converted to Contact %4"_s.arg(
        orgNow().toString(Qt::ISODateWithMs), leadId, QString::number(lead->localId), lead->crmId));
    m_journal.noteOrgChange(orgNow());
    ++m_conversions;
}

void EngineSoakTest::orgMerge()
{
    if (!m_realOrg)
        return;
    QList<TrackedRecord *> contacts;
    for (TrackedRecord *record : m_journal.all()) {
        if (record->crmObject == u"Contact"_s && !record->deletedInOrg && !record->createdLocally &&
            !record->hasActivities && record->convertedFromLead.isEmpty())
            contacts.append(record);
    }
    if (contacts.size() < 10)
        return;
    TrackedRecord *master = contacts.takeAt(m_random.bounded(int(contacts.size())));
    TrackedRecord *loser = contacts.at(m_random.bounded(int(contacts.size())));
    // A loser with local changes still to send is left alone: whether they should follow
    // the merge to the master or die with the loser is a policy, not an invariant.
    QSqlQuery waiting(m_db);
    waiting.prepare(u"SELECT COUNT(*) FROM outbox WHERE record_id = ?"_s);
    waiting.addBindValue(loser->localId);
    if (!waiting.exec() || !waiting.next() || waiting.value(0).toInt() > 0)
        return;
    const OrgAnswer merged = m_org->control(
        "POST", u"merge"_s,
        {{u"masterId"_s, master->crmId}, {u"mergedIds"_s, QJsonArray{loser->crmId}}});
    if (!merged.ok())
        return;
    loser->deletedInOrg = true;
    loser->mergedAway = true;
    m_journal.trace(u"%1 Contact %2 merged into %3"_s.arg(orgNow().toString(Qt::ISODateWithMs),
                                                          loser->crmId, master->crmId));
    m_journal.noteOrgChange(orgNow());
    ++m_mergedAway;
}

void EngineSoakTest::logActivity()
{
    TrackedRecord *record = pickRecord(false, true);
    if (!record)
        return;
    const qint64 seq = m_journal.nextSeq();
    Activity activity;
    activity.externalId = u"soak-act-%1-%2"_s.arg(m_plan.seed).arg(seq);
    activity.kind = seq % 3 == 0 ? Activity::Kind::Email : Activity::Kind::Call;
    activity.recordId = record->localId;
    activity.subject = u"Touch %1"_s.arg(seq);
    activity.occurredAt = orgNow();
    if (activity.kind == Activity::Kind::Call)
        activity.durationSeconds = 30 + int(seq % 600);
    if (!ActivityStore(m_db).add(activity)) {
        // The engine may have just folded this person away: a converted Lead's Contact,
        // imported before the Lead was read, is merged into the Lead's person (the next
        // linkLocalCreations() follows it). Anything else is a failure.
        ASSERT_FALSE(RecordStore(m_db).find(record->localId))
            << "cannot log an activity for person " << record->localId;
        return;
    }
    record->hasActivities = true;
    ++m_activities;
}

void EngineSoakTest::csvImport()
{
    // A rep imports a few people, then calls logged against them, with the CLI (its own
    // process and database connection, while the engine runs).
    const qint64 seq = m_journal.nextSeq();
    QFile people(m_temp.filePath(u"people-%1.csv"_s.arg(seq)));
    ASSERT_TRUE(people.open(QIODevice::WriteOnly));
    QStringList emails;
    people.write("FirstName,LastName,Email,Title\n");
    for (int i = 0; i < 3; ++i) {
        emails << u"csv%1-%2@soak.test"_s.arg(seq).arg(i);
        people.write(u"Csv,Row %1-%2,%3,Imported\n"_s.arg(seq).arg(i).arg(emails.last()).toUtf8());
    }
    people.close();
    QString output;
    ASSERT_EQ(
        runCli({u"--data-dir"_s, m_dataDir, u"import"_s, u"people"_s, people.fileName()}, &output),
        0)
        << output.toStdString();
    for (int i = 0; i < emails.size(); ++i) {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT id, fields_json FROM records WHERE kind = 'person' AND "
                      u"json_extract(fields_json, '$.Email') = ?"_s);
        query.addBindValue(emails.at(i));
        ASSERT_TRUE(query.exec() && query.next()) << emails.at(i).toStdString();
        const qint64 id = query.value(0).toLongLong();
        const QJsonObject fields{{u"FirstName"_s, u"Csv"_s},
                                 {u"LastName"_s, u"Row %1-%2"_s.arg(seq).arg(i)},
                                 {u"Email"_s, emails.at(i)},
                                 {u"Title"_s, u"Imported"_s}};
        trackLocalCreation(id, u"Contact"_s, fields, emails.at(i));
        m_journal.byLocalId(id)->hasActivities = true;
    }
    QFile calls(m_temp.filePath(u"calls-%1.csv"_s.arg(seq)));
    ASSERT_TRUE(calls.open(QIODevice::WriteOnly));
    calls.write("Type,Subject,PersonEmail,Date,DurationSeconds\n");
    for (const QString &email : emails)
        calls.write(
            u"call,Intro call,%1,%2,120\n"_s.arg(email, orgNow().date().toString(Qt::ISODate))
                .toUtf8());
    calls.close();
    ASSERT_EQ(runCli({u"--data-dir"_s, m_dataDir, u"import"_s, u"activities"_s, calls.fileName()},
                     &output),
              0)
        << output.toStdString();
    m_activities += int(emails.size());
    ++m_csvImports;
}

} // namespace syncdesk::soak
