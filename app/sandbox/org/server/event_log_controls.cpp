#include "server/event_log_controls.h"

#include "server/sandbox_org.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

const QList<std::pair<QString, ApiUsageLayoutChoice>> &layoutNames()
{
    static const QList<std::pair<QString, ApiUsageLayoutChoice>> names{
        {u"standard"_s, ApiUsageLayoutChoice::Standard},
        {u"shuffled"_s, ApiUsageLayoutChoice::Shuffled},
        {u"extended"_s, ApiUsageLayoutChoice::Extended},
    };
    return names;
}

} // namespace

std::optional<ApiUsageLayoutChoice> eventLogLayoutNamed(const QString &name)
{
    for (const auto &[text, choice] : layoutNames())
        if (text == name)
            return choice;
    return std::nullopt;
}

EventLogControls::EventLogControls(SandboxOrg &org)
    : m_org(org)
{}

std::optional<ApiResponse> EventLogControls::handle(const QString &name, const ApiRequest &request,
                                                    const QJsonObject &body)
{
    if (name != u"event-logs"_s)
        return std::nullopt;
    if (request.method == "POST") {
        const QJsonValue permission = body.value(u"viewPermission"_s);
        const QJsonValue columns = body.value(u"columns"_s);
        const auto layout = eventLogLayoutNamed(columns.toString());
        if ((!permission.isUndefined() && !permission.isBool()) ||
            (!columns.isUndefined() && !layout))
            return ApiResponse::json(
                400, QJsonObject{{u"error"_s, u"viewPermission must be true or false, columns "
                                              "standard, shuffled or extended"_s}});
        if (permission.isBool())
            m_org.eventLogFiles().setViewPermission(permission.toBool());
        if (layout)
            m_org.eventLogFiles().setLayoutChoice(*layout);
    } else if (request.method != "GET") {
        return ApiResponse::json(
            400, QJsonObject{{u"error"_s, u"Use GET or POST for /_sandbox/event-logs"_s}});
    }
    // Publishing what is due first, so the figures are what a query would see.
    m_org.eventLogFiles().publishDue(m_org.clock().now());
    return ApiResponse::json(200, settings());
}

QJsonObject EventLogControls::settings() const
{
    const EventLogFiles &files = m_org.eventLogFiles();
    QString columns;
    for (const auto &[text, choice] : layoutNames())
        if (choice == files.layoutChoice())
            columns = text;
    return QJsonObject{{u"viewPermission"_s, files.viewPermission()},
                       {u"columns"_s, columns},
                       {u"events"_s, m_org.usageLog().rowCount()},
                       {u"files"_s, qint64(files.count())}};
}

} // namespace syncdesk::sandbox
