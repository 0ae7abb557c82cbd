#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace Kontor {

// What EncodingDetector found at the start of a file: a name TextDecoder accepts and the length of the
// byte-order mark to skip (0 without one).
struct DetectedEncoding
{
    QString name;
    int bomLength = 0;
};

// Guesses the encoding of a text file from its first bytes. The order matters: a byte-order mark is certain;
// valid UTF-8 with any non-ASCII byte is almost never anything else; UTF-16 without a mark shows as every
// other byte being zero. Only then is it a legacy code page, where uchardet is a poor judge on its own
// (0.0.7 calls windows-1252 "ISO-8859-1", short German text "ISO-8859-3" and Mac Roman "WINDOWS-1250"):
// it only decides whether the text is in a non-Latin script (Cyrillic, Greek, CJK ...); Latin text is scored
// as windows-1252, ISO-8859-15 and Mac Roman by how many of its non-ASCII bytes become plausible letters.
class EncodingDetector
{
public:
    // `head` is the start of the file (64 KiB are plenty); `complete` says it is the whole file, so that a
    // multi-byte sequence cut at its end is a sign against UTF-8 rather than an artefact of the cut.
    static DetectedEncoding detect(QByteArrayView head, bool complete);

    // The encoding named by a byte-order mark at the start of `head` and the mark's length; 0 without one.
    static int byteOrderMark(QByteArrayView head, QString *encoding);
    static bool isValidUtf8(QByteArrayView bytes, bool complete);
    // Among windows-1252, ISO-8859-15 and macintosh: the one that turns the non-ASCII bytes into the most
    // plausible letters. windows-1252 when in doubt (and for pure ASCII).
    static QString guessWestern(QByteArrayView bytes);

    // Whether decoded text is binary data rather than text: a NUL character, or more than a few control
    // characters other than tab, line feed, carriage return and form feed.
    static bool looksBinary(QStringView text);
};

} // namespace Kontor
