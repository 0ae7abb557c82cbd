#include "DemoNames.h"

namespace Kontor {

namespace {
// Word lists stay packed: clang-format would put every entry on a line of its own.
// clang-format off
// German names carry the umlauts and ß that search, sorting and e-mail folding must handle.
constexpr QStringView s_germanMale[] = {u"Jürgen", u"Björn", u"Jörg", u"Uwe", u"Thomas", u"Michael", u"Andreas",
    u"Stefan", u"Frank", u"Klaus", u"Peter", u"Wolfgang", u"Günter", u"Dieter", u"Hans", u"Matthias", u"Markus",
    u"Christian", u"Martin", u"Sebastian", u"Tobias", u"Florian", u"Alexander", u"Daniel", u"Jan", u"Lukas", u"Jonas",
    u"Leon", u"Felix", u"Maximilian", u"Paul", u"Niklas", u"Moritz", u"Tim", u"Philipp", u"Sören", u"Torsten", u"Bernd",
    u"Ralf", u"Holger", u"Detlef", u"Karl-Heinz", u"Hans-Peter", u"Jens", u"Sven", u"Kai", u"Dirk", u"Volker",
    u"Rüdiger", u"Götz", u"Malte", u"Henrik", u"Till", u"Benedikt", u"Fabian"};
constexpr QStringView s_germanFemale[] = {u"Anna", u"Maria", u"Ursula", u"Monika", u"Petra", u"Sabine", u"Claudia",
    u"Susanne", u"Andrea", u"Birgit", u"Gabriele", u"Heike", u"Katrin", u"Anja", u"Stefanie", u"Julia", u"Lena",
    u"Laura", u"Lea", u"Sophie", u"Hannah", u"Mia", u"Emma", u"Marie", u"Jana", u"Nicole", u"Sandra", u"Christina",
    u"Jessica", u"Kerstin", u"Silke", u"Jutta", u"Renate", u"Brigitte", u"Gisela", u"Dörte", u"Bärbel", u"Jördis",
    u"Käthe", u"Anke", u"Ines", u"Nadine", u"Franziska", u"Johanna", u"Charlotte", u"Luise", u"Greta", u"Ilse", u"Ute",
    u"Doris"};
constexpr QStringView s_germanLast[] = {u"Müller", u"Schmidt", u"Schneider", u"Fischer", u"Weber", u"Meyer", u"Wagner",
    u"Becker", u"Schulz", u"Hoffmann", u"Schäfer", u"Koch", u"Bauer", u"Richter", u"Klein", u"Wolf", u"Schröder",
    u"Neumann", u"Schwarz", u"Zimmermann", u"Braun", u"Krüger", u"Hofmann", u"Hartmann", u"Lange", u"Schmitt",
    u"Werner", u"Schmitz", u"Krause", u"Meier", u"Lehmann", u"Schmid", u"Schulze", u"Maier", u"Köhler", u"Herrmann",
    u"König", u"Walter", u"Mayer", u"Huber", u"Kaiser", u"Fuchs", u"Peters", u"Lang", u"Scholz", u"Möller", u"Weiß",
    u"Jung", u"Hahn", u"Schubert", u"Vogel", u"Friedrich", u"Keller", u"Günther", u"Frank", u"Berger", u"Winkler",
    u"Roth", u"Beck", u"Lorenz", u"Baumann", u"Franke", u"Albrecht", u"Schuster", u"Simon", u"Ludwig", u"Böhm",
    u"Winter", u"Kraus", u"Martin", u"Schumacher", u"Krämer", u"Vogt", u"Stein", u"Jäger", u"Otto", u"Sommer", u"Groß",
    u"Seidel", u"Heinrich", u"Brandt", u"Haas", u"Schreiber", u"Graf", u"Schulte", u"Dietrich", u"Ziegler", u"Kühn",
    u"Pohl", u"Engel", u"Horn", u"Busch", u"Bergmann", u"Voigt", u"Sauer", u"Arnold", u"Wolff", u"Pfeiffer",
    u"Meyer-Schäfer", u"Schulze-Wöhrmann", u"von Bülow", u"Weißenfels", u"Großmann", u"Strauß", u"Nußbaum"};

constexpr QStringView s_turkishMale[] = {u"Mehmet", u"Mustafa", u"Ahmet", u"Ali", u"Hüseyin", u"Hasan", u"İbrahim",
    u"Murat", u"Emre", u"Burak", u"Can", u"Cem", u"Deniz", u"Kemal", u"Serkan", u"Özgür", u"Yusuf", u"Ömer", u"Tolga",
    u"Barış"};
constexpr QStringView s_turkishFemale[] = {u"Ayşe", u"Fatma", u"Emine", u"Zeynep", u"Elif", u"Merve", u"Esra", u"Özlem",
    u"Gül", u"Hatice", u"Derya", u"Sibel", u"Aylin", u"Büşra", u"Şeyma", u"Ebru", u"Gülşen", u"Nur", u"Selin",
    u"Yasemin"};
constexpr QStringView s_turkishLast[] = {u"Yılmaz", u"Kaya", u"Demir", u"Şahin", u"Çelik", u"Yıldız", u"Yıldırım",
    u"Öztürk", u"Aydın", u"Özdemir", u"Arslan", u"Doğan", u"Kılıç", u"Aslan", u"Çetin", u"Kara", u"Koç", u"Kurt",
    u"Özkan", u"Şimşek", u"Polat", u"Korkmaz", u"Erdoğan", u"Güneş"};

constexpr QStringView s_polishMale[] = {u"Piotr", u"Krzysztof", u"Andrzej", u"Tomasz", u"Paweł", u"Michał", u"Marcin",
    u"Łukasz", u"Jakub", u"Grzegorz", u"Wojciech", u"Mateusz", u"Kamil", u"Marek", u"Rafał", u"Przemysław"};
constexpr QStringView s_polishFemale[] = {u"Anna", u"Katarzyna", u"Małgorzata", u"Agnieszka", u"Barbara", u"Ewa",
    u"Krystyna", u"Magdalena", u"Joanna", u"Aleksandra", u"Monika", u"Zofia", u"Dorota", u"Beata", u"Żaneta", u"Agata"};
constexpr QStringView s_polishLast[] = {u"Nowak", u"Kowalski", u"Wiśniewski", u"Wójcik", u"Kowalczyk", u"Kamiński",
    u"Lewandowski", u"Zieliński", u"Szymański", u"Woźniak", u"Dąbrowski", u"Kozłowski", u"Jankowski", u"Mazur",
    u"Kwiatkowski", u"Krawczyk", u"Piotrowski", u"Grabowski", u"Nowakowski", u"Pawłowski", u"Michalski", u"Zając",
    u"Król", u"Wieczorek", u"Jabłoński", u"Wróbel", u"Sawicki"};

constexpr QStringView s_italianMale[] = {u"Marco", u"Giuseppe", u"Giovanni", u"Antonio", u"Francesco", u"Luca",
    u"Alessandro", u"Andrea", u"Matteo", u"Lorenzo", u"Stefano", u"Davide", u"Riccardo", u"Niccolò", u"Salvatore",
    u"Fabrizio"};
constexpr QStringView s_italianFemale[] = {u"Giulia", u"Francesca", u"Chiara", u"Sara", u"Martina", u"Valentina",
    u"Alessia", u"Federica", u"Elena", u"Silvia", u"Laura", u"Paola", u"Giorgia", u"Beatrice", u"Lucia", u"Noemi"};
constexpr QStringView s_italianLast[] = {u"Rossi", u"Russo", u"Ferrari", u"Esposito", u"Bianchi", u"Romano", u"Colombo",
    u"Ricci", u"Marino", u"Greco", u"Bruno", u"Gallo", u"Conti", u"De Luca", u"Mancini", u"Costa", u"Giordano",
    u"Rizzo", u"Lombardi", u"Moretti", u"D'Angelo", u"Fontana", u"Caruso", u"Santoro"};

constexpr QStringView s_frenchMale[] = {u"Jean", u"Pierre", u"Michel", u"Philippe", u"Nicolas", u"François", u"Julien",
    u"Antoine", u"Étienne", u"Sébastien", u"Olivier", u"Jérôme", u"Benoît", u"Thierry", u"Léo", u"Hugo"};
constexpr QStringView s_frenchFemale[] = {u"Marie", u"Nathalie", u"Isabelle", u"Sylvie", u"Catherine", u"Céline",
    u"Chloé", u"Camille", u"Léa", u"Manon", u"Émilie", u"Hélène", u"Sophie", u"Aurélie", u"Margaux", u"Océane"};
constexpr QStringView s_frenchLast[] = {u"Martin", u"Bernard", u"Dubois", u"Thomas", u"Robert", u"Richard", u"Petit",
    u"Durand", u"Leroy", u"Moreau", u"Simon", u"Laurent", u"Lefèbvre", u"Michel", u"Garcia", u"David", u"Bertrand",
    u"Roux", u"Vincent", u"Fournier", u"Morel", u"Girard", u"André", u"Lefèvre", u"Mercier", u"Dupont", u"Lambert",
    u"Bonnet", u"François", u"Fontaine"};

constexpr QStringView s_englishMale[] = {u"James", u"John", u"Robert", u"Michael", u"William", u"David", u"Richard",
    u"Joseph", u"Thomas", u"Charles", u"Oliver", u"Harry", u"George", u"Jack", u"Noah", u"Liam"};
constexpr QStringView s_englishFemale[] = {u"Mary", u"Patricia", u"Jennifer", u"Linda", u"Elizabeth", u"Sarah",
    u"Emily", u"Olivia", u"Amelia", u"Isla", u"Ava", u"Jessica", u"Charlotte", u"Sophie", u"Grace", u"Chloe"};
constexpr QStringView s_englishLast[] = {u"Smith", u"Jones", u"Williams", u"Taylor", u"Brown", u"Davies", u"Evans",
    u"Wilson", u"Thomas", u"Johnson", u"Roberts", u"Robinson", u"Thompson", u"Wright", u"Walker", u"White", u"Edwards",
    u"Hughes", u"Green", u"Hall", u"Wood", u"Harris", u"O'Brien", u"Murphy", u"Clarke", u"Jackson"};

constexpr QStringView s_spanishMale[] = {u"José", u"Antonio", u"Manuel", u"Francisco", u"Juan", u"David", u"Javier",
    u"Daniel", u"Carlos", u"Jesús", u"Alejandro", u"Miguel", u"Rafael", u"Pablo", u"Sergio", u"Álvaro"};
constexpr QStringView s_spanishFemale[] = {u"María", u"Carmen", u"Ana", u"Isabel", u"Laura", u"Lucía", u"Cristina",
    u"Marta", u"Elena", u"Pilar", u"Sofía", u"Paula", u"Raquel", u"Nuria", u"Begoña", u"Inés"};
constexpr QStringView s_spanishLast[] = {u"García", u"Rodríguez", u"González", u"Fernández", u"López", u"Martínez",
    u"Sánchez", u"Pérez", u"Gómez", u"Martín", u"Jiménez", u"Ruiz", u"Hernández", u"Díaz", u"Moreno", u"Muñoz",
    u"Álvarez", u"Romero", u"Alonso", u"Gutiérrez", u"Navarro", u"Torres", u"Domínguez", u"Ibáñez"};

constexpr QStringView s_dutchMale[] = {u"Jan", u"Pieter", u"Kees", u"Henk", u"Willem", u"Bram", u"Daan", u"Sem",
    u"Thijs", u"Joost", u"Ruud", u"Maarten", u"Sjoerd", u"Gerrit"};
constexpr QStringView s_dutchFemale[] = {u"Anke", u"Sanne", u"Femke", u"Lotte", u"Marieke", u"Eva", u"Fleur", u"Noor",
    u"Ineke", u"Annelies", u"Ilse", u"Saskia", u"Lieke", u"Mirjam"};
constexpr QStringView s_dutchLast[] = {u"de Jong", u"Jansen", u"de Vries", u"van den Berg", u"van Dijk", u"Bakker",
    u"Janssen", u"Visser", u"Smit", u"Meijer", u"de Boer", u"Mulder", u"de Groot", u"Bos", u"Vos", u"Hendriks",
    u"van Leeuwen", u"Dekker", u"Brouwer"};

const DemoNames::Origin s_origins[] = {
    {u"DE", 70, s_germanMale, s_germanFemale, s_germanLast},
    {u"TR", 8, s_turkishMale, s_turkishFemale, s_turkishLast},
    {u"PL", 5, s_polishMale, s_polishFemale, s_polishLast, true},
    {u"IT", 4, s_italianMale, s_italianFemale, s_italianLast},
    {u"GB", 4, s_englishMale, s_englishFemale, s_englishLast},
    {u"FR", 3, s_frenchMale, s_frenchFemale, s_frenchLast},
    {u"ES", 3, s_spanishMale, s_spanishFemale, s_spanishLast},
    {u"NL", 3, s_dutchMale, s_dutchFemale, s_dutchLast},
};

const DemoNames::Job s_germanJobs[] = {
    {u"Geschäftsführer", u"Geschäftsführerin", u"Geschäftsführung"},
    {u"Assistenz der Geschäftsführung", u"Assistenz der Geschäftsführung", u"Geschäftsführung"},
    {u"Prokurist", u"Prokuristin", u"Geschäftsführung"},
    {u"Vertriebsleiter", u"Vertriebsleiterin", u"Vertrieb"},
    {u"Key Account Manager", u"Key Account Managerin", u"Vertrieb"},
    {u"Außendienstmitarbeiter", u"Außendienstmitarbeiterin", u"Vertrieb"},
    {u"Einkäufer", u"Einkäuferin", u"Einkauf"},
    {u"Einkaufsleiter", u"Einkaufsleiterin", u"Einkauf"},
    {u"Head of Marketing", u"Head of Marketing", u"Marketing"},
    {u"Marketing Manager", u"Marketing Managerin", u"Marketing"},
    {u"Softwareentwickler", u"Softwareentwicklerin", u"IT"},
    {u"IT-Leiter", u"IT-Leiterin", u"IT"},
    {u"Systemadministrator", u"Systemadministratorin", u"IT"},
    {u"Buchhalter", u"Buchhalterin", u"Buchhaltung"},
    {u"Leiter Finanzen", u"Leiterin Finanzen", u"Finanzen"},
    {u"Personalreferent", u"Personalreferentin", u"Personal"},
    {u"Projektmanager", u"Projektmanagerin", u"Projekte"},
    {u"Sachbearbeiter", u"Sachbearbeiterin", u"Kundenservice"},
    {u"Teamleiter Kundenservice", u"Teamleiterin Kundenservice", u"Kundenservice"},
    {u"Leiter Logistik", u"Leiterin Logistik", u"Logistik"},
    {u"Ingenieur", u"Ingenieurin", u"Forschung & Entwicklung"},
    {u"Produktionsleiter", u"Produktionsleiterin", u"Produktion"},
    {u"Werkstudent", u"Werkstudentin", u""},
    {u"Datenschutzbeauftragter", u"Datenschutzbeauftragte", u"Recht"},
    {u"Office Manager", u"Office Managerin", u"Verwaltung"},
};
const DemoNames::Job s_englishJobs[] = {
    {u"Managing Director", u"Managing Director", u"Management"},
    {u"Sales Manager", u"Sales Manager", u"Sales"},
    {u"Key Account Manager", u"Key Account Manager", u"Sales"},
    {u"Purchasing Manager", u"Purchasing Manager", u"Purchasing"},
    {u"Head of Marketing", u"Head of Marketing", u"Marketing"},
    {u"Software Engineer", u"Software Engineer", u"IT"},
    {u"CTO", u"CTO", u"IT"},
    {u"Accountant", u"Accountant", u"Finance"},
    {u"Project Manager", u"Project Manager", u"Operations"},
    {u"Office Manager", u"Office Manager", u""},
    {u"Customer Success Manager", u"Customer Success Manager", u"Customer Service"},
};

const DemoNames::LegalForm s_formsDE[] = {
    {u"GmbH", 50},
    {u"GmbH & Co. KG", 15},
    {u"AG", 7},
    {u"e.K.", 8},
    {u"KG", 5},
    {u"OHG", 3},
    {u"UG (haftungsbeschränkt)", 5},
    {u"SE", 2},
    {u"GbR", 5},
};
const DemoNames::LegalForm s_formsAT[] = {{u"GmbH", 60}, {u"AG", 10}, {u"KG", 10}, {u"e.U.", 10}, {u"OG", 10}};
const DemoNames::LegalForm s_formsCH[] = {{u"AG", 55}, {u"GmbH", 40}, {u"SA", 5}};
const DemoNames::LegalForm s_formsGB[] = {{u"Ltd", 80}, {u"plc", 10}, {u"LLP", 10}};
const DemoNames::LegalForm s_formsUS[] = {{u"Inc.", 60}, {u"LLC", 30}, {u"Corp.", 10}};
const DemoNames::LegalForm s_formsFR[] = {{u"S.A.", 30}, {u"SARL", 40}, {u"SAS", 30}};
const DemoNames::LegalForm s_formsES[] = {{u"S.A.", 40}, {u"S.L.", 60}};
const DemoNames::LegalForm s_formsIT[] = {{u"S.p.A.", 30}, {u"S.r.l.", 70}};
const DemoNames::LegalForm s_formsNL[] = {{u"B.V.", 85}, {u"N.V.", 15}};
const DemoNames::LegalForm s_formsPL[] = {{u"sp. z o.o.", 80}, {u"S.A.", 20}};
const DemoNames::LegalForm s_formsTR[] = {{u"A.Ş.", 50}, {u"Ltd. Şti.", 50}};

constexpr QStringView s_tradesDE[] = {u"Bau", u"Logistik", u"Elektrotechnik", u"Maschinenbau", u"Immobilien",
    u"Software", u"Medizintechnik", u"Spedition", u"Druck", u"Feinkost", u"Gebäudereinigung", u"Steuerberatung",
    u"Metallbau", u"Haustechnik", u"Autohaus", u"Werkzeugbau", u"Sanitär", u"Verpackung", u"Kunststofftechnik",
    u"Energietechnik", u"Möbelwerkstätten", u"Brauerei", u"Bäckerei", u"Gärtnerei", u"Consulting", u"Systemhaus",
    u"Personalservice", u"Umwelttechnik", u"Holzbau", u"Dachdeckerei", u"Fahrzeugteile", u"Großhandel"};
constexpr QStringView s_tradesEN[] = {u"Trading", u"Logistics", u"Consulting", u"Engineering", u"Software", u"Foods",
    u"Textiles", u"Solutions", u"Systems", u"Technologies", u"Partners", u"Industries"};
constexpr QStringView s_tradesFR[]
    = {u"Transports", u"Bâtiment", u"Conseil", u"Informatique", u"Distribution", u"Boulangerie", u"Électricité"};
constexpr QStringView s_tradesES[]
    = {u"Construcciones", u"Logística", u"Alimentación", u"Consultoría", u"Transportes", u"Ingeniería"};
constexpr QStringView s_tradesIT[]
    = {u"Costruzioni", u"Meccanica", u"Alimentari", u"Trasporti", u"Design", u"Impianti"};
constexpr QStringView s_tradesNL[] = {u"Bouw", u"Logistiek", u"Techniek", u"Installatie", u"Advies", u"Handel"};
constexpr QStringView s_tradesPL[] = {u"Budownictwo", u"Logistyka", u"Transport", u"Serwis", u"Technika", u"Handel"};
constexpr QStringView s_tradesTR[] = {u"Tekstil", u"İnşaat", u"Lojistik", u"Gıda", u"Otomotiv", u"Ticaret"};

constexpr QStringView s_stems[] = {u"Nordwind", u"Alpenblick", u"Rheintal", u"Sonnenhof", u"Weserland", u"Elbtal",
    u"Schwarzwald", u"Bodensee", u"Ostsee", u"Mainufer", u"Isartal", u"Spreewald", u"Harzer", u"Eifel", u"Taunus",
    u"Lindenhof", u"Falkenstein", u"Adlerwerk", u"Silberpfeil", u"Grünwerk", u"Löwenzahn", u"Kranich", u"Fuchsbau",
    u"Mühlbach", u"Bärenstark", u"Südstern", u"Hansa", u"Nordlicht", u"Weißdorn", u"Rotbuche"};
constexpr QStringView s_brandPrefixes[] = {u"Data", u"Net", u"Info", u"Med", u"Solar", u"Tele", u"Inno", u"Digi",
    u"Omni", u"Terra", u"Agro", u"Bio", u"Nova", u"Aqua", u"Log", u"Pro"};
constexpr QStringView s_brandSuffixes[] = {u"tec", u"soft", u"logic", u"vision", u"systems", u"com", u"line", u"plan",
    u"werk", u"form", u"nova", u"sys", u"tronic", u"mind"};

constexpr QStringView s_tags[] = {u"Kunde", u"Interessent", u"Messe 2025", u"Newsletter", u"VIP", u"Partner"};
constexpr QStringView s_sources[] = {u"Website", u"Messe", u"Empfehlung", u"Import"};
constexpr QStringView s_contactTypes[] = {u"Lead", u"Customer", u"Partner", u"Supplier", u"Other"};
constexpr QStringView s_descriptions[] = {u"Kennengelernt auf der Hannover Messe 2025, Halle 7.",
    u"Bevorzugt Kontakt per E-Mail, telefonisch nur vormittags erreichbar.",
    u"Ansprechpartner für den Rahmenvertrag 2026.",
    u"Hat Interesse an der Premium-Wartung; Angebot bis Ende des Quartals schicken.", u"Spricht Deutsch und Englisch.",
    u"Jahresgespräch im Herbst einplanen.", u"Newsletter-Anmeldung über die Website.",
    u"Rückruf erbeten wegen Lieferverzug der letzten Bestellung.", u"Empfohlen von einem Bestandskunden aus München.",
    u"Zahlt zuverlässig, Skonto wird genutzt.", u"Entscheidet gemeinsam mit dem Einkauf; Budgetfreigabe im Januar.",
    u"Met at the trade fair; prefers English."};

constexpr QStringView s_mailDE[] = {u"gmx.de", u"web.de", u"t-online.de", u"gmail.com", u"outlook.de", u"posteo.de",
    u"freenet.de", u"icloud.com", u"yahoo.de", u"mail.de"};
constexpr QStringView s_mailAT[] = {u"gmx.at", u"aon.at", u"gmail.com", u"chello.at"};
constexpr QStringView s_mailCH[] = {u"bluewin.ch", u"gmx.ch", u"gmail.com", u"sunrise.ch"};
constexpr QStringView s_mailIntl[]
    = {u"gmail.com", u"outlook.com", u"yahoo.com", u"hotmail.com", u"icloud.com", u"proton.me"};
constexpr QStringView s_mailFR[] = {u"orange.fr", u"free.fr", u"gmail.com", u"laposte.net"};
constexpr QStringView s_mailIT[] = {u"libero.it", u"gmail.com", u"virgilio.it"};
constexpr QStringView s_mailPL[] = {u"wp.pl", u"onet.pl", u"gmail.com", u"interia.pl"};
constexpr QStringView s_mailTR[] = {u"gmail.com", u"hotmail.com", u"yandex.com.tr"};
// clang-format on
} // namespace

std::span<const DemoNames::Origin> DemoNames::origins()
{
    return s_origins;
}

std::span<const DemoNames::Job> DemoNames::germanJobs()
{
    return s_germanJobs;
}

std::span<const DemoNames::Job> DemoNames::englishJobs()
{
    return s_englishJobs;
}

std::span<const DemoNames::LegalForm> DemoNames::legalForms(QStringView country)
{
    if (country == u"AT") {
        return s_formsAT;
    }
    if (country == u"CH") {
        return s_formsCH;
    }
    if (country == u"GB") {
        return s_formsGB;
    }
    if (country == u"US") {
        return s_formsUS;
    }
    if (country == u"FR") {
        return s_formsFR;
    }
    if (country == u"ES") {
        return s_formsES;
    }
    if (country == u"IT") {
        return s_formsIT;
    }
    if (country == u"NL") {
        return s_formsNL;
    }
    if (country == u"PL") {
        return s_formsPL;
    }
    if (country == u"TR") {
        return s_formsTR;
    }
    return s_formsDE;
}

std::span<const QStringView> DemoNames::trades(QStringView country)
{
    if (country == u"DE" || country == u"AT" || country == u"CH") {
        return s_tradesDE;
    }
    if (country == u"FR") {
        return s_tradesFR;
    }
    if (country == u"ES") {
        return s_tradesES;
    }
    if (country == u"IT") {
        return s_tradesIT;
    }
    if (country == u"NL") {
        return s_tradesNL;
    }
    if (country == u"PL") {
        return s_tradesPL;
    }
    if (country == u"TR") {
        return s_tradesTR;
    }
    return s_tradesEN;
}

bool DemoNames::tradeFirst(QStringView country)
{
    return country == u"FR" || country == u"ES";
}

std::span<const QStringView> DemoNames::germanNameStems()
{
    return s_stems;
}

std::span<const QStringView> DemoNames::brandPrefixes()
{
    return s_brandPrefixes;
}

std::span<const QStringView> DemoNames::brandSuffixes()
{
    return s_brandSuffixes;
}

std::span<const QStringView> DemoNames::tags()
{
    return s_tags;
}

std::span<const QStringView> DemoNames::sources()
{
    return s_sources;
}

std::span<const QStringView> DemoNames::contactTypes()
{
    return s_contactTypes;
}

std::span<const QStringView> DemoNames::descriptions()
{
    return s_descriptions;
}

std::span<const QStringView> DemoNames::freeMailDomains(QStringView country)
{
    if (country == u"DE") {
        return s_mailDE;
    }
    if (country == u"AT") {
        return s_mailAT;
    }
    if (country == u"CH") {
        return s_mailCH;
    }
    if (country == u"FR") {
        return s_mailFR;
    }
    if (country == u"IT") {
        return s_mailIT;
    }
    if (country == u"PL") {
        return s_mailPL;
    }
    if (country == u"TR") {
        return s_mailTR;
    }
    return s_mailIntl;
}

} // namespace Kontor
