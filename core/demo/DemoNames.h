#pragma once

#include <QStringView>

#include <span>

namespace Kontor {

// Word lists for DemoGenerator: names by origin, jobs, companies. Data, not user interface text: they are the
// sample contacts' own names and stay untranslated.
namespace DemoNames {

struct Origin
{
    QStringView homeCountry; // ISO code of the country such names come from
    int weight; // share in percent
    std::span<const QStringView> male;
    std::span<const QStringView> female;
    std::span<const QStringView> last;
    bool feminineSurnames = false; // Polish -ski/-ska, -cki/-cka
};
std::span<const Origin> origins();

struct Job
{
    QStringView male;
    QStringView female;
    QStringView department;
};
std::span<const Job> germanJobs();
std::span<const Job> englishJobs();

struct LegalForm
{
    QStringView name;
    int weight;
};
// Legal forms usual in a country; all forms of "DE" when the country has none listed.
std::span<const LegalForm> legalForms(QStringView country);
// Trades that go into company names of a country ("Bau", "Logistik"; "Costruzioni"); tradeFirst: "Autohaus Krüger".
std::span<const QStringView> trades(QStringView country);
bool tradeFirst(QStringView country);
std::span<const QStringView> germanNameStems(); // "Nordwind", "Alpenblick"
std::span<const QStringView> brandPrefixes(); // "Data", "Solar"
std::span<const QStringView> brandSuffixes(); // "tec", "logic"

std::span<const QStringView> tags();
std::span<const QStringView> sources();
std::span<const QStringView> contactTypes(); // the keys of the contact_types table
std::span<const QStringView> descriptions();
std::span<const QStringView> freeMailDomains(QStringView country);

} // namespace DemoNames

} // namespace Kontor
