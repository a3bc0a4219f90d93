#include "sim/crm_operations.h"

#include "data/record_validator.h"
#include "data/salesforce_id.h"
#include "limits/org_clock.h"
#include "schema/object_description.h"

#include <QJsonArray>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList mergeableObjects{u"Lead"_s, u"Contact"_s, u"Account"_s};

// The Lead's fields that conversion copies to the new Contact.
const QStringList contactFieldsFromLead{u"FirstName"_s,   u"LastName"_s,   u"Salutation"_s,
                                        u"Title"_s,       u"Email"_s,      u"Phone"_s,
                                        u"MobilePhone"_s, u"LeadSource"_s, u"Description"_s};

QJsonObject audit(const QString &userId)
{
    return QJsonObject{{u"LastModifiedById"_s, userId}};
}

} // namespace

CrmOperations::CrmOperations(RecordStore &store, const OrgClock &clock)
    : m_store(store)
    , m_clock(clock)
{}

QString CrmOperations::liveIdOf(const QString &id, const QString &objectName, QString *error) const
{
    const QString canonicalId = salesforce_id::toEighteen(id);
    const QJsonObject *row = canonicalId.isEmpty() ? nullptr : m_store.find(canonicalId);
    if (!row || row->value(u"IsDeleted"_s).toBool()) {
        *error = u"No live record with id '"_s + id + u"'"_s;
        return {};
    }
    if (!objectName.isEmpty() && m_store.objectOf(canonicalId) != objectName) {
        *error = u"'"_s + id + u"' is not a "_s + objectName;
        return {};
    }
    return canonicalId;
}

QString CrmOperations::createFromLead(const QString &objectName, const QJsonObject &lead,
                                      const QString &accountId, const QString &userId,
                                      const QDateTime &now)
{
    const ObjectDescription &object = *m_store.schema().object(objectName);
    QJsonObject fields;
    if (objectName == u"Account") {
        fields.insert(u"Name"_s, lead.value(u"Company"_s));
        for (const QString &name : {u"Phone"_s, u"Website"_s, u"Industry"_s})
            if (lead.contains(name))
                fields.insert(name, lead.value(name));
    } else {
        for (const QString &name : contactFieldsFromLead)
            if (lead.contains(name) && object.field(name))
                fields.insert(name, lead.value(name));
        fields.insert(u"AccountId"_s, accountId);
    }
    fields.insert(u"OwnerId"_s, lead.value(u"OwnerId"_s).isString() ? lead.value(u"OwnerId"_s)
                                                                    : QJsonValue(userId));
    fields.insert(u"CreatedById"_s, userId);
    fields.insert(u"LastModifiedById"_s, userId);
    applyDerivedFields(object, fields);
    return m_store.insert(objectName, fields, now, RecordStore::Writer::CrmUser);
}

CrmOperations::Outcome CrmOperations::convertLead(const QString &leadId, const QString &contactId,
                                                  const QString &accountId, const QString &userId)
{
    QString error;
    const QString lead = liveIdOf(leadId, u"Lead"_s, &error);
    if (lead.isEmpty())
        return error;
    const QJsonObject row = *m_store.find(lead);
    if (row.value(u"IsConverted"_s).toBool() && row.value(u"ConvertedContactId"_s).isString())
        return u"The Lead "_s + lead + u" is already converted"_s;
    QString account;
    QString contact;
    if (!accountId.isEmpty() && (account = liveIdOf(accountId, u"Account"_s, &error)).isEmpty())
        return error;
    if (!contactId.isEmpty() && (contact = liveIdOf(contactId, u"Contact"_s, &error)).isEmpty())
        return error;

    const QDateTime now = m_clock.now();
    if (account.isEmpty())
        account = createFromLead(u"Account"_s, row, {}, userId, now);
    if (contact.isEmpty())
        contact = createFromLead(u"Contact"_s, row, account, userId, now);
    QJsonObject changes = audit(userId);
    changes.insert(u"IsConverted"_s, true);
    changes.insert(u"Status"_s, u"Closed - Converted"_s);
    changes.insert(u"ConvertedDate"_s,
                   now.toTimeZone(m_clock.timeZone()).date().toString(Qt::ISODate));
    changes.insert(u"ConvertedAccountId"_s, account);
    changes.insert(u"ConvertedContactId"_s, contact);
    m_store.update(lead, changes, now, RecordStore::Writer::CrmUser);
    return QJsonObject{{u"leadId"_s, lead},
                       {u"convertedAccountId"_s, account},
                       {u"convertedContactId"_s, contact}};
}

CrmOperations::Outcome CrmOperations::merge(const QString &masterId, const QStringList &loserIds,
                                            const QString &userId)
{
    QString error;
    const QString master = liveIdOf(masterId, {}, &error);
    if (master.isEmpty())
        return error;
    const QString objectName = m_store.objectOf(master);
    if (!mergeableObjects.contains(objectName))
        return u"Only Leads, Contacts and Accounts merge, not "_s + objectName;
    if (loserIds.isEmpty() || loserIds.size() > 2)
        return u"A merge takes one or two records besides the master"_s;
    QStringList losers;
    for (const QString &id : loserIds) {
        const QString loser = liveIdOf(id, objectName, &error);
        if (loser.isEmpty())
            return error;
        if (loser == master || losers.contains(loser))
            return u"A record cannot merge into itself"_s;
        losers.append(loser);
    }
    const QDateTime now = m_clock.now();
    for (const QString &loser : std::as_const(losers)) {
        QJsonObject fields = audit(userId);
        fields.insert(u"MasterRecordId"_s, master);
        m_store.remove(loser, now, RecordStore::Writer::CrmUser, fields);
    }
    m_store.update(master, audit(userId), now, RecordStore::Writer::CrmUser);
    return QJsonObject{{u"masterId"_s, master},
                       {u"mergedIds"_s, QJsonArray::fromStringList(losers)}};
}

CrmOperations::Outcome CrmOperations::hardDelete(const QStringList &ids)
{
    QStringList purged;
    for (const QString &id : ids) {
        const QString canonicalId = salesforce_id::toEighteen(id);
        if (canonicalId.isEmpty() || !m_store.find(canonicalId))
            return u"No record with id '"_s + id + u"'"_s;
    }
    for (const QString &id : ids) {
        const QString canonicalId = salesforce_id::toEighteen(id);
        if (m_store.purge(canonicalId))
            purged.append(canonicalId);
    }
    return QJsonObject{{u"purgedIds"_s, QJsonArray::fromStringList(purged)}};
}

CrmOperations::Outcome CrmOperations::emptyRecycleBin()
{
    return QJsonObject{{u"purged"_s, qint64(m_store.emptyRecycleBin())}};
}

} // namespace syncdesk::sandbox
