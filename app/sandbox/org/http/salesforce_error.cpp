#include "http/salesforce_error.h"

#include <QJsonArray>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

QJsonObject SalesforceError::toJson() const
{
    QJsonObject object{{u"message"_s, message}, {u"errorCode"_s, errorCode}};
    if (!fields.isEmpty())
        object.insert(u"fields"_s, QJsonArray::fromStringList(fields));
    return object;
}

ApiResponse SalesforceError::toResponse(int status) const
{
    return ApiResponse::json(status, QJsonArray{toJson()});
}

QJsonObject RecordError::toJson() const
{
    return QJsonObject{{u"statusCode"_s, statusCode},
                       {u"message"_s, message},
                       {u"fields"_s, QJsonArray::fromStringList(fields)}};
}

} // namespace syncdesk::sandbox
