#pragma once

#include "http/api_request.h"
#include "http/api_response.h"

#include <QDateTime>
#include <QFile>
#include <QString>

namespace syncdesk::sandbox {

// `--request-log FILE`: one JSON line per API request (the org's clock, method, path,
// the caller's Sforce-Call-Options client name, fault, status, whether the meter counted
// it, and the bodies of writes), so a long test that fails can be read back
// request by request. The token endpoint's bodies carry secrets and are never written,
// nor is any header.
class RequestLog
{
public:
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }

    void write(const QDateTime &orgTime, const ApiRequest &request, const QString &fault,
               const ApiResponse *response);

private:
    QFile m_file;
};

} // namespace syncdesk::sandbox
