#pragma once

#include "Contact.h"
#include "CustomField.h"
#include "ExportColumns.h"
#include "ExportService.h"
#include "Result.h"

#include <QHash>

#include <memory>

namespace Kontor {

// Names the exported references resolve to, read once per export.
struct ExportNames
{
    QHash<qint64, QString> users;
    QList<CustomField> fields; // in form order
    QHash<qint64, QString> fieldNames;
};

// One export file being written: takes contacts in order and makes the file appear only on commit(); cancel()
// (or destroying an uncommitted sink) leaves whatever was at the path before. Failures are Io errors naming
// the file.
class ContactSink
{
public:
    virtual ~ContactSink() = default;
    virtual Result<void> open() = 0;
    virtual Result<void> write(const Contact &contact) = 0;
    virtual Result<void> commit() = 0;
    virtual void cancel() = 0;

    // `columns` is used by CSV and XLSX only; `names` must outlive the sink.
    static std::unique_ptr<ContactSink> create(
        ExportFormat format, const QString &path, ExportColumns columns, const ExportNames &names);
};

} // namespace Kontor
