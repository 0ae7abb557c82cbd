#pragma once

#include <QStringView>

#include <span>

namespace Kontor {

// Cities, streets and telephone plans for DemoGenerator. Data, not user interface text.
namespace DemoPlaces {

struct City
{
    QStringView name;
    QStringView postalCode; // all digits: the first code of the city, varied upwards; otherwise used as is
    QStringView region;
    // German cities: the area code ("030"). Elsewhere a pattern of an international landline number,
    // '#' any digit and 'N' a digit 1-9 ("+41 44 N## ## ##").
    QStringView phone;
};

struct Country
{
    QStringView code; // ISO 3166-1 alpha-2
    QStringView tld; // of company domains
    std::span<const City> cities;
    std::span<const QStringView> streets;
    bool numberFirst; // "12 rue de la Paix" rather than "Hauptstraße 12"
    std::span<const QStringView> mobiles; // patterns; German ones national ("0171 #######")
};

// The country of that code; Germany for codes without data.
const Country &country(QStringView code);

} // namespace DemoPlaces

} // namespace Kontor
