#include "server/sandbox_http_server.h"

#include "rest/data_call.h"
#include "server/sandbox_org.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace syncdesk::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

ApiRequest toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path(QUrl::FullyDecoded);
    api.query = queryOf(request.url());
    for (const auto &[name, value] : request.headers())
        api.headers.insert(name.toLower(), value);
    api.body = request.body();
    api.remoteAddress = request.remoteAddress().toString();
    return api;
}

// Feeds a streamed body to the socket a piece at a time, each piece made when
// the socket has sent most of the last, so a big file never sits in memory whole.
void streamBody(std::shared_ptr<QHttpServerResponder> responder, std::shared_ptr<BodyStream> stream)
{
    constexpr qint64 pieceBytes = 256 * 1024;
    QTcpSocket *socket = responder->socket();
    auto connection = std::make_shared<QMetaObject::Connection>();
    const auto writeMore = [responder, stream, socket, connection] {
        if (socket->bytesToWrite() > pieceBytes)
            return;
        QByteArray piece;
        if (!stream->readChunk(&piece, pieceBytes)) {
            QObject::disconnect(*connection);
            return;
        }
        responder->writeBody(piece);
    };
    *connection = QObject::connect(socket, &QTcpSocket::bytesWritten, socket, writeMore);
    writeMore();
}

void writeResponse(std::shared_ptr<QHttpServerResponder> responder, const ApiResponse &response)
{
    responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder->writeHeader(name, value);
    if (response.bodyStream) {
        responder->writeHeader("Content-Length", QByteArray::number(response.bodyStream->size()));
        streamBody(responder, response.bodyStream);
        return;
    }
    responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder->writeBody(response.body);
}

} // namespace

SandboxHttpServer::SandboxHttpServer(SandboxOrg &org, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_org(org)
{}

quint16 SandboxHttpServer::listenOnLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxOrg::Reply reply = m_org.handle(toApiRequest(request));
    if (reply.drop) {
        socket->abort();
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (reply.hold) {
        m_held.append(responder);
        return true;
    }
    if (reply.delayMs <= 0) {
        writeResponse(responder, reply.response);
        return true;
    }
    // The responder moves into the timer; if the client gives up first, the
    // socket is gone and the late answer is dropped.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(reply.delayMs, this, [responder, guard, response = reply.response] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            writeResponse(responder, response);
    });
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace syncdesk::sandbox
