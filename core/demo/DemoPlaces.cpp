#include "DemoPlaces.h"

namespace Kontor {

namespace {
// Word lists stay packed: clang-format would put every entry on a line of its own.
// clang-format off
using City = DemoPlaces::City;

const City s_citiesDE[] = {
    {u"Berlin", u"10115", u"Berlin", u"030"},
    {u"Hamburg", u"20095", u"Hamburg", u"040"},
    {u"München", u"80331", u"Bayern", u"089"},
    {u"Köln", u"50667", u"Nordrhein-Westfalen", u"0221"},
    {u"Frankfurt am Main", u"60311", u"Hessen", u"069"},
    {u"Stuttgart", u"70173", u"Baden-Württemberg", u"0711"},
    {u"Düsseldorf", u"40213", u"Nordrhein-Westfalen", u"0211"},
    {u"Leipzig", u"04109", u"Sachsen", u"0341"},
    {u"Dortmund", u"44135", u"Nordrhein-Westfalen", u"0231"},
    {u"Essen", u"45127", u"Nordrhein-Westfalen", u"0201"},
    {u"Bremen", u"28195", u"Bremen", u"0421"},
    {u"Dresden", u"01067", u"Sachsen", u"0351"},
    {u"Hannover", u"30159", u"Niedersachsen", u"0511"},
    {u"Nürnberg", u"90402", u"Bayern", u"0911"},
    {u"Duisburg", u"47051", u"Nordrhein-Westfalen", u"0203"},
    {u"Bochum", u"44787", u"Nordrhein-Westfalen", u"0234"},
    {u"Wuppertal", u"42103", u"Nordrhein-Westfalen", u"0202"},
    {u"Bielefeld", u"33602", u"Nordrhein-Westfalen", u"0521"},
    {u"Bonn", u"53111", u"Nordrhein-Westfalen", u"0228"},
    {u"Münster", u"48143", u"Nordrhein-Westfalen", u"0251"},
    {u"Mannheim", u"68159", u"Baden-Württemberg", u"0621"},
    {u"Karlsruhe", u"76133", u"Baden-Württemberg", u"0721"},
    {u"Augsburg", u"86150", u"Bayern", u"0821"},
    {u"Wiesbaden", u"65183", u"Hessen", u"0611"},
    {u"Freiburg im Breisgau", u"79098", u"Baden-Württemberg", u"0761"},
    {u"Kiel", u"24103", u"Schleswig-Holstein", u"0431"},
    {u"Lübeck", u"23552", u"Schleswig-Holstein", u"0451"},
    {u"Rostock", u"18055", u"Mecklenburg-Vorpommern", u"0381"},
    {u"Erfurt", u"99084", u"Thüringen", u"0361"},
    {u"Mainz", u"55116", u"Rheinland-Pfalz", u"06131"},
    {u"Saarbrücken", u"66111", u"Saarland", u"0681"},
    {u"Regensburg", u"93047", u"Bayern", u"0941"},
    {u"Würzburg", u"97070", u"Bayern", u"0931"},
    {u"Göttingen", u"37073", u"Niedersachsen", u"0551"},
    {u"Osnabrück", u"49074", u"Niedersachsen", u"0541"},
    {u"Potsdam", u"14467", u"Brandenburg", u"0331"},
    {u"Magdeburg", u"39104", u"Sachsen-Anhalt", u"0391"},
    {u"Schwäbisch Hall", u"74523", u"Baden-Württemberg", u"0791"},
    {u"Görlitz", u"02826", u"Sachsen", u"03581"},
    {u"Fürth", u"90762", u"Bayern", u"0911"},
    {u"Gießen", u"35390", u"Hessen", u"0641"},
    {u"Lüneburg", u"21335", u"Niedersachsen", u"04131"},
};
constexpr QStringView s_streetsDE[] = {u"Hauptstraße", u"Bahnhofstraße", u"Schulstraße", u"Gartenstraße", u"Dorfstraße",
    u"Lindenstraße", u"Bergstraße", u"Kirchstraße", u"Waldstraße", u"Goethestraße", u"Schillerstraße", u"Mozartstraße",
    u"Am Markt", u"Friedrichstraße", u"Münchener Straße", u"Kölner Weg", u"Rosenweg", u"Birkenallee", u"Königsallee",
    u"Marktplatz", u"Mühlenweg", u"Ringstraße", u"Talstraße", u"Jägerstraße", u"Wiesenweg", u"Große Bleichen",
    u"Weißenburger Straße", u"Schäferkampsallee", u"Industriestraße", u"Gewerbepark Süd", u"An der Förde",
    u"Lößniger Straße", u"Theodor-Heuss-Ring", u"Fürstenwall", u"Äußere Sulzbacher Straße", u"Zum Hafen",
    u"Im Grünen Winkel", u"Alte Gärtnerei"};
constexpr QStringView s_mobilesDE[] = {u"0151 N#######", u"0152 N#######", u"0157 N#######", u"0160 N######",
    u"0162 N######", u"0170 N######", u"0171 N######", u"0172 N######", u"0173 N######", u"0175 N######",
    u"0176 N#######", u"0177 N######", u"0178 N######", u"0179 N######"};

const City s_citiesAT[] = {
    {u"Wien", u"1010", u"Wien", u"+43 1 N######"},
    {u"Graz", u"8010", u"Steiermark", u"+43 316 N#####"},
    {u"Linz", u"4020", u"Oberösterreich", u"+43 732 N#####"},
    {u"Salzburg", u"5020", u"Salzburg", u"+43 662 N#####"},
    {u"Innsbruck", u"6020", u"Tirol", u"+43 512 N#####"},
    {u"Klagenfurt am Wörthersee", u"9020", u"Kärnten", u"+43 463 N#####"},
};
constexpr QStringView s_streetsAT[] = {u"Mariahilfer Straße", u"Landstraßer Hauptstraße", u"Herrengasse",
    u"Getreidegasse", u"Annenstraße", u"Maria-Theresien-Straße", u"Landstraße", u"Alter Platz", u"Praterstraße"};
constexpr QStringView s_mobilesAT[] = {u"+43 664 N######", u"+43 676 N######", u"+43 699 N#######"};

const City s_citiesCH[] = {
    {u"Zürich", u"8001", u"Zürich", u"+41 44 N## ## ##"},
    {u"Bern", u"3011", u"Bern", u"+41 31 N## ## ##"},
    {u"Basel", u"4051", u"Basel-Stadt", u"+41 61 N## ## ##"},
    {u"Genève", u"1201", u"Genève", u"+41 22 N## ## ##"},
    {u"Lausanne", u"1003", u"Vaud", u"+41 21 N## ## ##"},
    {u"Luzern", u"6003", u"Luzern", u"+41 41 N## ## ##"},
    {u"St. Gallen", u"9000", u"St. Gallen", u"+41 71 N## ## ##"},
};
// Swiss German writes "ss" for ß.
constexpr QStringView s_streetsCH[] = {u"Bahnhofstrasse", u"Seestrasse", u"Marktgasse", u"Spitalgasse",
    u"Freie Strasse", u"Rue du Rhône", u"Hertensteinstrasse", u"Multergasse", u"Dorfstrasse"};
constexpr QStringView s_mobilesCH[] = {u"+41 79 N## ## ##", u"+41 78 N## ## ##", u"+41 76 N## ## ##"};

const City s_citiesGB[] = {
    {u"London", u"EC1A 1BB", u"Greater London", u"+44 20 7946 0###"},
    {u"Manchester", u"M1 1AE", u"Greater Manchester", u"+44 161 496 0###"},
    {u"Edinburgh", u"EH1 1YZ", u"Scotland", u"+44 131 496 0###"},
};
constexpr QStringView s_streetsGB[]
    = {u"High Street", u"Station Road", u"Church Lane", u"Victoria Road", u"Baker Street", u"Queen Street"};
constexpr QStringView s_mobilesGB[] = {u"+44 7700 900###", u"+44 7911 N#####"};

const City s_citiesUS[] = {
    {u"New York", u"10001", u"NY", u"+1 212 N## ####"},
    {u"Chicago", u"60601", u"IL", u"+1 312 N## ####"},
    {u"San Francisco", u"94103", u"CA", u"+1 415 N## ####"},
};
constexpr QStringView s_streetsUS[] = {u"Main Street", u"Fifth Avenue", u"Oak Street", u"Market Street", u"Broadway"};
constexpr QStringView s_mobilesUS[] = {u"+1 917 N## ####", u"+1 646 N## ####"};

const City s_citiesFR[] = {
    {u"Paris", u"75001", u"Île-de-France", u"+33 1 N# ## ## ##"},
    {u"Lyon", u"69001", u"Auvergne-Rhône-Alpes", u"+33 4 N# ## ## ##"},
    {u"Strasbourg", u"67000", u"Grand Est", u"+33 3 N# ## ## ##"},
};
constexpr QStringView s_streetsFR[] = {
    u"rue de la Paix", u"avenue des Champs-Élysées", u"rue du Faubourg", u"boulevard Saint-Michel", u"place Bellecour"};
constexpr QStringView s_mobilesFR[] = {u"+33 6 N# ## ## ##", u"+33 7 N# ## ## ##"};

const City s_citiesIT[] = {
    {u"Milano", u"20121", u"Lombardia", u"+39 02 N### ####"},
    {u"Roma", u"00184", u"Lazio", u"+39 06 N### ####"},
    {u"Bolzano", u"39100", u"Trentino-Alto Adige", u"+39 0471 N#####"},
};
constexpr QStringView s_streetsIT[]
    = {u"Via Roma", u"Via Garibaldi", u"Corso Vittorio Emanuele II", u"Via della Libertà", u"Piazza del Duomo"};
constexpr QStringView s_mobilesIT[] = {u"+39 347 N## ####", u"+39 333 N## ####", u"+39 320 N## ####"};

const City s_citiesES[] = {
    {u"Madrid", u"28001", u"Comunidad de Madrid", u"+34 91 N## ## ##"},
    {u"Barcelona", u"08001", u"Cataluña", u"+34 93 N## ## ##"},
    {u"Málaga", u"29001", u"Andalucía", u"+34 952 N## ###"},
};
constexpr QStringView s_streetsES[]
    = {u"Calle Mayor", u"Gran Vía", u"Calle de Alcalá", u"Paseo de Gracia", u"Avenida de la Constitución"};
constexpr QStringView s_mobilesES[] = {u"+34 6N# ### ###", u"+34 7N# ### ###"};

const City s_citiesNL[] = {
    {u"Amsterdam", u"1012 AB", u"Noord-Holland", u"+31 20 N## ####"},
    {u"Rotterdam", u"3011 AD", u"Zuid-Holland", u"+31 10 N## ####"},
    {u"Utrecht", u"3511 LX", u"Utrecht", u"+31 30 N## ####"},
};
constexpr QStringView s_streetsNL[] = {u"Damrak", u"Kalverstraat", u"Coolsingel", u"Oudegracht", u"Prinsengracht"};
constexpr QStringView s_mobilesNL[] = {u"+31 6 N### ####"};

const City s_citiesPL[] = {
    {u"Warszawa", u"00-001", u"mazowieckie", u"+48 22 N## ## ##"},
    {u"Kraków", u"30-001", u"małopolskie", u"+48 12 N## ## ##"},
    {u"Wrocław", u"50-001", u"dolnośląskie", u"+48 71 N## ## ##"},
    {u"Gdańsk", u"80-001", u"pomorskie", u"+48 58 N## ## ##"},
};
constexpr QStringView s_streetsPL[]
    = {u"ul. Marszałkowska", u"ul. Floriańska", u"ul. Świdnicka", u"ul. Długa", u"al. Jerozolimskie"};
constexpr QStringView s_mobilesPL[] = {u"+48 5N# ### ###", u"+48 6N# ### ###", u"+48 7N# ### ###"};

const City s_citiesTR[] = {
    {u"İstanbul", u"34000", u"İstanbul", u"+90 212 N## ## ##"},
    {u"Ankara", u"06000", u"Ankara", u"+90 312 N## ## ##"},
    {u"İzmir", u"35000", u"İzmir", u"+90 232 N## ## ##"},
};
constexpr QStringView s_streetsTR[]
    = {u"İstiklal Caddesi", u"Atatürk Bulvarı", u"Bağdat Caddesi", u"Kıbrıs Şehitleri Caddesi", u"Cumhuriyet Caddesi"};
constexpr QStringView s_mobilesTR[] = {u"+90 532 N## ## ##", u"+90 542 N## ## ##", u"+90 555 N## ## ##"};

const DemoPlaces::Country s_countries[] = {
    {u"DE", u"de", s_citiesDE, s_streetsDE, false, s_mobilesDE},
    {u"AT", u"at", s_citiesAT, s_streetsAT, false, s_mobilesAT},
    {u"CH", u"ch", s_citiesCH, s_streetsCH, false, s_mobilesCH},
    {u"GB", u"co.uk", s_citiesGB, s_streetsGB, true, s_mobilesGB},
    {u"US", u"com", s_citiesUS, s_streetsUS, true, s_mobilesUS},
    {u"FR", u"fr", s_citiesFR, s_streetsFR, true, s_mobilesFR},
    {u"IT", u"it", s_citiesIT, s_streetsIT, false, s_mobilesIT},
    {u"ES", u"es", s_citiesES, s_streetsES, false, s_mobilesES},
    {u"NL", u"nl", s_citiesNL, s_streetsNL, false, s_mobilesNL},
    {u"PL", u"pl", s_citiesPL, s_streetsPL, false, s_mobilesPL},
    {u"TR", u"com.tr", s_citiesTR, s_streetsTR, false, s_mobilesTR},
};
// clang-format on
} // namespace

const DemoPlaces::Country &DemoPlaces::country(QStringView code)
{
    for (const Country &c : s_countries) {
        if (c.code == code) {
            return c;
        }
    }
    return s_countries[0];
}

} // namespace Kontor
