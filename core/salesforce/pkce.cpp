#include "salesforce/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <algorithm>

namespace syncdesk {

namespace {
constexpr int kMinVerifierLength = 43;
constexpr int kMaxVerifierLength = 128;
constexpr QByteArrayView kUnreservedCharacters =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
} // namespace

QByteArray createPkceVerifier(int length)
{
    length = std::clamp(length, kMinVerifierLength, kMaxVerifierLength);
    QRandomGenerator *random = QRandomGenerator::system();
    QByteArray verifier(length, Qt::Uninitialized);
    for (char &c : verifier)
        c = kUnreservedCharacters[random->bounded(int(kUnreservedCharacters.size()))];
    return verifier;
}

QByteArray pkceS256Challenge(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

PkcePair createPkcePair()
{
    QByteArray verifier = createPkceVerifier();
    QByteArray challenge = pkceS256Challenge(verifier);
    return {std::move(verifier), std::move(challenge)};
}

} // namespace syncdesk
