#include "rest/event_log_file_endpoint.h"

#include "eventlog/event_log_files.h"
#include "limits/org_clock.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

EventLogFileEndpoint::EventLogFileEndpoint(OrgContext &org)
    : m_org(org)
{}

std::optional<ApiResponse> EventLogFileEndpoint::handle(const DataCall &call)
{
    const bool isEventLogFile =
        call.segment(0) == u"sobjects"_s &&
        call.segment(1).compare(u"EventLogFile"_s, Qt::CaseInsensitive) == 0 &&
        (call.segments.size() == 3 ||
         (call.segments.size() == 4 && call.segment(3) == u"LogFile"_s));
    if (!isEventLogFile || !m_org.eventLogFiles)
        return std::nullopt;
    EventLogFiles &files = *m_org.eventLogFiles;
    if (!files.viewPermission())
        return notFoundResponse();
    if (call.request.method != "GET")
        return methodNotAllowedResponse(call.request.method, u"GET,HEAD"_s);
    files.publishDue(m_org.clock.now());
    const EventLogFiles::File *file = files.file(call.segment(2));
    if (!file)
        return notFoundResponse();
    if (call.segments.size() == 3) {
        QJsonObject record = files.record(*file, call.version);
        record.insert(u"attributes"_s,
                      QJsonObject{{u"type"_s, u"EventLogFile"_s},
                                  {u"url"_s, QString(u"/services/data/"_s + call.version +
                                                     u"/sobjects/EventLogFile/"_s + file->id)}});
        return ApiResponse::json(200, record);
    }
    ApiResponse response;
    response.status = 200;
    response.headers.emplaceBack("Content-Type", "text/csv");
    response.bodyStream = files.csv(*file);
    return response;
}

} // namespace syncdesk::sandbox
