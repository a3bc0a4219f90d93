#include "sim/crm_users.h"

#include "data/record_store.h"
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
          u"Description"_s}},
        {u"Lead"_s,
         {u"Status"_s, u"Rating"_s, u"Title"_s, u"Phone"_s, u"LeadSource"_s, u"Industry"_s,
          u"NumberOfEmployees"_s, u"Description"_s}},
        {u"Account"_s,
         {u"Phone"_s, u"Rating"_s, u"Industry"_s, u"Type"_s, u"NumberOfEmployees"_s,
          u"AnnualRevenue"_s, u"Website"_s, u"Description"_s}},
        {u"Opportunity"_s,
         {u"StageName"_s, u"Amount"_s, u"CloseDate"_s, u"NextStep"_s, u"Probability"_s,
          u"LeadSource"_s, u"Description"_s}},
    };
    return fields;
}

constexpr qint64 kMaxCatchUpSeconds = 24 * 60 * 60;

} // namespace

CrmUsers::CrmUsers(RecordStore &store, const OrgClock &clock, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_random(seed)
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

bool CrmUsers::act()
{
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

    const QDateTime now = m_clock.now();
    PlausibleFieldValues values(m_random, now.toTimeZone(m_clock.timeZone()).date());
    QStringList fields = editableFields(object);
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
    const QString id = record.value(u"Id"_s).toString();
    if (!m_store.update(id, changes, now))
        return false;
    ++m_edits;
    Q_EMIT recordTouched(objectName, id);
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
    const QString id = m_store.insert(lead->name, fields, now);
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
    if (!m_store.remove(id, m_clock.now()))
        return false;
    ++m_deleted;
    Q_EMIT recordTouched(lead->name, id);
    return true;
}

} // namespace syncdesk::sandbox
