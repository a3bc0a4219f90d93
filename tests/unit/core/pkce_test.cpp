#include "salesforce/pkce.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace syncdesk;

TEST(Pkce, ChallengeMatchesRfc7636AppendixB)
{
    EXPECT_EQ(pkceS256Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
              QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

TEST(Pkce, VerifierUsesOnlyUnreservedCharacters)
{
    const QByteArray verifier = createPkceVerifier(128);
    ASSERT_EQ(verifier.size(), 128);
    for (char c : verifier) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~';
        EXPECT_TRUE(unreserved) << "unexpected character " << c;
    }
}

TEST(Pkce, VerifierLengthIsClampedToTheRfcRange)
{
    EXPECT_EQ(createPkceVerifier(10).size(), 43);
    EXPECT_EQ(createPkceVerifier(43).size(), 43);
    EXPECT_EQ(createPkceVerifier(500).size(), 128);
    EXPECT_EQ(createPkceVerifier().size(), 64);
}

TEST(Pkce, VerifiersDoNotRepeat)
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i)
        seen.insert(createPkceVerifier());
    EXPECT_EQ(seen.size(), 200);
}

TEST(Pkce, PairChallengeIsTheVerifiersUnpaddedBase64Url)
{
    const PkcePair pair = createPkcePair();
    EXPECT_EQ(pair.challenge, pkceS256Challenge(pair.verifier));
    EXPECT_EQ(pair.challenge.size(), 43); // 32 bytes of SHA-256, no '=' padding
    EXPECT_FALSE(pair.challenge.contains('='));
    EXPECT_FALSE(pair.challenge.contains('+'));
    EXPECT_FALSE(pair.challenge.contains('/'));
}
