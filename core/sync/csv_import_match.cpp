#include "sync/csv_import_match.h"

#include "store/record_store.h"
#include "store/store_time.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

QString CsvImportMatch::websiteDomain(const QString &website)
{
    const QString text = website.trimmed();
    if (text.isEmpty())
        return QString();
    const QUrl url = QUrl::fromUserInput(text.contains(u"://"_s) ? text : u"http://"_s + text);
    QString host = url.host().toLower();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    return host;
}

QList<qint64> CsvImportMatch::ids(QSqlQuery &query) const
{
    QList<qint64> found;
    if (!run(query))
        return found;
    while (query.next())
        found.append(query.value(0).toLongLong());
    return found;
}

void CsvImportMatch::readPeople() const
{
    m_peopleByEmail.emplace();
    QSqlQuery query =
        prepared(u"SELECT id, "_s + dialect().jsonFieldText(u"fields_json"_s, u"Email"_s) +
                 u" FROM records WHERE kind = ? ORDER BY id"_s);
    query.setForwardOnly(true);
    query.addBindValue(recordKindName(RecordKind::Person));
    if (!run(query))
        return;
    while (query.next()) {
        const QString email = query.value(1).toString().trimmed().toLower();
        if (!email.isEmpty())
            (*m_peopleByEmail)[email].append(query.value(0).toLongLong());
    }
}

void CsvImportMatch::readAccounts() const
{
    m_accountsByName.emplace();
    QSqlQuery query =
        prepared(u"SELECT id, "_s + dialect().jsonFieldText(u"fields_json"_s, u"Name"_s) + u", "_s +
                 dialect().jsonFieldText(u"fields_json"_s, u"Website"_s) +
                 u" FROM records WHERE kind = ? ORDER BY id"_s);
    query.setForwardOnly(true);
    query.addBindValue(recordKindName(RecordKind::Account));
    if (!run(query))
        return;
    while (query.next()) {
        const Account account{query.value(0).toLongLong(),
                              websiteDomain(query.value(2).toString())};
        (*m_accountsByName)[query.value(1).toString().trimmed().toLower()].append(account);
        if (!account.domain.isEmpty())
            m_accountsByDomain[account.domain].append(account.id);
    }
}

QList<qint64> CsvImportMatch::peopleByEmail(const QString &email) const
{
    if (!m_peopleByEmail)
        readPeople();
    return m_peopleByEmail->value(email.trimmed().toLower());
}

QList<qint64> CsvImportMatch::accountsFor(const QString &name, const QString &website) const
{
    if (!m_accountsByName)
        readAccounts();
    const QString domain = websiteDomain(website);
    if (!domain.isEmpty()) {
        if (const QList<qint64> byDomain = m_accountsByDomain.value(domain); !byDomain.isEmpty())
            return byDomain;
    }
    QList<qint64> byName;
    for (const Account &account : m_accountsByName->value(name.trimmed().toLower())) {
        // The same name with another website is another company.
        if (domain.isEmpty() || account.domain.isEmpty() || account.domain == domain)
            byName.append(account.id);
    }
    return byName;
}

QList<qint64> CsvImportMatch::activities(std::optional<qint64> personId, bool isEmail,
                                         const std::optional<QDateTime> &occurredAt,
                                         const QString &subject, const QString &body) const
{
    QString sql = u"SELECT id FROM activities WHERE kind = ? AND subject = ? AND "_s;
    sql += personId ? u"record_id = ? "_s : u"record_id IS NULL "_s;
    sql += occurredAt ? u"AND occurred_at = ? "_s : u"AND coalesce(body, '') = ? "_s;
    sql += u"ORDER BY id"_s;
    QSqlQuery query = prepared(sql);
    query.addBindValue(isEmail ? u"email"_s : u"call"_s);
    query.addBindValue(subject);
    if (personId)
        query.addBindValue(*personId);
    if (occurredAt)
        query.addBindValue(store_time::toColumn(*occurredAt));
    else
        query.addBindValue(body);
    return ids(query);
}

} // namespace syncdesk
