#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

class QStringDecoder;

namespace Kontor {

// Decodes a byte stream block by block in one encoding (a multi-byte sequence split between blocks is kept for
// the next block). Qt decodes UTF-8/16/32 itself and legacy code pages through ICU on Debian; Qt builds without
// ICU (some Windows and macOS packages) know none of them, so windows-1252, ISO-8859-1, ISO-8859-15 and Mac
// Roman - the encodings of Western contact exports - also have built-in tables, used when Qt refuses the name.
// Bytes that are not valid in the encoding become U+FFFD; decoding never fails.
class TextDecoder
{
public:
    // `encoding` is any name QStringDecoder accepts or one of the table encodings' aliases ("cp1252",
    // "latin1", "macroman", ...). `tableOnly` forces the built-in table (tests of the no-ICU path).
    explicit TextDecoder(const QString &encoding, bool tableOnly = false);
    ~TextDecoder();
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;

    bool isValid() const;
    QString decode(QByteArrayView bytes);

    // The name Kontor stores for an encoding: aliases of the table encodings become "windows-1252",
    // "ISO-8859-15" and "macintosh" (ISO-8859-1 is read as its superset windows-1252, as browsers do: the C1
    // control codes it differs in never occur in real text); other names are returned unchanged.
    static QString canonicalName(const QString &encoding);
    // Whether `encoding` can be decoded in this build (by Qt or by a built-in table).
    static bool isSupported(const QString &encoding);

private:
    std::unique_ptr<QStringDecoder> m_decoder;
    const char16_t *m_table = nullptr; // 128 code points for the bytes 0x80..0xFF
};

} // namespace Kontor
