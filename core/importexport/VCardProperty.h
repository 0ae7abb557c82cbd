#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Kontor {

// One unfolded content line of a vCard ("item1.TEL;TYPE=work,voice;PREF=1:+49 30 1234"), split into group,
// name, parameters and the raw value, with the value decoding every version needs: quoted-printable,
// base64, CHARSET (else UTF-8 when valid, else Windows-1252) and backslash escapes.
struct VCardProperty
{
    enum class Version
    {
        V21,
        V30,
        V40,
    };

    int line = 0; // the file line the property starts on
    QByteArray group; // lower case, without the dot; empty when none
    QByteArray name; // upper case
    QList<QPair<QByteArray, QByteArray>> params; // names upper case (a bare 2.1 "WORK" is TYPE=WORK), raw values
    QStringList types; // every TYPE value in lower case ("work", "voice", "pref"), also bare 2.1 parameters
    QByteArray value; // raw, as in the file

    // Splits a line; false when it has no ':' or no name.
    static bool parse(const QByteArray &line, int lineNo, VCardProperty *out);
    // The index of the ':' that ends name and parameters (not one inside a quoted parameter value), or -1.
    static qsizetype valueStart(const QByteArray &line);

    QByteArray param(const char *paramName) const; // the first value of that parameter, empty when absent
    bool hasType(const char *type) const { return types.contains(QLatin1String(type)); }
    bool isPreferred() const; // TYPE=pref or PREF=1

    // The value's bytes after quoted-printable or base64 decoding.
    QByteArray bytes() const;
    // The value as text, before unescaping. `fromUtf16File`: the file was UTF-16 and is already UTF-8 here, so
    // CHARSET is ignored unless the value was encoded.
    QString text(bool fromUtf16File) const;

    // Unescapes a text value: \\ \, \; \n \N everywhere; other escapes lose the backslash in 3.0/4.0
    // (Google writes "https\://") and keep it in 2.1, which escapes nothing but ';'.
    static QString unescape(const QString &text, Version version);
    // Splits at the separator where it is not escaped and unescapes each component.
    static QStringList split(const QString &text, QChar separator, Version version);
};

} // namespace Kontor
