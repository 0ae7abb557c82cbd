#include "EncodingDetector.h"

#include "TextDecoder.h"

#include <array>
#include <uchardet/uchardet.h>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

// UTF-16 without a byte-order mark: in Latin text one byte of nearly every pair is zero. Returns the
// encoding name or an empty string.
QString guessBomlessUtf16(QByteArrayView head)
{
    const qsizetype n = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    if (n < 4) {
        return {};
    }
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += head[i] == 0 ? 1 : 0;
        oddZeros += head[i + 1] == 0 ? 1 : 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) {
        return u"UTF-16LE"_s;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs) {
        return u"UTF-16BE"_s;
    }
    return {};
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isCasedLetter(QChar c)
{
    const auto category = c.category();
    return category == QChar::Letter_Lowercase || category == QChar::Letter_Uppercase;
}

// How plausible the non-ASCII characters of a decoded Latin text are: accented letters of Latin-1 score high,
// other cased letters less, the euro sign a little; symbols wedged between two letters ("M†ller") and C1
// control codes count against the encoding.
int westernScore(const QString &text)
{
    int score = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80) {
            continue;
        }
        if (u < 0xA0) {
            score -= 3;
        } else if (u >= 0xC0 && u <= 0xFF && u != 0xD7 && u != 0xF7) {
            score += 2;
        } else if (isCasedLetter(c)) {
            score += 1;
        } else if (u == 0x20AC) {
            score += 1;
        } else {
            const bool letterBefore = i > 0 && text.at(i - 1).isLetter();
            const bool letterAfter = i + 1 < text.size() && text.at(i + 1).isLetter();
            if (letterBefore && letterAfter) {
                score -= 2;
            }
        }
    }
    return score;
}

// uchardet's verdicts that mean "some Latin script": these are decided by westernScore() instead.
bool isLatinGuess(const QString &charset)
{
    static const std::array<const char16_t *, 18> latin = {u"ISO-8859-1",
        u"ISO-8859-2",
        u"ISO-8859-3",
        u"ISO-8859-4",
        u"ISO-8859-9",
        u"ISO-8859-10",
        u"ISO-8859-13",
        u"ISO-8859-14",
        u"ISO-8859-15",
        u"ISO-8859-16",
        u"WINDOWS-1250",
        u"WINDOWS-1252",
        u"WINDOWS-1254",
        u"WINDOWS-1257",
        u"MAC-CENTRALEUROPE",
        u"MACINTOSH",
        u"ASCII",
        u"IBM852"};
    if (charset.isEmpty()) {
        return true;
    }
    for (const char16_t *name : latin) {
        if (charset.compare(QStringView(name), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// A non-Latin verdict is believed only if its letters stand among each other, not inside Latin words: a
// German "Müller" read as Cyrillic puts one Cyrillic letter between ASCII letters.
bool looksLikeOwnScript(const QString &text)
{
    qsizetype nonAscii = 0;
    qsizetype insideLatin = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() < 0x80) {
            continue;
        }
        ++nonAscii;
        const bool before = i > 0 && isAsciiLetter(text.at(i - 1).unicode());
        const bool after = i + 1 < text.size() && isAsciiLetter(text.at(i + 1).unicode());
        if (before || after) {
            ++insideLatin;
        }
    }
    return nonAscii > 0 && insideLatin * 2 < nonAscii;
}

QString uchardetGuess(QByteArrayView bytes)
{
    uchardet_t detector = uchardet_new();
    if (!detector) {
        return {};
    }
    QString charset;
    if (uchardet_handle_data(detector, bytes.data(), size_t(bytes.size())) == 0) {
        uchardet_data_end(detector);
        charset = QString::fromLatin1(uchardet_get_charset(detector));
    }
    uchardet_delete(detector);
    return charset;
}

} // namespace

int EncodingDetector::byteOrderMark(QByteArrayView head, QString *encoding)
{
    auto starts = [&](std::initializer_list<unsigned char> bytes) {
        if (head.size() < qsizetype(bytes.size())) {
            return false;
        }
        qsizetype i = 0;
        for (unsigned char b : bytes) {
            if (static_cast<unsigned char>(head[i++]) != b) {
                return false;
            }
        }
        return true;
    };
    struct Mark
    {
        std::initializer_list<unsigned char> bytes;
        const char16_t *name;
    };
    // UTF-32 LE before UTF-16 LE: its mark begins with UTF-16 LE's.
    const Mark marks[] = {{{0xEF, 0xBB, 0xBF}, u"UTF-8"},
        {{0xFF, 0xFE, 0x00, 0x00}, u"UTF-32LE"},
        {{0x00, 0x00, 0xFE, 0xFF}, u"UTF-32BE"},
        {{0xFF, 0xFE}, u"UTF-16LE"},
        {{0xFE, 0xFF}, u"UTF-16BE"}};
    for (const Mark &mark : marks) {
        if (starts(mark.bytes)) {
            if (encoding) {
                *encoding = QString::fromUtf16(mark.name);
            }
            return int(mark.bytes.size());
        }
    }
    return 0;
}

bool EncodingDetector::isValidUtf8(QByteArrayView bytes, bool complete)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + length > n) {
            // A sequence cut by the end of the sample: fine unless the sample is the whole file.
            for (qsizetype j = i + 1; j < n; ++j) {
                if ((static_cast<unsigned char>(bytes[j]) & 0xC0) != 0x80) {
                    return false;
                }
            }
            return !complete;
        }
        char32_t code = c & (0xFF >> (length + 1));
        for (int j = 1; j < length; ++j) {
            const auto cont = static_cast<unsigned char>(bytes[i + j]);
            if ((cont & 0xC0) != 0x80) {
                return false;
            }
            code = (code << 6) | (cont & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return false;
        }
        i += length;
    }
    return true;
}

QString EncodingDetector::guessWestern(QByteArrayView bytes)
{
    // In order of preference on a tie.
    static const std::array<const char16_t *, 3> candidates = {u"windows-1252", u"ISO-8859-15", u"macintosh"};
    QString best;
    int bestScore = 0;
    for (const char16_t *candidate : candidates) {
        const QString name = QString::fromUtf16(candidate);
        TextDecoder decoder(name, true);
        const int score = westernScore(decoder.decode(bytes));
        if (best.isEmpty() || score > bestScore) {
            best = name;
            bestScore = score;
        }
    }
    return best;
}

DetectedEncoding EncodingDetector::detect(QByteArrayView head, bool complete)
{
    DetectedEncoding result;
    result.bomLength = byteOrderMark(head, &result.name);
    if (result.bomLength > 0) {
        return result;
    }
    if (const QString utf16 = guessBomlessUtf16(head); !utf16.isEmpty()) {
        result.name = utf16;
        return result;
    }
    if (isValidUtf8(head, complete)) {
        result.name = u"UTF-8"_s;
        return result;
    }
    const QString charset = uchardetGuess(head);
    if (!isLatinGuess(charset)) {
        TextDecoder decoder(charset);
        if (decoder.isValid() && looksLikeOwnScript(decoder.decode(head))) {
            result.name = TextDecoder::canonicalName(charset);
            return result;
        }
    }
    result.name = guessWestern(head);
    return result;
}

bool EncodingDetector::looksBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0) {
            return true;
        }
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') {
            ++controls;
        }
    }
    // A stray control character (an old export's 0x1A end-of-file mark) is not binary; many are.
    return controls > 8 && controls * 50 > text.size();
}

} // namespace Kontor
