#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>

namespace syncdesk::test {

// The aiosmtpd server of smtp_sink.py as a child process: every message it accepts is a
// file in `folder`.
class SmtpSinkProcess
{
public:
    struct Options
    {
        int port = 0; // 0: any free port
        QString certFile;
        QString keyFile;
        QString user;
        QString password;
    };

    explicit SmtpSinkProcess(QString folder);
    ~SmtpSinkProcess();

    // Starts the server and waits until it listens; false (with the reason in error())
    // if it did not.
    bool start(const Options &options);
    void stop();
    int port() const { return m_port; }
    QString error() const { return m_error; }

    // The messages received so far, oldest first, as saved (with X-Envelope-* headers).
    QList<QByteArray> messages() const;

    // A free loopback port, for a server that is started later.
    static int freePort();
    // A self-signed certificate for localhost and 127.0.0.1 (openssl req -x509).
    static bool makeCertificate(const QString &certFile, const QString &keyFile);

private:
    QString m_folder;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

// The decoded plain-text part of a saved message (quoted-printable undone).
QString plainTextOf(const QByteArray &message);
// The decoded HTML part, likewise.
QString htmlOf(const QByteArray &message);
// A header's raw value, e.g. "Subject".
QByteArray headerOf(const QByteArray &message, const QByteArray &name);

} // namespace syncdesk::test
