#pragma once

#include "eventlog/api_usage_event.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace syncdesk::sandbox {

// How an integration's calls spread over the week, in the org's time zone.
enum class IntegrationRhythm
{
    PollingAllDay, // a burst every five minutes, day and night, weekends too
    Nightly,       // a batch job between 01:00 and 03:00 every night
    OfficeHours,   // weekdays 08:00-18:00, busiest just after each hour (dashboard refreshes)
    ChattyBursty,  // a working day's shape with sudden bursts (order spikes)
};

// One kind of call an integration makes, and how often relative to its others.
struct IntegrationCall
{
    ApiCallTarget target; // "{id}" in the resource stands for a record id
    QString idPrefix;     // key prefix of that record ("00Q"); empty when there is none
    int status = 200;
    double weight = 1;
};

// Another integration of the org: its own connected app, integration user and
// client name, its share of --other-integrations-per-hour, and its rhythm.
struct NamedIntegration
{
    ApiCaller caller; // connectedAppName is its name
    double share = 0;
    IntegrationRhythm rhythm = IntegrationRhythm::PollingAllDay;
    QList<IntegrationCall> calls;
};

namespace named_integrations {

// The org's four other integrations; their shares add up to 1.
const QList<NamedIntegration> &all();

// Relative activity at a local day of the week (Qt::Monday..) and minute of the day.
double weight(IntegrationRhythm rhythm, int dayOfWeek, int minuteOfDay);
// The mean of weight() over a week, by which rates are normalised: a week at
// R calls an hour makes R * 168 calls whatever the rhythm.
double weeklyMeanWeight(IntegrationRhythm rhythm);
// The expected calls of `integration` in [from, to) when all integrations
// together average `perHour` calls an hour.
double expectedCalls(const NamedIntegration &integration, const QDateTime &from,
                     const QDateTime &to, double perHour, const QTimeZone &zone);

} // namespace named_integrations

} // namespace syncdesk::sandbox
