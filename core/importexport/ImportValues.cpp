#include "ImportValues.h"

#include "CountryCodes.h"
#include "HeaderSynonyms.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QSet<QString> foldedSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> out;
    for (const char16_t *w : words) {
        out.insert(HeaderSynonyms::fold(QString::fromUtf16(w)));
    }
    return out;
}

bool isIn(const QString &text, const QSet<QString> &set)
{
    return set.contains(HeaderSynonyms::fold(text));
}

const QSet<QString> &yesWords()
{
    static const QSet<QString> s = foldedSet(
        {u"ja", u"j", u"yes", u"y", u"x", u"1", u"true", u"wahr", u"on", u"an", u"✓", u"✔", u"☑", u"checked"});
    return s;
}

const QSet<QString> &noWords()
{
    // "-" and "–" fold to nothing, as does an empty cell.
    static const QSet<QString> s
        = foldedSet({u"", u"nein", u"n", u"no", u"0", u"false", u"falsch", u"off", u"aus", u"none", u"keine"});
    return s;
}

} // namespace

bool ImportValues::parseYesNo(const QString &text, bool *out)
{
    if (isIn(text, yesWords())) {
        *out = true;
        return true;
    }
    if (isIn(text, noWords())) {
        *out = false;
        return true;
    }
    return false;
}

bool ImportValues::parseKind(const QString &text, ContactKind *out)
{
    static const QSet<QString> persons
        = foldedSet({u"person", u"personen", u"people", u"contact", u"kontakt", u"individual", u"privatperson"});
    static const QSet<QString> companies = foldedSet({u"company",
        u"companies",
        u"firma",
        u"firmen",
        u"unternehmen",
        u"organization",
        u"organisation",
        u"org",
        u"business",
        u"account"});
    if (isIn(text, persons)) {
        *out = ContactKind::Person;
        return true;
    }
    if (isIn(text, companies)) {
        *out = ContactKind::Company;
        return true;
    }
    return false;
}

bool ImportValues::parseDnd(const QString &text, DndChannels *out)
{
    static const QSet<QString> all = foldedSet({u"all", u"alle", u"alles", u"everything"});
    static const QSet<QString> email = foldedSet({u"email", u"emails", u"mail"});
    static const QSet<QString> sms = foldedSet({u"sms", u"text", u"texts"});
    static const QSet<QString> calls
        = foldedSet({u"calls", u"call", u"anruf", u"anrufe", u"telefon", u"phone", u"anrufen"});
    static const QSet<QString> whatsapp = foldedSet({u"whatsapp"});
    static const QSet<QString> joiners = foldedSet({u"und", u"and"});
    bool yes = false;
    if (parseYesNo(text, &yes)) {
        *out = yes ? DndChannels(DndChannel::All) : DndChannels();
        return true;
    }
    static const QRegularExpression separators(u"[,;/+&|\\s]+"_s);
    DndChannels channels;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (isIn(word, all)) {
            channels |= DndChannel::All;
        } else if (isIn(word, email)) {
            channels |= DndChannel::Email;
        } else if (isIn(word, sms)) {
            channels |= DndChannel::Sms;
        } else if (isIn(word, calls)) {
            channels |= DndChannel::Calls;
        } else if (isIn(word, whatsapp)) {
            channels |= DndChannel::WhatsApp;
        } else if (!isIn(word, joiners)) {
            return false;
        }
    }
    *out = channels;
    return true;
}

QString ImportValues::labelKey(const QString &text)
{
    static const QSet<QString> work = foldedSet({u"work",
        u"business",
        u"office",
        u"job",
        u"geschäftlich",
        u"dienstlich",
        u"büro",
        u"arbeit",
        u"firma",
        u"company",
        u"work email",
        u"work phone"});
    static const QSet<QString> home = foldedSet({u"home", u"privat", u"private", u"personal", u"zuhause", u"zu hause"});
    static const QSet<QString> mobile
        = foldedSet({u"mobile", u"mobil", u"handy", u"cell", u"cellular", u"mobiltelefon", u"mobile phone"});
    static const QSet<QString> other
        = foldedSet({u"other", u"andere", u"anderes", u"sonstige", u"sonstiges", u"weitere", u"weiteres", u"weitere"});
    QString t = text.simplified();
    // Google marks the preferred value's label with "* ".
    if (t.startsWith(u"* "_s)) {
        t = t.mid(2).trimmed();
    }
    if (isIn(t, work)) {
        return u"work"_s;
    }
    if (isIn(t, home)) {
        return u"home"_s;
    }
    if (isIn(t, mobile)) {
        return u"mobile"_s;
    }
    if (isIn(t, other)) {
        return u"other"_s;
    }
    return t;
}

QString ImportValues::countryCode(const QString &text)
{
    return CountryCodes::fromName(text);
}

PostalAddress ImportValues::parseAddress(const QString &cell)
{
    QStringList lines;
    for (const QString &line : cell.split(QRegularExpression(u"\\r\\n|\\r|\\n"_s))) {
        if (!line.trimmed().isEmpty()) {
            lines << line.simplified();
        }
    }
    if (lines.size() == 1) {
        // "Hauptstr. 5, 10115 Berlin, Deutschland"
        lines = lines.first().split(u',', Qt::SkipEmptyParts);
        for (QString &l : lines) {
            l = l.simplified();
        }
        // "Mainstreet 1, Springfield, IL 62701": rejoin city and "ST 12345" into one line.
        static const QRegularExpression stateZip(u"^[A-Z]{2}\\s+\\d{5}(-\\d{4})?$"_s);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (stateZip.match(lines.at(i)).hasMatch()) {
                lines[i - 1] += u", "_s + lines.at(i);
                lines.removeAt(i);
                break;
            }
        }
    }
    PostalAddress a;
    if (lines.size() > 1 && !lines.last().contains(QRegularExpression(u"\\d"_s))) {
        if (const QString code = countryCode(lines.last()); !code.isEmpty()) {
            a.country = code;
            lines.removeLast();
        }
    }
    static const QRegularExpression europe(u"^(?:([A-Z]{1,2})-)?(\\d{4,5})\\s+(.+)$"_s);
    static const QRegularExpression us(u"^(.+?),?\\s+([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)$"_s);
    if (!lines.isEmpty()) {
        const QString last = lines.last();
        if (const auto m = europe.match(last); m.hasMatch()) {
            a.postalCode = m.captured(2);
            a.city = m.captured(3);
            if (a.country.isEmpty() && !m.captured(1).isEmpty()) {
                // "D-10115 Berlin", "A-1010 Wien", "CH-8001 Zürich": the old car-plate prefixes.
                static const QHash<QString, QString> plates = {{u"D"_s, u"DE"_s},
                    {u"A"_s, u"AT"_s},
                    {u"CH"_s, u"CH"_s},
                    {u"F"_s, u"FR"_s},
                    {u"I"_s, u"IT"_s},
                    {u"NL"_s, u"NL"_s},
                    {u"B"_s, u"BE"_s},
                    {u"L"_s, u"LU"_s}};
                a.country = plates.value(m.captured(1));
            }
            lines.removeLast();
        } else if (const auto u = us.match(last); u.hasMatch()) {
            a.city = u.captured(1);
            a.region = u.captured(2);
            a.postalCode = u.captured(3);
            lines.removeLast();
        } else if (lines.size() > 1) {
            a.city = last;
            lines.removeLast();
        }
    }
    a.street = lines.join(u", "_s);
    return a;
}

QString ImportValues::stripFormulaGuard(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == u'\'') {
        const QChar next = cell.at(1);
        if (next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' || next == u'\r') {
            return cell.mid(1);
        }
    }
    return cell;
}

} // namespace Kontor
