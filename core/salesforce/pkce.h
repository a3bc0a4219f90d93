#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace syncdesk {

// Proof Key for Code Exchange (RFC 7636): the secret that ties an authorization
// code to the client that asked for it, so a stolen code is useless.
struct PkcePair
{
    QByteArray verifier;
    QByteArray challenge; // S256
};

// A fresh code_verifier of `length` characters (clamped to RFC 7636's 43..128)
// from the unreserved set, drawn from the operating system's CSPRNG.
QByteArray createPkceVerifier(int length = 64);

// BASE64URL(SHA-256(verifier)) without padding: the S256 code_challenge.
QByteArray pkceS256Challenge(QByteArrayView verifier);

PkcePair createPkcePair();

} // namespace syncdesk
