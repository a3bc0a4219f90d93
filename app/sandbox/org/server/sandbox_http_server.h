#pragma once

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QList>
#include <memory>

namespace syncdesk::sandbox {

class SandboxOrg;

// The org on a socket: turns each HTTP request into an ApiRequest for the
// SandboxOrg and writes its answer back, late or never when a fault says so.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxHttpServer(SandboxOrg &org, QObject *parent = nullptr);

    // Listens on 127.0.0.1 only (0 picks a free port); returns the port, or 0.
    quint16 listenOnLoopback(quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SandboxOrg &m_org;
    // Requests held unanswered: their responders live until the server does (the client
    // that sent them is killed; a test has a handful).
    QList<std::shared_ptr<QHttpServerResponder>> m_held;
};

} // namespace syncdesk::sandbox
