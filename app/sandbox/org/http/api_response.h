#pragma once

#include "http/body_stream.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <utility>

namespace syncdesk::sandbox {

struct ApiResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Set instead of body for a body produced while it is sent.
    std::shared_ptr<BodyStream> bodyStream;
    // The call counted against the org's daily limit (the meter). Never sent: the request
    // log says it, so that a test can count one client's calls as the org did.
    bool metered = false;

    // The body whichever way it is held; reading a stream uses it up.
    QByteArray wholeBody() const { return bodyStream ? bodyStream->readAll() : body; }

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &[key, existing] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                existing = value;
                return;
            }
        }
        headers.emplaceBack(name, value);
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }

    static ApiResponse json(int status, const QJsonDocument &document)
    {
        ApiResponse response;
        response.status = status;
        response.headers.emplaceBack("Content-Type", "application/json;charset=UTF-8");
        response.body = document.toJson(QJsonDocument::Compact);
        return response;
    }
    static ApiResponse json(int status, const QJsonObject &object)
    {
        return json(status, QJsonDocument(object));
    }
    static ApiResponse json(int status, const QJsonArray &array)
    {
        return json(status, QJsonDocument(array));
    }
    static ApiResponse empty(int status)
    {
        ApiResponse response;
        response.status = status;
        return response;
    }
};

} // namespace syncdesk::sandbox
