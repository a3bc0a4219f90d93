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

QList<qint64> CsvImportMatch::peopleByEmail(const QString &email) const
{
    QSqlQuery query = prepared(u"SELECT id FROM records WHERE kind = ? AND "
                               "lower(json_extract(fields_json, '$.Email')) = lower(?) "
                               "ORDER BY id"_s);
    query.addBindValue(recordKindName(RecordKind::Person));
    query.addBindValue(email.trimmed());
    return ids(query);
}

QList<qint64> CsvImportMatch::accountsFor(const QString &name, const QString &website) const
{
    const QString domain = websiteDomain(website);
    if (!domain.isEmpty()) {
        // LIKE narrows the candidates in SQL; the domain is compared exactly here.
        QSqlQuery query = prepared(u"SELECT id, json_extract(fields_json, '$.Website') FROM "
                                   "records WHERE kind = ? AND "
                                   "json_extract(fields_json, '$.Website') LIKE ? ESCAPE '\\' "
                                   "ORDER BY id"_s);
        query.addBindValue(recordKindName(RecordKind::Account));
        QString pattern = domain;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        query.addBindValue(QString(u"%"_s + pattern + u"%"_s));
        QList<qint64> byDomain;
        if (run(query)) {
            while (query.next()) {
                if (websiteDomain(query.value(1).toString()) == domain)
                    byDomain.append(query.value(0).toLongLong());
            }
        }
        if (!byDomain.isEmpty())
            return byDomain;
    }
    QSqlQuery query = prepared(u"SELECT id, json_extract(fields_json, '$.Website') FROM records "
                               "WHERE kind = ? AND "
                               "lower(trim(json_extract(fields_json, '$.Name'))) = lower(?) "
                               "ORDER BY id"_s);
    query.addBindValue(recordKindName(RecordKind::Account));
    query.addBindValue(name.trimmed());
    QList<qint64> byName;
    if (run(query)) {
        while (query.next()) {
            // The same name with another website is another company.
            const QString theirs = websiteDomain(query.value(1).toString());
            if (domain.isEmpty() || theirs.isEmpty() || theirs == domain)
                byName.append(query.value(0).toLongLong());
        }
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
