#pragma once

#include "ImportTypes.h"
#include "VCardProperty.h"

#include <QCoreApplication>
#include <QHash>

namespace Kontor {

// Turns the content lines of one card into an ImportRecord (VCardReader's second half): names, e-mail
// addresses, phones and addresses with their labels (TYPE parameters, 2.1 bare parameters, item groups with
// X-ABLabel), birthday, photo, social profiles, company cards and Kontor's X-KONTOR-* properties. What cannot be
// used becomes an ImportProblem of the card (row: the property's line); unknown properties are ignored. Apple
// and vCard 4.0 group cards (KIND:group) come out as empty records, which the importer skips.
class VCardCard
{
    Q_DECLARE_TR_FUNCTIONS(VCardReader)

public:
    void begin(int beginRow);
    // One unfolded line; `fromUtf16File`: see VCardProperty::text.
    void add(const QByteArray &line, int row, bool fromUtf16File);
    void finish(ImportRecord &record);

private:
    using Version = VCardProperty::Version;

    QString text(const VCardProperty &p) const;
    QStringList components(const VCardProperty &p, QChar separator = u';') const;
    QString label(const VCardProperty &p, bool phone) const;
    void problem(const VCardProperty &p, const QString &field, const QString &reason, const QString &value);

    void readName(const VCardProperty &p);
    void readEmail(const VCardProperty &p);
    void readPhone(const VCardProperty &p);
    void readAddress(const VCardProperty &p);
    void readBirthday(const VCardProperty &p);
    void readPhoto(const VCardProperty &p);
    void readSocial(const VCardProperty &p, QString service);
    void readKontor(const VCardProperty &p);
    void finishNames();

    int m_beginRow = 0;
    bool m_utf16 = false;
    QList<VCardProperty> m_properties;
    QStringList m_cells;

    // Filled by finish().
    ImportRecord *m_record = nullptr;
    Version m_version = Version::V30;
    QHash<QByteArray, QString> m_groupLabels; // item group -> X-ABLabel text
    QString m_prefix;
    QString m_suffix;
    QString m_formattedName;
    QString m_organization;
    QString m_role;
    bool m_kontorNames = false; // X-KONTOR-SALUTATION / X-KONTOR-TITLE seen: they replace the N prefix
    QString m_kontorSalutation;
    QString m_kontorTitle;
};

} // namespace Kontor
