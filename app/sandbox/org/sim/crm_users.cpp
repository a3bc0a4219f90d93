#include "sim/crm_users.h"

#include "data/record_store.h"
#include "data/record_validator.h"
#include "data/salesforce_id.h"
#include "limits/org_clock.h"
#include "sim/plausible_field_values.h"
#include "sim/working_day_shape.h"

#include <algorithm>
#include <cmath>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// What users touch on each object, most likely first; fields the schema does
// not have (or makes read-only) are skipped.
const QList<std::pair<QString, QStringList>> &fieldsUsersEdit()
{
    static const QList<std::pair<QString, QStringList>> fields{
        {u"Contact"_s,
         {u"Title"_s, u"Phone"_s, u"MobilePhone"_s, u"Department"_s, u"LeadSource"_s,
          u"Description"_s, u"Email"_s, u"FirstName"_s, u"LastName"_s}},
        {u"Lead"_s,
         {u"Status"_s, u"Rating"_s, u"Title"_s, u"Phone"_s, u"LeadSource"_s, u"Industry"_s,
          u"NumberOfEmployees"_s, u"Description"_s, u"Email"_s, u"FirstName"_s, u"LastName"_s,
          u"Company"_s}},
        {u"Account"_s,
         {u"Phone"_s, u"Rating"_s, u"Industry"_s, u"Type"_s, u"NumberOfEmployees"_s,
          u"AnnualRevenue"_s, u"Website"_s, u"Description"_s, u"Name"_s}},
        {u"Opportunity"_s,
         {u"StageName"_s, u"Amount"_s, u"CloseDate"_s, u"NextStep"_s, u"Probability"_s,
          u"LeadSource"_s, u"Description"_s}},
    };
    return fields;
}

// The fields SyncDesk syncs, which edits aimed at its records change.
const QList<std::pair<QString, QStringList>> &fieldsSyncDeskSyncs()
{
    static const QList<std::pair<QString, QStringList>> fields{
        {u"Contact"_s, {u"FirstName"_s, u"LastName"_s, u"Email"_s, u"Phone"_s, u"Title"_s}},
        {u"Lead"_s,
         {u"FirstName"_s, u"LastName"_s, u"Email"_s, u"Phone"_s, u"Title"_s, u"Company"_s}},
        {u"Account"_s, {u"Name"_s, u"Phone"_s, u"Website"_s}},
    };
    return fields;
}

constexpr qint64 kMaxCatchUpSeconds = 24 * 60 * 60;
constexpr int kFallbackUsers = 3;

} // namespace

CrmUsers::CrmUsers(RecordStore &store, const OrgClock &clock, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_random(seed)
    , m_whoRandom(seed ^ 0x5eedu)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &CrmUsers::tick);
}

void CrmUsers::start()
{
    if (m_timer.isActive())
        return;
    m_lastTick = m_clock.now();
    m_timer.start();
}

void CrmUsers::stop()
{
    m_timer.stop();
    m_lastTick = {};
}

void CrmUsers::tick()
{
    const QDateTime now = m_clock.now();
    if (!m_lastTick.isValid()) // not started
        return;
    if (now < m_lastTick) {
        // The clock was moved back: count from here, owe nothing for the gap.
        m_lastTick = now;
        return;
    }
    const QDateTime from = std::max(m_lastTick, now.addSecs(-kMaxCatchUpSeconds));
    const double owed =
        m_carry + WorkingDayShape::expectedEvents(from, now, m_editsPerHour, m_clock.timeZone());
    const auto actions = qint64(std::floor(owed + m_random.generateDouble()));
    m_carry = owed - double(actions);
    for (qint64 i = 0; i < actions; ++i)
        act();
    m_lastTick = now;
}

QStringList CrmUsers::userIds() const
{
    QStringList ids;
    const QString integrationUser = salesforce_id::make(u"005", 1);
    for (const QJsonObject &user : m_store.records(u"User"_s)) {
        const QString id = user.value(u"Id"_s).toString();
        if (id != integrationUser && user.value(u"IsActive"_s).toBool(true))
            ids.append(id);
    }
    for (int serial = 2; ids.isEmpty() && serial < 2 + kFallbackUsers; ++serial)
        ids.append(salesforce_id::make(u"005", quint64(serial)));
    return ids;
}

QString CrmUsers::pickUser()
{
    const QStringList ids = userIds();
    return ids.at(qsizetype(m_whoRandom.bounded(quint32(ids.size()))));
}

bool CrmUsers::act()
{
    if (m_syncedShare > 0 && m_whoRandom.generateDouble() < m_syncedShare && editSyncedRecord())
        return true;
    const double roll = m_random.generateDouble();
    if (roll < kCreateLeadShare)
        return createLead();
    if (roll < kCreateLeadShare + kDeleteLeadShare && deleteRandomLead())
        return true;
    return editRandomRecord();
}

QStringList CrmUsers::editableFields(const ObjectDescription &object) const
{
    QStringList names;
    for (const auto &[objectName, candidates] : fieldsUsersEdit()) {
        if (objectName != object.name)
            continue;
        for (const QString &name : candidates) {
            const FieldDescription *field = object.field(name);
            if (field && field->updateable && !field->calculated)
                names.append(field->name);
        }
    }
    return names;
}

bool CrmUsers::editRandomRecord()
{
    // Objects with live records and something users edit on them.
    QStringList objects;
    for (const auto &[objectName, candidates] : fieldsUsersEdit()) {
        const ObjectDescription *object = m_store.schema().object(objectName);
        if (object && !editableFields(*object).isEmpty() && m_store.count(object->name) > 0)
            objects.append(object->name);
    }
    if (objects.isEmpty())
        return false;
    const QString objectName = objects.at(qsizetype(m_random.bounded(quint32(objects.size()))));
    const ObjectDescription &object = *m_store.schema().object(objectName);
    const QList<QJsonObject> records = m_store.records(objectName);
    const QJsonObject &record = records.at(qsizetype(m_random.bounded(quint32(records.size()))));

    return applyEdit(object, record, editableFields(object));
}

bool CrmUsers::editSyncedRecord()
{
    QList<std::pair<const ObjectDescription *, QJsonObject>> candidates;
    for (const auto &[objectName, names] : fieldsSyncDeskSyncs()) {
        const ObjectDescription *object = m_store.schema().object(objectName);
        if (!object || !object->field(u"SyncDesk_Id__c"))
            continue;
        for (const QJsonObject &row : m_store.records(object->name))
            if (!row.value(u"SyncDesk_Id__c"_s).toString().isEmpty())
                candidates.append({object, row});
    }
    if (candidates.isEmpty())
        return false;
    const auto &[object, record] =
        candidates.at(qsizetype(m_whoRandom.bounded(quint32(candidates.size()))));
    QStringList fields;
    for (const auto &[objectName, names] : fieldsSyncDeskSyncs())
        if (objectName == object->name)
            for (const QString &name : names)
                if (const FieldDescription *field = object->field(name); field && field->updateable)
                    fields.append(field->name);
    return applyEdit(*object, record, fields);
}

bool CrmUsers::applyEdit(const ObjectDescription &object, const QJsonObject &record,
                         QStringList fields)
{
    const QDateTime now = m_clock.now();
    PlausibleFieldValues values(m_random, now.toTimeZone(m_clock.timeZone()).date());
    // Mostly one field, sometimes two, as in a quick inline edit.
    const int fieldCount = m_random.bounded(4) == 0 ? 2 : 1;
    QJsonObject changes;
    for (int i = 0; i < fieldCount && !fields.isEmpty(); ++i) {
        const QString name = fields.takeAt(qsizetype(m_random.bounded(quint32(fields.size()))));
        const QJsonValue value = values.valueFor(*object.field(name), record.value(name));
        if (!value.isUndefined())
            changes.insert(name, value);
    }
    if (changes.isEmpty())
        return false;
    // A new FirstName or LastName changes the person's Name too.
    QJsonObject merged = record;
    for (auto field = changes.begin(); field != changes.end(); ++field)
        merged.insert(field.key(), field.value());
    applyDerivedFields(object, merged);
    if (merged.value(u"Name"_s) != record.value(u"Name"_s))
        changes.insert(u"Name"_s, merged.value(u"Name"_s));
    if (object.field(u"LastModifiedById"))
        changes.insert(u"LastModifiedById"_s, pickUser());
    const QString id = record.value(u"Id"_s).toString();
    if (!m_store.update(id, changes, now, RecordStore::Writer::CrmUser))
        return false;
    ++m_edits;
    Q_EMIT recordTouched(object.name, id);
    return true;
}

bool CrmUsers::createLead()
{
    const ObjectDescription *lead = m_store.schema().object(u"Lead");
    if (!lead)
        return false;
    const QDateTime now = m_clock.now();
    PlausibleFieldValues values(m_random, now.toTimeZone(m_clock.timeZone()).date());
    const QString first = values.firstName();
    const QString last = values.lastName();
    QJsonObject proposed{{u"FirstName"_s, first},
                         {u"LastName"_s, last},
                         {u"Company"_s, values.company()},
                         {u"Email"_s, values.email(first, last)},
                         {u"Phone"_s, values.phone()}};

    QJsonObject fields;
    for (auto it = proposed.begin(); it != proposed.end(); ++it) {
        const FieldDescription *field = lead->field(it.key());
        if (field && field->createable)
            fields.insert(field->name, it.value());
    }
    // Whatever else the schema requires gets a plausible value, and defaulted
    // picklists (Status) their default, as the New Lead page fills them in.
    for (const FieldDescription &field : lead->fields) {
        if (fields.contains(field.name))
            continue;
        const bool defaulted = field.defaultedOnCreate && !field.defaultPicklistValue.isEmpty();
        if (!field.requiredOnCreate() && !defaulted)
            continue;
        const QJsonValue value = field.defaultPicklistValue.isEmpty()
                                     ? values.valueFor(field)
                                     : QJsonValue(field.defaultPicklistValue);
        if (value.isUndefined())
            return false;
        fields.insert(field.name, value);
    }
    const QString user = pickUser();
    for (const QString &audit : {u"CreatedById"_s, u"LastModifiedById"_s, u"OwnerId"_s})
        if (lead->field(audit))
            fields.insert(audit, user);
    const QString id = m_store.insert(lead->name, fields, now, RecordStore::Writer::CrmUser);
    if (id.isEmpty())
        return false;
    ++m_created;
    Q_EMIT recordTouched(lead->name, id);
    return true;
}

bool CrmUsers::deleteRandomLead()
{
    const ObjectDescription *lead = m_store.schema().object(u"Lead");
    if (!lead)
        return false;
    const QList<QJsonObject> leads = m_store.records(lead->name);
    if (leads.isEmpty())
        return false;
    const QString id =
        leads.at(qsizetype(m_random.bounded(quint32(leads.size())))).value(u"Id"_s).toString();
    if (!m_store.remove(id, m_clock.now(), RecordStore::Writer::CrmUser,
                        {{u"LastModifiedById"_s, pickUser()}}))
        return false;
    ++m_deleted;
    Q_EMIT recordTouched(lead->name, id);
    return true;
}

} // namespace syncdesk::sandbox
