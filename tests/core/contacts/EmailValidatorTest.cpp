#include "EmailValidator.h"

#include <catch2/catch.hpp>

using namespace Kontor;

TEST_CASE("E-mail syntax accepts plus-addressing, subdomains and internationalised domains")
{
    for (const char *ok : {"max@example.com",
             "max.mustermann+crm@mail.example.de",
             "o'brien@example.ie",
             "info@müller-bau.de",
             "kontakt@bücher.example",
             "a_b-c@sub.domain.co.uk"}) {
        INFO(ok);
        CHECK(EmailValidator::isValid(QString::fromUtf8(ok)));
    }
}

TEST_CASE("E-mail syntax rejects a doubled @, a domain without dot, spaces and misplaced dots")
{
    for (const char *bad : {"max@@example",
             "max@@example.com",
             "a@b",
             "max mustermann@example.com",
             "max@example .com",
             " max@example.com",
             ".max@example.com",
             "max..m@example.com",
             "max@",
             "@example.com",
             "max@-example.com",
             "max@example.123",
             "maxexample.com"}) {
        INFO(bad);
        CHECK_FALSE(EmailValidator::isValid(QString::fromUtf8(bad)));
    }
}
