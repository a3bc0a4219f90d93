#include "store/usage_sample_store.h"

#include "store/store_enum.h"
#include "store/store_time.h"

#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

constexpr EnumNames<UsageSample::Source, 2> SourceNames{{
    {UsageSample::Header, u"header"},
    {UsageSample::LimitsResource, u"limits"},
}};

const QString SelectColumns = u"SELECT sampled_at, used, max_allowed, source FROM usage_samples "_s;

UsageSample fromRow(const QSqlQuery &query)
{
    return UsageSample{
        .at = store_time::fromColumn(query.value(0)),
        .used = query.value(1).toLongLong(),
        .max = query.value(2).toLongLong(),
        .source =
            enumFromColumn(SourceNames, query.value(3).toString()).value_or(UsageSample::Header),
    };
}

} // namespace

bool UsageSampleStore::add(const UsageSample &sample)
{
    QSqlQuery query = prepared(u"INSERT INTO usage_samples (sampled_at, used, max_allowed, source) "
                               "VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(store_time::toColumn(sample.at));
    query.addBindValue(sample.used);
    query.addBindValue(sample.max);
    query.addBindValue(enumToColumn(SourceNames, sample.source));
    return run(query);
}

QList<UsageSample> UsageSampleStore::since(const QDateTime &since) const
{
    QSqlQuery query = prepared(SelectColumns + u"WHERE sampled_at >= ? ORDER BY sampled_at, id"_s);
    query.addBindValue(store_time::toColumn(since));
    QList<UsageSample> samples;
    if (run(query)) {
        while (query.next())
            samples.append(fromRow(query));
    }
    return samples;
}

std::optional<UsageSample> UsageSampleStore::latest() const
{
    QSqlQuery query = prepared(SelectColumns + u"ORDER BY sampled_at DESC, id DESC LIMIT 1"_s);
    if (!run(query) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

int UsageSampleStore::deleteBefore(const QDateTime &before)
{
    QSqlQuery query = prepared(u"DELETE FROM usage_samples WHERE sampled_at < ?"_s);
    query.addBindValue(store_time::toColumn(before));
    return run(query) ? query.numRowsAffected() : 0;
}

} // namespace syncdesk
