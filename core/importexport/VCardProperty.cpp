#include "VCardProperty.h"

#include <QHash>
#include <QStringDecoder>

#include <memory>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size() && hexValue(in.at(i + 1)) >= 0 && hexValue(in.at(i + 2)) >= 0) {
            out.append(static_cast<char>(hexValue(in.at(i + 1)) * 16 + hexValue(in.at(i + 2))));
            i += 2;
        } else if (c == '=' && i + 1 == in.size()) {
            // A trailing soft line break that the reader has already joined.
        } else {
            out.append(c); // a stray '=' stays: lenient, as mail readers are
        }
    }
    return out;
}

QByteArray withoutWhitespace(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (const char c : in) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            out.append(c);
        }
    }
    return out;
}

QString normalizeLineBreaks(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

// Constructing an ICU converter per value is slow for 100k cards: one stateless decoder per charset.
QString decodeWith(const QByteArray &charset, const QByteArray &bytes)
{
    thread_local QHash<QByteArray, std::shared_ptr<QStringDecoder>> cache;
    auto it = cache.find(charset);
    if (it == cache.end()) {
        auto decoder = std::make_shared<QStringDecoder>(charset.constData(), QStringConverter::Flag::Stateless);
        it = cache.insert(charset, decoder->isValid() ? decoder : nullptr);
    }
    if (!*it) {
        return {};
    }
    return (*it)->decode(bytes);
}

QString decodeCharset(const QByteArray &bytes, QByteArray charset)
{
    charset = charset.trimmed().toLower();
    // ISO-8859-1 labels are Windows-1252 in practice (Outlook writes € and „“ with them).
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "latin-1" || charset == "cp1252") {
        charset = "windows-1252";
    }
    if (!charset.isEmpty() && charset != "utf-8" && charset != "utf8") {
        const QString s = decodeWith(charset, bytes);
        if (!s.isEmpty() || bytes.isEmpty()) {
            return s;
        }
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString s = utf8.decode(bytes);
    if (!utf8.hasError()) {
        return s;
    }
    // Not UTF-8 and no usable CHARSET: Windows-1252 (Outlook), or Latin-1 where Qt was built without ICU.
    s = decodeWith("windows-1252", bytes);
    return s.isEmpty() ? QString::fromLatin1(bytes) : s;
}
} // namespace

qsizetype VCardProperty::valueStart(const QByteArray &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ':' && !quoted) {
            return i;
        }
    }
    return -1;
}

bool VCardProperty::parse(const QByteArray &line, int lineNo, VCardProperty *out)
{
    const qsizetype colon = valueStart(line);
    if (colon <= 0) {
        return false;
    }
    *out = VCardProperty{};
    out->line = lineNo;
    out->value = line.mid(colon + 1);

    // Parameters: split at ';' outside quotes.
    QList<QByteArray> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= colon; ++i) {
        const char c = i < colon ? line.at(i) : ';';
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ';' && !quoted) {
            parts << line.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    const QByteArray fullName = parts.takeFirst();
    const qsizetype dot = fullName.lastIndexOf('.');
    out->group = dot >= 0 ? fullName.left(dot).toLower() : QByteArray();
    out->name = fullName.mid(dot + 1).toUpper();
    if (out->name.isEmpty()) {
        return false;
    }
    for (const QByteArray &part : std::as_const(parts)) {
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype eq = part.indexOf('=');
        QByteArray key = eq >= 0 ? part.left(eq).trimmed().toUpper() : QByteArray();
        QByteArray value = eq >= 0 ? part.mid(eq + 1).trimmed() : part;
        if (key.isEmpty()) {
            // vCard 2.1 writes bare parameters: "TEL;WORK;VOICE", "NOTE;QUOTED-PRINTABLE", "PHOTO;BASE64".
            const QByteArray upper = value.toUpper();
            key = (upper == "QUOTED-PRINTABLE" || upper == "BASE64" || upper == "B" || upper == "8BIT"
                      || upper == "7BIT")
                ? QByteArray("ENCODING")
                : QByteArray("TYPE");
        }
        if (key == "TYPE") {
            // TYPE=work,voice and TYPE="work,voice" (4.0 quotes lists) and TYPE="work","voice".
            for (QByteArray t : QByteArray(value).replace('"', "").split(',')) {
                t = t.trimmed();
                if (!t.isEmpty()) {
                    out->types << QString::fromUtf8(t).toLower();
                }
            }
        }
        if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2) {
            value = value.mid(1, value.size() - 2);
        }
        out->params.append({key, value});
    }
    return true;
}

QByteArray VCardProperty::param(const char *paramName) const
{
    for (const auto &[key, value] : params) {
        if (key == paramName) {
            return value;
        }
    }
    return {};
}

bool VCardProperty::isPreferred() const
{
    return hasType("pref") || param("PREF").trimmed() == "1";
}

QByteArray VCardProperty::bytes() const
{
    const QByteArray encoding = param("ENCODING").toUpper();
    if (encoding == "QUOTED-PRINTABLE") {
        return decodeQuotedPrintable(value);
    }
    if (encoding == "B" || encoding == "BASE64") {
        auto decoded
            = QByteArray::fromBase64Encoding(withoutWhitespace(value), QByteArray::AbortOnBase64DecodingErrors);
        return decoded ? *decoded : QByteArray();
    }
    return value;
}

QString VCardProperty::text(bool fromUtf16File) const
{
    const QByteArray encoding = param("ENCODING").toUpper();
    const bool encoded = encoding == "QUOTED-PRINTABLE" || encoding == "B" || encoding == "BASE64";
    const QByteArray charset = fromUtf16File && !encoded ? QByteArray("utf-8") : param("CHARSET");
    return normalizeLineBreaks(decodeCharset(bytes(), charset));
}

QString VCardProperty::unescape(const QString &text, Version version)
{
    return split(text, QChar(), version).value(0);
}

QStringList VCardProperty::split(const QString &text, QChar separator, Version version)
{
    QStringList out;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar n = text.at(i + 1);
            if (n == u'n' || n == u'N') {
                if (version == Version::V21) {
                    current += c; // 2.1 has no \n escape; Windows paths ("C:\notes") stay intact
                    continue;
                }
                current += u'\n';
            } else if (n == u'\\' || n == u',' || n == u';' || version != Version::V21) {
                current += n;
            } else {
                current += c;
                continue;
            }
            ++i;
        } else if (!separator.isNull() && c == separator) {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    out << current;
    return out;
}

} // namespace Kontor
