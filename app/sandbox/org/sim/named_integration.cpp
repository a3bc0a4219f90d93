#include "sim/named_integration.h"

#include "data/salesforce_id.h"
#include "sim/working_day_shape.h"

#include <array>

namespace syncdesk::sandbox::named_integrations {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr int kMinutesPerWeek = 7 * kMinutesPerDay;

IntegrationCall rest(const char *method, const QString &resource, const QString &entity,
                     double weight, int status = 200, const QString &idPrefix = {})
{
    return IntegrationCall{
        ApiCallTarget{u"REST"_s, u"62.0"_s, resource, QString::fromLatin1(method), entity},
        idPrefix, status, weight};
}

IntegrationCall soap(const QString &operation, const QString &entity, double weight)
{
    return IntegrationCall{
        ApiCallTarget{u"SOAP"_s, u"62.0"_s, operation, u"POST"_s, entity}, {}, 200, weight};
}

ApiCaller caller(int number, const QString &appName, const QString &userName,
                 const QString &clientName, const QString &ip)
{
    // Users and apps numbered past anything seeded, so no id collides with a record.
    return ApiCaller{salesforce_id::make(u"005", quint64(900 + number)),
                     userName,
                     salesforce_id::make(u"0H4", quint64(100 + number)),
                     appName,
                     clientName,
                     ip};
}

QList<NamedIntegration> makeIntegrations()
{
    return {
        // A marketing connector: polls for changed Leads and Contacts every few minutes.
        {caller(1, u"Pardot Marketing Sync"_s, u"marketing.sync@acme.example"_s, {},
                u"198.51.100.24"_s),
         0.35,
         IntegrationRhythm::PollingAllDay,
         {rest("GET", u"/v62.0/query"_s, u"Lead"_s, 4),
          rest("GET", u"/v62.0/query"_s, u"Contact"_s, 3),
          rest("PATCH", u"/v62.0/sobjects/Lead/{id}"_s, u"Lead"_s, 1, 204, u"00Q"_s),
          rest("POST", u"/v62.0/composite/sobjects"_s, u"Lead"_s, 1)}},
        // A nightly load over SOAP, the one tool here that names itself.
        {caller(2, u"Nightly Data Loader"_s, u"dataloader@acme.example"_s,
                u"DataLoaderPartnerUI/62.0.0"_s, u"203.0.113.10"_s),
         0.20,
         IntegrationRhythm::Nightly,
         {soap(u"upsert"_s, u"Account"_s, 3), soap(u"upsert"_s, u"Contact"_s, 4),
          soap(u"query"_s, u"Account"_s, 1), soap(u"queryMore"_s, u"Contact"_s, 1),
          soap(u"describeSObject"_s, u"Contact"_s, 0.2)}},
        // Dashboards that refresh in working hours.
        {caller(3, u"Tableau BI"_s, u"tableau.bi@acme.example"_s, {}, u"203.0.113.77"_s),
         0.20,
         IntegrationRhythm::OfficeHours,
         {rest("GET", u"/v62.0/query"_s, u"Opportunity"_s, 4),
          rest("GET", u"/v62.0/query"_s, u"Account"_s, 2),
          rest("GET", u"/v62.0/sobjects/Opportunity/describe"_s, u"Opportunity"_s, 1)}},
        // An order system that writes Opportunities as orders come, in bursts.
        {caller(4, u"Custom Order Integration"_s, u"orders.integration@acme.example"_s, {},
                u"198.51.100.200"_s),
         0.25,
         IntegrationRhythm::ChattyBursty,
         {rest("GET", u"/v62.0/sobjects/Account/{id}"_s, u"Account"_s, 3, 200, u"001"_s),
          rest("PATCH", u"/v62.0/sobjects/Opportunity/{id}"_s, u"Opportunity"_s, 3, 204, u"006"_s),
          rest("POST", u"/v62.0/sobjects/Opportunity"_s, u"Opportunity"_s, 1, 201),
          rest("GET", u"/v62.0/query"_s, u"Opportunity"_s, 2),
          rest("GET", u"/v62.0/limits"_s, {}, 0.5)}},
    };
}

// One minute in twenty of the chatty integration's is a burst. Fixed, not
// seeded, so expected counts are a pure function of time.
bool isBurstMinute(int minuteOfWeek)
{
    quint32 x = quint32(minuteOfWeek) * 2654435761u;
    x ^= x >> 15;
    return x % 20 == 0;
}

} // namespace

const QList<NamedIntegration> &all()
{
    static const QList<NamedIntegration> integrations = makeIntegrations();
    return integrations;
}

double weight(IntegrationRhythm rhythm, int dayOfWeek, int minuteOfDay)
{
    const bool weekday = dayOfWeek >= Qt::Monday && dayOfWeek <= Qt::Friday;
    switch (rhythm) {
    case IntegrationRhythm::PollingAllDay:
        return minuteOfDay % 5 == 0 ? 1.0 : 0.04;
    case IntegrationRhythm::Nightly:
        return minuteOfDay >= 60 && minuteOfDay < 180 ? 1.0 : 0.0;
    case IntegrationRhythm::OfficeHours:
        if (!weekday || minuteOfDay < 8 * 60 || minuteOfDay >= 18 * 60)
            return 0.0;
        return minuteOfDay % 60 < 10 ? 3.0 : 1.0;
    case IntegrationRhythm::ChattyBursty: {
        const double base = WorkingDayShape::weight(dayOfWeek, minuteOfDay / 60);
        const int minuteOfWeek = (dayOfWeek - 1) * kMinutesPerDay + minuteOfDay;
        return isBurstMinute(minuteOfWeek) ? base * 10 : base;
    }
    }
    return 0;
}

double weeklyMeanWeight(IntegrationRhythm rhythm)
{
    static const std::array<double, 4> means = [] {
        std::array<double, 4> result{};
        for (int r = 0; r < 4; ++r) {
            double sum = 0;
            for (int minute = 0; minute < kMinutesPerWeek; ++minute)
                sum += weight(IntegrationRhythm(r), minute / kMinutesPerDay + 1,
                              minute % kMinutesPerDay);
            result[size_t(r)] = sum / kMinutesPerWeek;
        }
        return result;
    }();
    return means[size_t(rhythm)];
}

double expectedCalls(const NamedIntegration &integration, const QDateTime &from,
                     const QDateTime &to, double perHour, const QTimeZone &zone)
{
    if (!from.isValid() || !to.isValid() || to <= from || perHour <= 0)
        return 0;
    // The weight is constant within a local minute: integrate minute by minute,
    // asking the zone its offset once per hour (it changes on the hour, if at all).
    const qint64 endMs = to.toMSecsSinceEpoch();
    qint64 cursorMs = from.toMSecsSinceEpoch();
    qint64 offsetMs = 0;
    qint64 offsetValidUntil = -1;
    double weightedSeconds = 0;
    while (cursorMs < endMs) {
        if (cursorMs >= offsetValidUntil) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(cursorMs, Qt::UTC);
            offsetMs = qint64(zone.offsetFromUtc(at)) * 1000;
            offsetValidUntil = (cursorMs / 3'600'000 + 1) * 3'600'000;
        }
        const qint64 localMs = cursorMs + offsetMs;
        const qint64 nextMs = std::min({(cursorMs / 60'000 + 1) * 60'000, endMs, offsetValidUntil});
        const qint64 localMinute = localMs >= 0 ? localMs / 60'000 : (localMs - 59'999) / 60'000;
        const qint64 day = localMinute >= 0 ? localMinute / kMinutesPerDay
                                            : (localMinute - kMinutesPerDay + 1) / kMinutesPerDay;
        const int dayOfWeek = int(((day % 7) + 7 + 3) % 7) + 1; // 1970-01-01 was a Thursday
        const int minuteOfDay = int(localMinute - day * kMinutesPerDay);
        weightedSeconds +=
            weight(integration.rhythm, dayOfWeek, minuteOfDay) * double(nextMs - cursorMs) / 1000.0;
        cursorMs = nextMs;
    }
    return perHour * integration.share * weightedSeconds / 3600.0 /
           weeklyMeanWeight(integration.rhythm);
}

} // namespace syncdesk::sandbox::named_integrations
