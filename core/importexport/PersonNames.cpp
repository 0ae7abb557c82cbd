#include "PersonNames.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// Words compare in lower case without dots: "Dipl.-Ing." -> "dipl-ing", "Dr." -> "dr".
QString bare(const QString &word)
{
    QString w = word.toLower();
    w.remove(u'.');
    return w;
}

// The salutation as Kontor stores it: abbreviations written out, others as typed.
QString salutationOf(const QString &word)
{
    static const QHash<QString, QString> salutations = {
        {u"herr"_s, u"Herr"_s},
        {u"herrn"_s, u"Herr"_s},
        {u"hr"_s, u"Herr"_s},
        {u"frau"_s, u"Frau"_s},
        {u"fr"_s, u"Frau"_s},
        {u"mr"_s, {}},
        {u"mrs"_s, {}},
        {u"ms"_s, {}},
        {u"miss"_s, {}},
        {u"mx"_s, {}},
        {u"sir"_s, {}},
    };
    const auto it = salutations.constFind(bare(word));
    if (it == salutations.constEnd()) {
        return {};
    }
    return it->isEmpty() ? word : *it;
}

bool isTitle(const QString &word)
{
    static const QSet<QString> titles = {u"dr"_s,
        u"prof"_s,
        u"professor"_s,
        u"dr-ing"_s,
        u"drmed"_s,
        u"mag"_s,
        u"ing"_s,
        u"di"_s,
        u"dkfm"_s,
        u"priv-doz"_s,
        u"pd"_s,
        u"univ-prof"_s,
        u"apl"_s,
        u"hon-prof"_s};
    const QString b = bare(word);
    return titles.contains(b) || b.startsWith(u"dipl-"_s) || b.startsWith(u"dr-"_s);
}

// "med." after "Dr.": only with its dot, so that a first name "Nat" is not taken for "nat.".
bool isTitleFollower(const QString &word)
{
    static const QSet<QString> followers = {u"med"_s,
        u"dent"_s,
        u"vet"_s,
        u"rer"_s,
        u"nat"_s,
        u"pol"_s,
        u"soc"_s,
        u"oec"_s,
        u"jur"_s,
        u"phil"_s,
        u"theol"_s,
        u"habil"_s,
        u"sc"_s,
        u"techn"_s,
        u"hc"_s,
        u"mult"_s,
        u"ing"_s,
        u"univ"_s};
    return word.endsWith(u'.') && followers.contains(bare(word));
}

bool isParticle(const QString &word)
{
    static const QSet<QString> particles = {u"von"_s,
        u"vom"_s,
        u"van"_s,
        u"de"_s,
        u"der"_s,
        u"den"_s,
        u"del"_s,
        u"della"_s,
        u"di"_s,
        u"da"_s,
        u"du"_s,
        u"dos"_s,
        u"das"_s,
        u"zu"_s,
        u"zum"_s,
        u"zur"_s,
        u"ten"_s,
        u"ter"_s,
        u"le"_s,
        u"la"_s,
        u"al"_s,
        u"el"_s,
        u"bin"_s,
        u"ibn"_s,
        u"mac"_s,
        u"st"_s};
    return particles.contains(word.toLower());
}

bool isSuffix(const QString &word)
{
    static const QSet<QString> suffixes
        = {u"jr"_s, u"sr"_s, u"ii"_s, u"iii"_s, u"iv"_s, u"mba"_s, u"phd"_s, u"msc"_s, u"bsc"_s, u"ma"_s, u"ba"_s};
    return suffixes.contains(bare(word));
}

// Takes salutations and titles off the front of `words`.
void takePrefix(QStringList &words, QString *salutation, QStringList *titles)
{
    while (!words.isEmpty()) {
        const QString &w = words.first();
        if (const QString s = salutationOf(w); !s.isEmpty()) {
            *salutation = s;
        } else if (isTitle(w) || (!titles->isEmpty() && isTitleFollower(w))) {
            *titles << w;
        } else {
            break;
        }
        words.removeFirst();
    }
}

} // namespace

void PersonNames::split(const QString &fullName, Contact &c)
{
    const QString text = fullName.simplified();
    if (text.isEmpty()) {
        return;
    }
    QString salutation;
    QStringList titles;
    QString first;
    QString middle;
    QString last;
    const qsizetype comma = text.indexOf(u',');
    if (comma > 0) {
        // "Müller, Anna Maria", "von Müller, Dr. Anna"
        QStringList lastWords = text.left(comma).split(u' ', Qt::SkipEmptyParts);
        takePrefix(lastWords, &salutation, &titles);
        last = lastWords.join(u' ');
        QStringList rest = text.mid(comma + 1).split(u' ', Qt::SkipEmptyParts);
        rest.removeAll(u","_s);
        takePrefix(rest, &salutation, &titles);
        if (!rest.isEmpty()) {
            first = rest.takeFirst();
            middle = rest.join(u' ');
        }
    } else {
        QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        takePrefix(words, &salutation, &titles);
        if (words.size() == 1) {
            (salutation.isEmpty() && titles.isEmpty() ? first : last) = words.first();
        } else if (words.size() > 1) {
            qsizetype lastStart = words.size() - 1;
            // "Smith Jr." keeps its suffix.
            while (lastStart > 1 && isSuffix(words.at(lastStart))) {
                --lastStart;
            }
            for (qsizetype i = 1; i < lastStart; ++i) {
                if (isParticle(words.at(i))) {
                    lastStart = i;
                    break;
                }
            }
            first = words.first();
            middle = words.mid(1, lastStart - 1).join(u' ');
            last = words.mid(lastStart).join(u' ');
        }
    }
    if (!salutation.isEmpty()) {
        c.salutation = salutation;
    }
    if (!titles.isEmpty()) {
        c.title = titles.join(u' ');
    }
    if (!first.isEmpty()) {
        c.firstName = first;
    }
    if (!middle.isEmpty()) {
        c.middleName = middle;
    }
    if (!last.isEmpty()) {
        c.lastName = last;
    }
}

bool PersonNames::splitPrefix(const QString &cell, QString *salutation, QString *title)
{
    QStringList words = cell.simplified().split(u' ', Qt::SkipEmptyParts);
    QString s;
    QStringList titles;
    takePrefix(words, &s, &titles);
    if (!words.isEmpty()) {
        return false;
    }
    *salutation = s;
    *title = titles.join(u' ');
    return true;
}

} // namespace Kontor
