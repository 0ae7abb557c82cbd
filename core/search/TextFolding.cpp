#include "TextFolding.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
QString stripDiacritics(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing) {
            continue;
        }
        out.append(c);
    }
    return out;
}

QString expandUmlauts(const QString &lower)
{
    QString out;
    out.reserve(lower.size() + 4);
    for (const QChar c : lower) {
        switch (c.unicode()) {
        case 0x00E4: // ä
            out += u"ae"_s;
            break;
        case 0x00F6: // ö
            out += u"oe"_s;
            break;
        case 0x00FC: // ü
            out += u"ue"_s;
            break;
        case 0x00DF: // ß
            out += u"ss"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}
} // namespace

QString TextFolding::sortKey(const QString &text)
{
    QString folded = stripDiacritics(text.toCaseFolded());
    folded.replace(u"ß"_s, u"ss"_s);
    return folded.simplified();
}

QStringList TextFolding::searchVariants(const QString &word)
{
    const QString lower = word.toLower();
    QStringList out;
    const QString expanded = expandUmlauts(lower);
    if (expanded != lower) {
        out << expanded;
    }
    // "Mueller" written with ue is found by "müller" and "muller" too.
    if (lower.contains(u"ae"_s) || lower.contains(u"oe"_s) || lower.contains(u"ue"_s)) {
        QString contracted = lower;
        contracted.replace(u"ae"_s, u"a"_s).replace(u"oe"_s, u"o"_s).replace(u"ue"_s, u"u"_s);
        out << contracted;
    }
    if (lower.contains(u'ß')) {
        QString ss = lower;
        out << ss.replace(u"ß"_s, u"ss"_s);
    }
    out.removeDuplicates();
    return out;
}

QStringList TextFolding::words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        out << current;
    }
    return out;
}

} // namespace Kontor
