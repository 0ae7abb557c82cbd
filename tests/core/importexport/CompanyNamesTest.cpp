#include "CompanyNames.h"

#include "MappingTestSupport.h"

#include <catch2/catch.hpp>

using namespace Kontor;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Company names match ignoring case, umlaut spelling and the legal form")
{
    const QString key = CompanyNames::matchKey(u"Müller GmbH"_s);
    CHECK(key == u"muller"_s);
    for (const QString &name : {u"Mueller GmbH"_s,
             u"müller gmbh"_s,
             u"Müller"_s,
             u"MÜLLER G.m.b.H."_s,
             u"Müller GmbH & Co. KG"_s,
             u"Müller GmbH und Co. KG"_s,
             u"  Müller   AG "_s,
             u"Muller Ltd."_s}) {
        CAPTURE(name);
        CHECK(CompanyNames::matchKey(name) == key);
    }
}

TEST_CASE("Company keys fold ß, accents, spacing and hyphens, and drop foreign legal forms")
{
    CHECK(CompanyNames::matchKey(u"Weiß & Söhne KG"_s) == CompanyNames::matchKey(u"Weiss & Soehne"_s));
    CHECK(CompanyNames::matchKey(u"Müller-Lüdenscheidt e.K."_s) == CompanyNames::matchKey(u"Mueller Luedenscheidt"_s));
    CHECK(CompanyNames::matchKey(u"Nordlicht Software UG (haftungsbeschränkt)"_s)
        == CompanyNames::matchKey(u"Nordlicht Software"_s));
    CHECK(CompanyNames::matchKey(u"Société Générale S.A."_s) == u"societegenerale"_s);
    CHECK(CompanyNames::matchKey(u"Dubois S.à r.l."_s) == u"dubois"_s);
    CHECK(CompanyNames::matchKey(u"Rossi S.p.A."_s) == CompanyNames::matchKey(u"Rossi SpA"_s));
    CHECK(CompanyNames::matchKey(u"Globex Inc."_s) == CompanyNames::matchKey(u"Globex Incorporated"_s));
    CHECK(CompanyNames::matchKey(u"Umbrella Limited"_s) == CompanyNames::matchKey(u"Umbrella Ltd"_s));
    CHECK(CompanyNames::matchKey(u"Philips N.V."_s) == u"philips"_s);
    CHECK(CompanyNames::matchKey(u"Sonnenschein e.V."_s) == u"sonnenschein"_s);
}

TEST_CASE("Different companies keep different keys")
{
    CHECK(CompanyNames::matchKey(u"Müller GmbH"_s) != CompanyNames::matchKey(u"Müller Bau GmbH"_s));
    CHECK(CompanyNames::matchKey(u"Beispiel AG"_s) != CompanyNames::matchKey(u"Beispiel Bank AG"_s));
    CHECK(CompanyNames::matchKey(u"Weiß KG"_s) != CompanyNames::matchKey(u"Weise KG"_s));
}

TEST_CASE("A name that is only a legal form keeps it, and an empty name has an empty key")
{
    CHECK(CompanyNames::matchKey(u"AG"_s) == u"ag"_s);
    CHECK(CompanyNames::matchKey(u"GmbH & Co. KG"_s) == u"gmbhcokg"_s);
    CHECK(CompanyNames::matchKey(u""_s).isEmpty());
    CHECK(CompanyNames::matchKey(u" - "_s).isEmpty());
}
