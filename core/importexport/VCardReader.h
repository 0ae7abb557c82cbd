#pragma once

#include "ImportTypes.h"
#include "Result.h"

#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace Kontor {

// Streams the cards of a vCard 2.1, 3.0 or 4.0 file: unfolds folded lines, decodes quoted-printable (with
// soft line breaks) and CHARSET parameters, unescapes \, \; \n, reads TYPE parameters (also 2.1's bare
// "TEL;WORK;VOICE") and item groups with X-ABLabel, PHOTO as base64 (ENCODING=b / BASE64 / data: URI) or a
// URI (kept out: Kontor stores images only), BDAY with and without year ("--0315", "--03-15"), CATEGORIES,
// ORG, NOTE, URL, X-SOCIALPROFILE / IMPP, company cards (X-ABShowAs:COMPANY, KIND:org) and Kontor's own
// X-KONTOR-* properties (owner, followers, type, lead, source, dnd, custom fields), so that Kontor's export
// reads back losslessly. A value that cannot be used (an impossible birthday) is an ImportProblem of the
// card, not an error; a file that is not vCard, a card without END:VCARD or a line over the field limit is an
// Error naming the file and line.
class VCardReader
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    static Result<std::unique_ptr<VCardReader>> open(const QString &path);
    ~VCardReader();

    // The next card as a record (fileRow: the line of its BEGIN:VCARD); false at the end of the file.
    // The company (ORG), owner and follower names and custom values by field name are left for the importer to
    // resolve: ImportRecord::companyName, ownerName, followerNames, customByName.
    Result<bool> next(ImportRecord &record);
    qint64 position() const;
    qint64 size() const;

private:
    VCardReader() = default;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Kontor
