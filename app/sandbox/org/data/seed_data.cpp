#include "data/seed_data.h"

#include "data/record_validator.h"
#include "data/seed_vocabulary.h"
#include "schema/standard_objects.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

using namespace seed_vocabulary;

namespace {

// std::uniform_int_distribution differs between standard libraries; this does not.
class SeedRandom
{
public:
    explicit SeedRandom(quint32 seed)
        : m_engine(seed)
    {}
    quint32 below(quint32 bound) { return quint32((quint64(m_engine()) * bound) >> 32); }
    qint64 between(qint64 low, qint64 high) // inclusive
    {
        const quint64 span = quint64(high - low) + 1;
        const quint64 wide = (quint64(m_engine()) << 32) | m_engine();
        return low + qint64(wide % span);
    }
    bool chance(int percent) { return below(100) < quint32(percent); }
    const QString &pick(const QStringList &list) { return list.at(below(quint32(list.size()))); }
    template <typename T> const T &pick(const T *items, quint32 count)
    {
        return items[below(count)];
    }

private:
    std::mt19937 m_engine;
};

struct PendingRecord
{
    QJsonObject fields;
    QDateTime created;
    QDateTime modified;
};

QString phoneNumber(SeedRandom &random, const City &city)
{
    // 555-0100..0199 is the range reserved for fictional numbers.
    return u"+1 "_s + QString::fromUtf16(city.areaCode) + u" 555 01"_s +
           QString::number(random.below(100)).rightJustified(2, u'0');
}

QString emailLocalPart(const QString &first, const QString &last)
{
    QString local = first.toLower() + u'.' + last.toLower();
    local.remove(u'\'');
    return local;
}

// A unique email: the same name at the same domain gets a number.
QString uniqueEmail(QHash<QString, int> &used, const QString &first, const QString &last,
                    const QString &domain)
{
    const QString base = emailLocalPart(first, last) + u'@' + domain;
    const int seen = used[base]++;
    if (seen == 0)
        return base;
    return emailLocalPart(first, last) + QString::number(seen + 1) + u'@' + domain;
}

void addAddress(QJsonObject &fields, const QString &prefix, SeedRandom &random, const City &city)
{
    fields.insert(prefix + u"Street"_s,
                  QString(QString::number(random.between(1, 9999)) + u' ' + random.pick(streets)));
    fields.insert(prefix + u"City"_s, QString::fromUtf16(city.name));
    fields.insert(prefix + u"State"_s, QString::fromUtf16(city.state));
    fields.insert(prefix + u"PostalCode"_s, QString::fromUtf16(city.postalCode));
    fields.insert(prefix + u"Country"_s, u"United States"_s);
}

QString weighted(SeedRandom &random, const QList<std::pair<QString, int>> &choices)
{
    int total = 0;
    for (const auto &choice : choices)
        total += choice.second;
    int roll = int(random.below(quint32(total)));
    for (const auto &[value, weight] : choices) {
        if (roll < weight)
            return value;
        roll -= weight;
    }
    return choices.constLast().first;
}

} // namespace

namespace {

struct SeededAccount
{
    QString id;
    QString name;
    QString domain;
    int city = 0;
    QDateTime created;
};

class OrgSeeder
{
public:
    OrgSeeder(RecordStore &store, quint32 seed, const QDateTime &now)
        : m_store(store)
        , m_random(seed)
        , m_now(now.toUTC())
        , m_start(m_now.addDays(-90))
    {}

    void seedUsers(int count);
    void seedAccounts(int count);
    void seedContacts(int count);
    void seedLeads(int count);
    void seedOpportunities(int count);
    void seedTasks(int count);

private:
    QDateTime randomTime(const QDateTime &from, const QDateTime &to)
    {
        const qint64 span = std::max<qint64>(0, from.secsTo(to));
        return from.addSecs(m_random.between(0, span));
    }
    // Owner, creator and last modifier, as a rep working the record would leave them.
    void stampPeople(QJsonObject &fields)
    {
        if (m_users.isEmpty())
            return;
        const quint32 reps = quint32(m_users.size() > 1 ? m_users.size() - 1 : 1);
        const QString &owner = m_users.at(m_users.size() > 1 ? 1 + m_random.below(reps) : 0);
        fields.insert(u"OwnerId"_s, owner);
        fields.insert(u"CreatedById"_s, owner);
        fields.insert(u"LastModifiedById"_s, m_random.chance(20) ? m_users.first() : owner);
    }
    PendingRecord pending(QJsonObject fields, const QDateTime &notBefore)
    {
        const QDateTime from = std::max(notBefore, m_start);
        const QDateTime created = randomTime(from, m_now.addSecs(-3600));
        // Under half the records have been touched since they were created.
        const QDateTime modified =
            m_random.chance(45) ? randomTime(created, m_now.addSecs(-60)) : created;
        return PendingRecord{std::move(fields), created, modified};
    }
    // Inserts in creation order, as an org that grew over time would hold them.
    QStringList insertAll(const QString &objectName, QList<PendingRecord> records)
    {
        const ObjectDescription *object = m_store.schema().object(objectName);
        std::stable_sort(
            records.begin(), records.end(),
            [](const PendingRecord &a, const PendingRecord &b) { return a.created < b.created; });
        QStringList ids;
        for (PendingRecord &record : records) {
            applyDerivedFields(*object, record.fields);
            // Moved, so the org never holds a record twice while it is seeded.
            const QString id = m_store.insert(objectName, std::move(record.fields), record.created);
            if (record.modified > record.created)
                m_store.update(id, {}, record.modified);
            ids.append(id);
        }
        return ids;
    }
    QString companyName(int index, const QString &legalSuffix) const
    {
        const int combos = int(companyRoots.size() * companyKinds.size());
        const int slot = m_companyOrder.at(index % combos);
        QString name = companyRoots.at(slot / companyKinds.size()) + u' ' +
                       companyKinds.at(slot % companyKinds.size());
        if (index >= combos)
            name += u' ' + QString::number(index / combos + 1);
        return legalSuffix.isEmpty() ? name : name + u' ' + legalSuffix;
    }
    static QString domainOf(const QString &company)
    {
        QString domain;
        for (QChar c : company)
            if (c.isLetterOrNumber())
                domain.append(c.toLower());
        return domain + u".com"_s;
    }
    void shuffleCompanies()
    {
        const int combos = int(companyRoots.size() * companyKinds.size());
        m_companyOrder.resize(combos);
        for (int i = 0; i < combos; ++i)
            m_companyOrder[i] = i;
        for (int i = combos - 1; i > 0; --i)
            std::swap(m_companyOrder[i], m_companyOrder[m_random.below(quint32(i + 1))]);
    }

    RecordStore &m_store;
    SeedRandom m_random;
    QDateTime m_now;
    QDateTime m_start;
    QStringList m_users; // the first is the integration user
    QList<SeededAccount> m_accounts;
    QStringList m_contacts;
    QList<int> m_companyOrder;
    QHash<QString, int> m_emails;
};

void OrgSeeder::seedUsers(int count)
{
    for (int i = 0; i < count; ++i) {
        const bool integration = i == 0;
        const QString first = integration ? u"SyncDesk"_s : m_random.pick(firstNames);
        const QString last = integration ? u"Integration"_s : m_random.pick(lastNames);
        const QString address = uniqueEmail(m_emails, first, last, u"syncdesk-sandbox.example"_s);
        QJsonObject fields{
            {u"Username"_s, address},
            {u"Email"_s, address},
            {u"FirstName"_s, first},
            {u"LastName"_s, last},
            {u"Alias"_s, QString(first.left(1) + last.left(4)).toLower()},
            {u"CommunityNickname"_s, QString(first + last.left(1))},
            {u"IsActive"_s, true},
            {u"Title"_s, integration ? u"Integration User"_s : u"Account Executive"_s},
            {u"Department"_s, integration ? u"IT"_s : u"Sales"_s},
            {u"CompanyName"_s, u"SyncDesk Sandbox"_s},
            {u"TimeZoneSidKey"_s, u"America/Los_Angeles"_s},
            {u"LocaleSidKey"_s, u"en_US"_s},
            {u"EmailEncodingKey"_s, u"UTF-8"_s},
            {u"LanguageLocaleKey"_s, u"en_US"_s}};
        applyDerivedFields(*m_store.schema().object(u"User"), fields);
        // Users predate the records they own; the first one created the rest.
        const QDateTime created = m_start.addDays(-300 + i * 7);
        const QString id = m_store.insert(u"User"_s, fields, created);
        m_users.append(id);
        const QString creator = m_users.first();
        m_store.update(id, {{u"CreatedById"_s, creator}, {u"LastModifiedById"_s, creator}},
                       created);
    }
}

void OrgSeeder::seedAccounts(int count)
{
    shuffleCompanies();
    QList<PendingRecord> records;
    QList<SeededAccount> accounts;
    for (int i = 0; i < count; ++i) {
        const int cityIndex = int(m_random.below(std::size(cities)));
        const City &city = cities[cityIndex];
        SeededAccount account{{}, companyName(i, {}), {}, cityIndex, {}};
        account.domain = domainOf(account.name);
        const qint64 employees = qint64(std::pow(10.0, 1.0 + m_random.below(3500) / 1000.0));
        QJsonObject fields{
            {u"Name"_s, account.name},
            {u"Type"_s, weighted(m_random, {{u"Prospect"_s, 40},
                                            {u"Customer - Direct"_s, 35},
                                            {u"Customer - Channel"_s, 10},
                                            {u"Channel Partner / Reseller"_s, 5},
                                            {u"Technology Partner"_s, 5},
                                            {u"Other"_s, 5}})},
            {u"Industry"_s, m_random.pick(industries)},
            {u"Rating"_s, weighted(m_random, {{u"Hot"_s, 20}, {u"Warm"_s, 45}, {u"Cold"_s, 35}})},
            {u"Phone"_s, phoneNumber(m_random, city)},
            {u"Website"_s, QString(u"https://www."_s + account.domain)},
            {u"NumberOfEmployees"_s, double(employees)},
            {u"AnnualRevenue"_s, double(employees * m_random.between(80, 250) * 1000)},
            {u"AccountNumber"_s, QString(u"ACC-"_s + QString::number(100000 + i))},
            {u"AccountSource"_s, m_random.pick(leadSources)},
        };
        addAddress(fields, u"Billing"_s, m_random, city);
        stampPeople(fields);
        records.append(pending(std::move(fields), m_start));
        accounts.append(account);
    }
    // Keep each account's facts beside its record through the sort by creation time.
    QList<int> order(count);
    for (int i = 0; i < count; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return records[a].created < records[b].created; });
    QList<PendingRecord> sorted;
    for (int i : order) {
        accounts[i].created = records[i].created;
        sorted.append(records[i]);
        m_accounts.append(accounts[i]);
    }
    const QStringList ids = insertAll(u"Account"_s, sorted);
    for (int i = 0; i < ids.size(); ++i)
        m_accounts[i].id = ids[i];
}

void OrgSeeder::seedContacts(int count)
{
    if (m_accounts.isEmpty())
        return;
    QList<PendingRecord> records;
    for (int i = 0; i < count; ++i) {
        const SeededAccount &account = m_accounts.at(m_random.below(quint32(m_accounts.size())));
        const City &city = cities[account.city];
        const QString first = m_random.pick(firstNames);
        const QString last = m_random.pick(lastNames);
        QJsonObject fields{{u"AccountId"_s, account.id},
                           {u"FirstName"_s, first},
                           {u"LastName"_s, last},
                           {u"Email"_s, uniqueEmail(m_emails, first, last, account.domain)},
                           {u"Phone"_s, phoneNumber(m_random, city)},
                           {u"Title"_s, m_random.pick(titles)},
                           {u"Department"_s, m_random.pick(departments)},
                           {u"LeadSource"_s, m_random.pick(leadSources)},
                           {u"HasOptedOutOfEmail"_s, m_random.chance(5)},
                           {u"DoNotCall"_s, m_random.chance(3)}};
        if (m_random.chance(40))
            fields.insert(u"MobilePhone"_s, phoneNumber(m_random, city));
        if (m_random.chance(30))
            fields.insert(u"Salutation"_s, m_random.pick(salutations));
        addAddress(fields, u"Mailing"_s, m_random, city);
        stampPeople(fields);
        records.append(pending(std::move(fields), account.created));
    }
    m_contacts = insertAll(u"Contact"_s, std::move(records));
}

void OrgSeeder::seedLeads(int count)
{
    if (m_companyOrder.isEmpty())
        shuffleCompanies();
    static const QStringList legalSuffixes{u"Inc."_s, u"LLC"_s, u"Co."_s, u"Corp."_s};
    QList<PendingRecord> records;
    for (int i = 0; i < count; ++i) {
        const City &city = m_random.pick(cities, std::size(cities));
        // Leads work at companies that are not (yet) accounts: a different naming.
        const QString company = companyName(int(m_random.below(quint32(m_companyOrder.size()))),
                                            m_random.pick(legalSuffixes));
        const QString first = m_random.pick(firstNames);
        const QString last = m_random.pick(lastNames);
        const QString status = weighted(m_random, {{u"Open - Not Contacted"_s, 35},
                                                   {u"Working - Contacted"_s, 35},
                                                   {u"Closed - Not Converted"_s, 20},
                                                   {u"Closed - Converted"_s, 10}});
        const qint64 employees = qint64(std::pow(10.0, 1.0 + m_random.below(3000) / 1000.0));
        QJsonObject fields{
            {u"FirstName"_s, first},
            {u"LastName"_s, last},
            {u"Company"_s, company},
            {u"Email"_s, uniqueEmail(m_emails, first, last, domainOf(company))},
            {u"Phone"_s, phoneNumber(m_random, city)},
            {u"Title"_s, m_random.pick(titles)},
            {u"Status"_s, status},
            {u"Industry"_s, m_random.pick(industries)},
            {u"Rating"_s, weighted(m_random, {{u"Hot"_s, 15}, {u"Warm"_s, 40}, {u"Cold"_s, 45}})},
            {u"LeadSource"_s, m_random.pick(leadSources)},
            {u"NumberOfEmployees"_s, double(employees)},
            {u"AnnualRevenue"_s, double(employees * m_random.between(60, 200) * 1000)},
            {u"HasOptedOutOfEmail"_s, m_random.chance(5)},
            {u"DoNotCall"_s, m_random.chance(3)},
            {u"IsConverted"_s, status == u"Closed - Converted"},
        };
        addAddress(fields, QString(), m_random, city);
        stampPeople(fields);
        PendingRecord record = pending(std::move(fields), m_start);
        if (status == u"Closed - Converted")
            record.fields.insert(u"ConvertedDate"_s,
                                 record.modified.date().toString(u"yyyy-MM-dd"_s));
        records.append(record);
    }
    insertAll(u"Lead"_s, std::move(records));
}

void OrgSeeder::seedOpportunities(int count)
{
    if (m_accounts.isEmpty())
        return;
    const QList<std::pair<QString, int>> stages = standard_objects::opportunityStages();
    const QList<std::pair<QString, int>> stageWeights{
        {u"Prospecting"_s, 15},         {u"Qualification"_s, 15},
        {u"Needs Analysis"_s, 10},      {u"Value Proposition"_s, 10},
        {u"Id. Decision Makers"_s, 6},  {u"Perception Analysis"_s, 5},
        {u"Proposal/Price Quote"_s, 8}, {u"Negotiation/Review"_s, 6},
        {u"Closed Won"_s, 15},          {u"Closed Lost"_s, 10}};
    QList<PendingRecord> records;
    for (int i = 0; i < count; ++i) {
        const SeededAccount &account = m_accounts.at(m_random.below(quint32(m_accounts.size())));
        const QString stage = weighted(m_random, stageWeights);
        int probability = 0;
        for (const auto &[name, percent] : stages)
            if (name == stage)
                probability = percent;
        const double amount = double(m_random.between(50, 2500) * 100);
        QJsonObject fields{
            {u"AccountId"_s, account.id},
            {u"Name"_s, QString(account.name + u" - "_s + m_random.pick(products))},
            {u"StageName"_s, stage},
            {u"Probability"_s, probability},
            {u"Amount"_s, amount},
            {u"Type"_s, m_random.chance(60) ? u"New Customer"_s : u"Existing Customer - Upgrade"_s},
            {u"LeadSource"_s, m_random.pick(leadSources)},
        };
        stampPeople(fields);
        PendingRecord record = pending(std::move(fields), account.created);
        // Closed deals closed in the past; open ones are forecast to close ahead.
        const QDate closeDate = stage.startsWith(u"Closed ")
                                    ? randomTime(record.created, m_now).date()
                                    : m_now.date().addDays(m_random.between(0, 120));
        record.fields.insert(u"CloseDate"_s, closeDate.toString(u"yyyy-MM-dd"_s));
        if (!stage.startsWith(u"Closed "))
            record.fields.insert(u"NextStep"_s, u"Follow up with decision maker"_s);
        records.append(record);
    }
    insertAll(u"Opportunity"_s, std::move(records));
}

void OrgSeeder::seedTasks(int count)
{
    if (m_contacts.isEmpty())
        return;
    QList<PendingRecord> records;
    for (int i = 0; i < count; ++i) {
        const QString contactId = m_contacts.at(m_random.below(quint32(m_contacts.size())));
        const QJsonObject *contact = m_store.find(contactId);
        const bool call = m_random.chance(60);
        QJsonObject fields{
            {u"WhoId"_s, contactId},
            {u"WhatId"_s, contact->value(u"AccountId"_s)},
            {u"Subject"_s, QString((call ? u"Call with "_s : u"Email: follow-up with "_s) +
                                   contact->value(u"Name"_s).toString())},
            {u"TaskSubtype"_s, call ? u"Call"_s : u"Email"_s},
            {u"Status"_s, m_random.chance(85) ? u"Completed"_s : u"Not Started"_s},
            {u"Priority"_s, m_random.chance(10) ? u"High"_s : u"Normal"_s},
        };
        if (call) {
            fields.insert(u"CallType"_s, m_random.chance(70) ? u"Outbound"_s : u"Inbound"_s);
            fields.insert(u"CallDurationInSeconds"_s, double(m_random.between(30, 1800)));
            fields.insert(u"CallDisposition"_s,
                          m_random.chance(50) ? u"Connected"_s : u"Left voicemail"_s);
        }
        stampPeople(fields);
        PendingRecord record = pending(std::move(fields), m_start);
        record.fields.insert(u"ActivityDate"_s, record.created.date().toString(u"yyyy-MM-dd"_s));
        records.append(record);
    }
    insertAll(u"Task"_s, std::move(records));
}

} // namespace

void seedOrg(RecordStore &store, quint32 seed, const SeedCounts &counts, const QDateTime &now)
{
    OrgSeeder seeder(store, seed, now);
    seeder.seedUsers(counts.users);
    seeder.seedAccounts(counts.accounts);
    seeder.seedContacts(counts.contacts);
    seeder.seedLeads(counts.leads);
    seeder.seedOpportunities(counts.opportunities);
    seeder.seedTasks(counts.tasks);
}

} // namespace syncdesk::sandbox
