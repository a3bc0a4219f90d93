#include "smtp_sink_process.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {

SmtpSinkProcess::SmtpSinkProcess(QString folder)
    : m_folder(std::move(folder))
{
    QDir().mkpath(m_folder);
}

SmtpSinkProcess::~SmtpSinkProcess()
{
    stop();
}

bool SmtpSinkProcess::start(const Options &options)
{
    QStringList arguments{QStringLiteral(SYNCDESK_SMTP_SINK), m_folder};
    if (options.port > 0)
        arguments << u"--port"_s << QString::number(options.port);
    if (!options.certFile.isEmpty())
        arguments << u"--cert"_s << options.certFile << u"--key"_s << options.keyFile;
    if (!options.user.isEmpty())
        arguments << u"--user"_s << options.user << u"--password"_s << options.password;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral(SYNCDESK_PYTHON3), arguments);
    if (!m_process.waitForStarted(10'000)) {
        m_error = m_process.errorString();
        return false;
    }
    QByteArray line;
    const bool ready = QTest::qWaitFor(
        [&] {
            if (m_process.canReadLine())
                line = m_process.readLine().trimmed();
            return !line.isEmpty() || m_process.state() != QProcess::Running;
        },
        20'000);
    if (!ready || !line.startsWith("PORT ")) {
        m_error = QString::fromUtf8(line + m_process.readAllStandardError());
        return false;
    }
    m_port = line.mid(5).toInt();
    return m_port > 0;
}

void SmtpSinkProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

QList<QByteArray> SmtpSinkProcess::messages() const
{
    QList<QByteArray> out;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.append(file.readAll());
    }
    return out;
}

int SmtpSinkProcess::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool SmtpSinkProcess::makeCertificate(const QString &certFile, const QString &keyFile)
{
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s,
                   u"/CN=localhost"_s, u"-addext"_s, u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s,
                   u"-days"_s, u"1"_s, u"-keyout"_s, keyFile, u"-out"_s, certFile});
    return openssl.waitForFinished(60'000) && openssl.exitCode() == 0 && QFile::exists(certFile) &&
           QFile::exists(keyFile);
}

QByteArray headerOf(const QByteArray &message, const QByteArray &name)
{
    const QByteArray key = "\r\n" + name + ": ";
    const QByteArray padded = "\r\n" + message;
    const qsizetype start = padded.indexOf(key);
    if (start < 0)
        return QByteArray();
    const qsizetype valueStart = start + key.size();
    return padded.mid(valueStart, padded.indexOf("\r\n", valueStart) - valueStart);
}

namespace {

// The decoded part of a saved message after its Content-Type line.
QString decodedPart(const QByteArray &message, const QByteArray &marker)
{
    const qsizetype part = message.indexOf(marker);
    if (part < 0)
        return QString();
    const qsizetype bodyStart = message.indexOf("\r\n\r\n", part) + 4;
    const qsizetype bodyEnd = message.indexOf("\r\n--", bodyStart);
    const QByteArray encoded = message.mid(bodyStart, bodyEnd - bodyStart);
    QByteArray decoded;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '=' && i + 2 < encoded.size() && encoded.at(i + 1) == '\r') {
            i += 2; // soft line break
        } else if (c == '=' && i + 2 < encoded.size()) {
            decoded += char(encoded.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            decoded += c;
        }
    }
    return QString::fromUtf8(decoded);
}

} // namespace

QString plainTextOf(const QByteArray &message)
{
    return decodedPart(message, "Content-Type: text/plain; charset=UTF-8");
}

QString htmlOf(const QByteArray &message)
{
    return decodedPart(message, "Content-Type: text/html; charset=UTF-8");
}

} // namespace syncdesk::test
