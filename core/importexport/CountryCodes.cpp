#include "CountryCodes.h"

#include <QHash>
#include <QLocale>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Lower case, without accents, dots, hyphens and repeated spaces: "Österreich" = "osterreich", "U.S.A." = "usa".
QString fold(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == u'.' || c == u'\'') {
            continue;
        }
        if (c.isSpace() || c == u'-' || c == u',' || c == u'_') {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        if (c == u'ß') {
            out += u"ss"_s;
        } else {
            out += c.toLower();
        }
    }
    return out;
}

// German names and forms people type that Qt's English territory names do not cover.
constexpr std::pair<const char16_t *, const char16_t *> Aliases[] = {
    {u"Deutschland", u"DE"},
    {u"Bundesrepublik Deutschland", u"DE"},
    {u"BRD", u"DE"},
    {u"DEU", u"DE"},
    {u"Österreich", u"AT"},
    {u"Oesterreich", u"AT"},
    {u"AUT", u"AT"},
    {u"Schweiz", u"CH"},
    {u"Suisse", u"CH"},
    {u"Svizzera", u"CH"},
    {u"CHE", u"CH"},
    {u"Frankreich", u"FR"},
    {u"FRA", u"FR"},
    {u"Italien", u"IT"},
    {u"Italia", u"IT"},
    {u"Spanien", u"ES"},
    {u"España", u"ES"},
    {u"Niederlande", u"NL"},
    {u"Holland", u"NL"},
    {u"The Netherlands", u"NL"},
    {u"Nederland", u"NL"},
    {u"Belgien", u"BE"},
    {u"Luxemburg", u"LU"},
    {u"Polen", u"PL"},
    {u"Polska", u"PL"},
    {u"Tschechien", u"CZ"},
    {u"Tschechische Republik", u"CZ"},
    {u"Czech Republic", u"CZ"},
    {u"Slowakei", u"SK"},
    {u"Slowenien", u"SI"},
    {u"Ungarn", u"HU"},
    {u"Dänemark", u"DK"},
    {u"Daenemark", u"DK"},
    {u"Schweden", u"SE"},
    {u"Norwegen", u"NO"},
    {u"Finnland", u"FI"},
    {u"Island", u"IS"},
    {u"Irland", u"IE"},
    {u"Vereinigtes Königreich", u"GB"},
    {u"Grossbritannien", u"GB"},
    {u"Großbritannien", u"GB"},
    {u"Great Britain", u"GB"},
    {u"England", u"GB"},
    {u"Schottland", u"GB"},
    {u"Scotland", u"GB"},
    {u"Wales", u"GB"},
    {u"UK", u"GB"},
    {u"GBR", u"GB"},
    {u"Vereinigte Staaten", u"US"},
    {u"Vereinigte Staaten von Amerika", u"US"},
    {u"United States of America", u"US"},
    {u"USA", u"US"},
    {u"Amerika", u"US"},
    {u"Kanada", u"CA"},
    {u"Mexiko", u"MX"},
    {u"Brasilien", u"BR"},
    {u"Argentinien", u"AR"},
    {u"Kolumbien", u"CO"},
    {u"Griechenland", u"GR"},
    {u"Türkei", u"TR"},
    {u"Tuerkei", u"TR"},
    {u"Turkey", u"TR"},
    {u"Zypern", u"CY"},
    {u"Kroatien", u"HR"},
    {u"Serbien", u"RS"},
    {u"Bosnien und Herzegowina", u"BA"},
    {u"Rumänien", u"RO"},
    {u"Rumaenien", u"RO"},
    {u"Bulgarien", u"BG"},
    {u"Nordmazedonien", u"MK"},
    {u"Albanien", u"AL"},
    {u"Russland", u"RU"},
    {u"Russia", u"RU"},
    {u"Weißrussland", u"BY"},
    {u"Estland", u"EE"},
    {u"Lettland", u"LV"},
    {u"Litauen", u"LT"},
    {u"Japan", u"JP"},
    {u"Volksrepublik China", u"CN"},
    {u"Indien", u"IN"},
    {u"Südkorea", u"KR"},
    {u"South Korea", u"KR"},
    {u"Korea", u"KR"},
    {u"Australien", u"AU"},
    {u"Neuseeland", u"NZ"},
    {u"Südafrika", u"ZA"},
    {u"Ägypten", u"EG"},
    {u"Marokko", u"MA"},
    {u"Tunesien", u"TN"},
    {u"Vereinigte Arabische Emirate", u"AE"},
    {u"VAE", u"AE"},
    {u"UAE", u"AE"},
    {u"Saudi-Arabien", u"SA"},
    {u"Katar", u"QA"},
    {u"Singapur", u"SG"},
    {u"Indonesien", u"ID"},
    {u"Philippinen", u"PH"},
    {u"Hongkong", u"HK"},
    {u"Kenia", u"KE"},
    {u"Georgien", u"GE"},
    {u"Kasachstan", u"KZ"},
    {u"Syrien", u"SY"},
    {u"Libanon", u"LB"},
    {u"Jordanien", u"JO"},
    {u"Irak", u"IQ"},
};

QHash<QString, QString> buildTable()
{
    QHash<QString, QString> table;
    for (int i = QLocale::AnyTerritory + 1; i <= QLocale::LastTerritory; ++i) {
        const auto territory = static_cast<QLocale::Territory>(i);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || !code.at(0).isLetter()) {
            continue;
        }
        table.insert(fold(code), code);
        table.insert(fold(QLocale::territoryToString(territory)), code);
    }
    for (const auto &[name, code] : Aliases) {
        table.insert(fold(QString::fromUtf16(name)), QString::fromUtf16(code));
    }
    return table;
}
} // namespace

QString CountryCodes::fromName(const QString &text)
{
    static const QHash<QString, QString> table = buildTable();
    return table.value(fold(text));
}

} // namespace Kontor
