#include "VCardReader.h"

#include "VCardCard.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <optional>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qsizetype MaxLineBytes = 1024 * 1024;
// A PHOTO of ContactLimits::PhotoBytes is about 1.4 MB of base64 folded over many short lines: an unfolded line
// may be longer than a physical one, so that an oversized photo is a problem of its card, not an error of the file.
constexpr qsizetype MaxUnfoldedBytes = 4 * 1024 * 1024;
// Bounds the memory of one card (100k cards stream card by card; one card must not fill the memory either).
constexpr qsizetype MaxCardBytes = 16 * 1024 * 1024;
constexpr qint64 ChunkBytes = 64 * 1024;

bool isControlByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x09 || (u >= 0x0e && u < 0x1a) || (u >= 0x1c && u < 0x20);
}

bool sameText(const QByteArray &line, const char *expected)
{
    return line.trimmed().compare(QByteArrayView(expected), Qt::CaseInsensitive) == 0;
}

// Whether the property of this (first physical) line is quoted-printable: its soft line breaks ("=" at the end)
// continue on the next line even without leading white space.
bool isQuotedPrintable(const QByteArray &line)
{
    const qsizetype colon = VCardProperty::valueStart(line);
    const QByteArray head = colon < 0 ? line : line.left(colon);
    return head.toUpper().contains("QUOTED-PRINTABLE");
}

bool endsWithSoftBreak(const QByteArray &line)
{
    qsizetype end = line.size();
    while (end > 0 && (line.at(end - 1) == ' ' || line.at(end - 1) == '\t')) {
        --end;
    }
    return end > 0 && line.at(end - 1) == '=';
}
} // namespace

struct VCardReader::Private
{
    QFile file;
    QString fileName;
    QByteArray buffer;
    qsizetype pos = 0;
    bool eof = false;
    bool started = false;
    std::optional<QStringDecoder> utf16; // a UTF-16 file is converted to UTF-8 while reading
    int lineNo = 0; // the last physical line taken from the buffer
    bool hasPending = false; // one physical line of look-ahead for unfolding
    QByteArray pending;
    int pendingLine = 0;
    bool sawCard = false;
    VCardCard card;

    Error error(int row, const QString &message) const
    {
        ErrorLocation where;
        where.file = fileName;
        where.row = row;
        return makeError(Error::Code::Invalid, message, {}, where);
    }

    Result<void> fill()
    {
        if (pos > 0) {
            buffer.remove(0, pos);
            pos = 0;
        }
        const QByteArray chunk = file.read(ChunkBytes);
        if (chunk.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                return makeError(Error::Code::Io,
                    VCardReader::tr("The file \"%1\" could not be read.").arg(fileName),
                    file.errorString(),
                    {fileName, lineNo + 1, {}, {}, -1});
            }
            eof = true;
            return {};
        }
        if (!started) {
            started = true;
            if (chunk.startsWith("\xEF\xBB\xBF")) {
                buffer.append(chunk.mid(3));
                return {};
            }
            if (chunk.startsWith("\xFF\xFE") || chunk.startsWith("\xFE\xFF")) {
                utf16.emplace(chunk.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
                buffer.append(QString(utf16->decode(chunk.mid(2))).toUtf8());
                return {};
            }
        }
        buffer.append(utf16 ? QString(utf16->decode(chunk)).toUtf8() : chunk);
        return {};
    }

    // The next physical line without its line break; false at the end of the file.
    Result<bool> readPhysical(QByteArray &line, int &row)
    {
        if (hasPending) {
            hasPending = false;
            line = std::move(pending);
            row = pendingLine;
            return true;
        }
        for (;;) {
            const qsizetype nl = buffer.indexOf('\n', pos);
            if (nl >= 0) {
                line = buffer.mid(pos, nl - pos);
                pos = nl + 1;
                break;
            }
            if (buffer.size() - pos > MaxLineBytes) {
                return error(lineNo + 1, VCardReader::tr("The line is longer than 1 MiB."));
            }
            if (eof) {
                if (pos >= buffer.size()) {
                    return false;
                }
                line = buffer.mid(pos);
                pos = buffer.size();
                break;
            }
            if (auto r = fill(); !r) {
                return r.error();
            }
        }
        row = ++lineNo;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.size() > MaxLineBytes) {
            return error(row, VCardReader::tr("The line is longer than 1 MiB."));
        }
        if (std::any_of(line.cbegin(), line.cend(), isControlByte)) {
            return error(row, VCardReader::tr("The file contains binary data; it is not a vCard file."));
        }
        return true;
    }

    // The next unfolded line: continuation lines start with a space or tab, and a quoted-printable value that
    // ends with "=" (a soft line break) continues on the next line as it is.
    Result<bool> readUnfolded(QByteArray &line, int &row)
    {
        auto r = readPhysical(line, row);
        if (!r || !*r) {
            return r;
        }
        const bool qp = isQuotedPrintable(line);
        for (;;) {
            QByteArray next;
            int nextRow = 0;
            const bool softBreak = qp && endsWithSoftBreak(line);
            auto n = readPhysical(next, nextRow);
            if (!n) {
                return n.error();
            }
            if (!*n) {
                break;
            }
            if (softBreak && !sameText(next, "END:VCARD")) {
                line.truncate(line.lastIndexOf('='));
                line.append(next);
            } else if (next.startsWith(' ') || next.startsWith('\t')) {
                line.append(next.constData() + 1, next.size() - 1);
            } else {
                pending = std::move(next);
                pendingLine = nextRow;
                hasPending = true;
                break;
            }
            if (line.size() > MaxUnfoldedBytes) {
                return error(row, VCardReader::tr("The property is longer than 4 MiB."));
            }
        }
        return true;
    }
};

Result<std::unique_ptr<VCardReader>> VCardReader::open(const QString &path)
{
    std::unique_ptr<VCardReader> reader(new VCardReader);
    reader->d = std::make_unique<Private>();
    Private &d = *reader->d;
    d.fileName = QFileInfo(path).fileName();
    d.file.setFileName(path);
    if (!d.file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io,
            tr("The file \"%1\" could not be opened.").arg(d.fileName),
            d.file.errorString(),
            {d.fileName, -1, {}, {}, -1});
    }
    return reader;
}

VCardReader::~VCardReader() = default;

Result<bool> VCardReader::next(ImportRecord &record)
{
    record = ImportRecord{};
    QByteArray line;
    int row = 0;
    for (;;) {
        auto r = d->readUnfolded(line, row);
        if (!r) {
            return r.error();
        }
        if (!*r) {
            if (!d->sawCard) {
                return d->error(d->lineNo > 0 ? 1 : -1,
                    d->lineNo > 0 ? tr("The file contains no BEGIN:VCARD; it is not a vCard file.")
                                  : tr("The file is empty."));
            }
            return false;
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed == "\x1a") { // blank lines and a DOS end-of-file mark
            continue;
        }
        if (sameText(trimmed, "BEGIN:VCARD")) {
            break;
        }
        return d->error(row,
            d->sawCard ? tr("Text outside a card: a line between cards must be BEGIN:VCARD.")
                       : tr("The file does not start with BEGIN:VCARD; it is not a vCard file."));
    }
    d->sawCard = true;
    const int beginRow = row;
    d->card.begin(beginRow);
    qsizetype cardBytes = 0;
    for (;;) {
        auto r = d->readUnfolded(line, row);
        if (!r) {
            return r.error();
        }
        if (!*r || sameText(line, "BEGIN:VCARD")) {
            return d->error(beginRow, tr("The card has no END:VCARD."));
        }
        if (sameText(line, "END:VCARD")) {
            break;
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        cardBytes += line.size();
        if (cardBytes > MaxCardBytes) {
            return d->error(beginRow, tr("The card is larger than 16 MiB."));
        }
        d->card.add(line, row, d->utf16.has_value());
    }
    d->card.finish(record);
    return true;
}

qint64 VCardReader::position() const
{
    if (d->utf16) {
        return d->file.pos();
    }
    return d->file.pos() - (d->buffer.size() - d->pos) - (d->hasPending ? d->pending.size() + 1 : 0);
}

qint64 VCardReader::size() const
{
    return d->file.size();
}

} // namespace Kontor
