#include "CompanyNames.h"

#include <QStringList>

#include <algorithm>
#include <vector>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// Lower case, accents and umlauts folded (ä and ae -> a, ß -> ss), dots dropped ("G.m.b.H." -> gmbh, "e.K." -> ek),
// every run of other characters one space.
QStringList foldedWords(const QString &name)
{
    QString lower = name.toCaseFolded();
    lower.replace(u"ß"_s, u"ss"_s);
    const QString decomposed = lower.normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString word;
    auto flush = [&words, &word]() {
        if (!word.isEmpty()) {
            word.replace(u"ae"_s, u"a"_s).replace(u"oe"_s, u"o"_s).replace(u"ue"_s, u"u"_s);
            words << word;
            word.clear();
        }
    };
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (c != u'.' && c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing) {
            flush();
        }
    }
    flush();
    return words;
}

// Legal forms as the words foldedWords() makes of them ("S.à r.l." -> sa rl), longest first so that
// "GmbH & Co. KG" goes as a whole rather than leaving "GmbH & Co.".
const std::vector<QStringList> &legalForms()
{
    static const std::vector<QStringList> s_forms = [] {
        const char16_t *forms[] = {u"gmbh co kgaa",
            u"gmbh co kg",
            u"gmbh und co kg",
            u"gmbh co ohg",
            u"ag co kg",
            u"ag co kgaa",
            u"ug haftungsbeschrankt co kg",
            u"ug haftungsbeschrankt",
            u"gmbh",
            u"ggmbh",
            u"mbh",
            u"ag",
            u"kg",
            u"kgaa",
            u"ohg",
            u"gbr",
            u"ug",
            u"ek",
            u"e k",
            u"ekfm",
            u"ekfr",
            u"ev",
            u"e v",
            u"eg",
            u"se",
            u"partg",
            u"partg mbb",
            u"ltd",
            u"limited",
            u"llc",
            u"llp",
            u"inc",
            u"incorporated",
            u"corp",
            u"corporation",
            u"co",
            u"plc",
            u"sa",
            u"s a",
            u"sarl",
            u"sa rl",
            u"srl",
            u"spa",
            u"bv",
            u"nv",
            u"ab",
            u"oy",
            u"aps",
            u"as",
            u"sas",
            u"sl"};
        std::vector<QStringList> out;
        for (const char16_t *f : forms) {
            out.push_back(QString::fromUtf16(f).split(u' '));
        }
        std::stable_sort(
            out.begin(), out.end(), [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
        return out;
    }();
    return s_forms;
}

bool endsWith(const QStringList &words, const QStringList &suffix)
{
    if (suffix.size() > words.size()) {
        return false;
    }
    return std::equal(suffix.begin(), suffix.end(), words.end() - suffix.size());
}

} // namespace

QString CompanyNames::matchKey(const QString &name)
{
    const QStringList words = foldedWords(name);
    // "Müller GmbH & Co. KG" and "Müller Ltd. & Co" shed one form after another. A name that is nothing but
    // legal forms ("AG", "GmbH & Co. KG") keeps them all.
    auto strip = [](QStringList w, bool toNothing) {
        bool stripped = true;
        while (stripped && !w.isEmpty()) {
            stripped = false;
            for (const QStringList &form : legalForms()) {
                if ((toNothing ? w.size() >= form.size() : w.size() > form.size()) && endsWith(w, form)) {
                    w.resize(w.size() - form.size());
                    stripped = true;
                    break;
                }
            }
        }
        return w;
    };
    const QStringList kept = strip(words, true).isEmpty() ? words : strip(words, false);
    // Spacing and hyphens do not tell companies apart: "Müller-Lüdenscheidt" = "Müller Lüdenscheidt".
    return kept.join(QString());
}

} // namespace Kontor
