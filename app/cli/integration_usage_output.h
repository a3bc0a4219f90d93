#pragma once

#include "usage/integration_usage.h"

#include <QJsonObject>
#include <QTextStream>

namespace syncdesk::cli {

// `syncdesk-cli usage --by ...`: the "Who used the calls" report as JSON, CSV or a table.
QJsonObject integrationUsageJson(const IntegrationUsageReport &report);
void printIntegrationUsageCsv(QTextStream &out, const IntegrationUsageReport &report);
void printIntegrationUsageTable(QTextStream &out, const IntegrationUsageReport &report);

} // namespace syncdesk::cli
