#include "ImportPrinter.h"

#include "ContactPrinter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonArray problemsJson(const QList<ImportProblem> &problems)
{
    QJsonArray array;
    for (const ImportProblem &p : problems) {
        array.append(ImportPrinter::problemJson(p));
    }
    return array;
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t') {
        return ImportPrinter::tr("tab");
    }
    return delimiter.isNull() ? QString() : u"\"%1\""_s.arg(delimiter);
}

} // namespace

QString ImportPrinter::problemLine(const ImportProblem &p)
{
    if (p.column >= 0) {
        //: one problem of an import: %1 file row, %2 column number, %3 column header, %4 what is wrong
        return tr("row %1, column %2 (%3): %4").arg(p.row).arg(p.column + 1).arg(p.columnName, p.reason);
    }
    if (!p.columnName.isEmpty()) {
        //: %1 file row, %2 vCard property or field, %3 what is wrong
        return tr("row %1 (%2): %3").arg(p.row).arg(p.columnName, p.reason);
    }
    //: %1 file row, %2 what is wrong
    return tr("row %1: %2").arg(p.row).arg(p.reason);
}

QJsonObject ImportPrinter::problemJson(const ImportProblem &p)
{
    return {{u"row"_s, p.row},
        {u"column"_s, ContactPrinter::textOrNull(p.columnName)},
        {u"column_index"_s, p.column >= 0 ? QJsonValue(p.column + 1) : QJsonValue(QJsonValue::Null)},
        {u"field"_s, ContactPrinter::textOrNull(p.field)},
        {u"reason"_s, p.reason},
        {u"value"_s, p.value}};
}

void ImportPrinter::printProblems(QTextStream &out, const QList<ImportProblem> &problems)
{
    if (problems.isEmpty()) {
        return;
    }
    out << tr("Problems:") << u'\n';
    for (const ImportProblem &p : problems) {
        out << u"  "_s << problemLine(p) << u'\n';
    }
}

QString ImportPrinter::formatLine(const ProbeResult &probe)
{
    switch (probe.format) {
    case ImportFormat::Csv:
        //: %1 encoding such as UTF-8, %2 the delimiter such as ";" or "tab"
        return tr("CSV, encoding %1, delimiter %2").arg(probe.dialect.encoding, delimiterName(probe.dialect.delimiter));
    case ImportFormat::Xlsx:
    case ImportFormat::Xls: {
        const QString sheet = probe.sheet < probe.sheets.size() ? probe.sheets.at(probe.sheet) : QString();
        //: %1 XLSX or XLS, %2 the sheet's name
        return tr("%1, sheet \"%2\"").arg(importFormatKey(probe.format).toUpper(), sheet);
    }
    case ImportFormat::VCard:
        return tr("vCard");
    case ImportFormat::Auto:
        break;
    }
    return importFormatKey(probe.format);
}

void ImportPrinter::printMapping(QTextStream &out, const ProbeResult &probe, const ImportMapping &mapping)
{
    if (mapping.columns.isEmpty()) {
        return;
    }
    out << tr("Columns:") << u'\n';
    for (qsizetype c = 0; c < mapping.columns.size(); ++c) {
        const ColumnMapping &m = mapping.columns.at(c);
        const QString header = c < probe.headers.size() ? probe.headers.at(c) : QString();
        QString target;
        if (m.isIgnored()) {
            target = tr("(ignored)");
        } else if (m.target == u"custom.new"_s) {
            //: the import creates a custom field of this name
            target = tr("new custom field \"%1\"").arg(m.label);
        } else {
            target = ImportTargets::isKnown(m.target) && !m.target.startsWith(u"custom."_s)
                ? ImportTargets::label(m.target)
                : m.target;
            if (!m.label.isEmpty()) {
                target = u"%1 (%2)"_s.arg(target, m.label);
            }
        }
        out << u"  %1 %2 → %3"_s.arg(c + 1, 3).arg(header, target) << u'\n';
    }
}

void ImportPrinter::printReview(QTextStream &out, const QString &file, const ImportReview &r)
{
    out << tr("Dry run of %1: nothing was written.").arg(file) << u'\n' << tr("Format: %1").arg(formatLine(r.probe))
        << u'\n';
    printMapping(out, r.probe, r.mapping);
    out << tr("Rows: %L1").arg(r.rows) << u'\n' << tr("New contacts: %L1").arg(r.toCreate) << u'\n'
        << tr("Updates of existing contacts: %L1").arg(r.toUpdate) << u'\n' << tr("Duplicates: %L1").arg(r.duplicates)
        << u'\n' << tr("Skipped: %L1").arg(r.skipped) << u'\n' << tr("Invalid rows: %L1").arg(r.invalid) << u'\n'
        << tr("New companies: %L1").arg(r.companiesToCreate) << u'\n';
    printProblems(out, r.problems);
    out.flush();
}

QJsonObject ImportPrinter::reviewJson(const ImportReview &r)
{
    return {{u"batch"_s, QJsonValue::Null},
        {u"dry_run"_s, true},
        {u"format"_s, importFormatKey(r.probe.format)},
        {u"encoding"_s, ContactPrinter::textOrNull(r.probe.dialect.encoding)},
        {u"delimiter"_s,
            r.probe.dialect.delimiter.isNull() ? QJsonValue(QJsonValue::Null) : QString(r.probe.dialect.delimiter)},
        {u"headers"_s, QJsonArray::fromStringList(r.probe.headers)},
        {u"mapping"_s, r.mapping.toJson()},
        {u"rows"_s, r.rows},
        {u"created"_s, r.toCreate},
        {u"updated"_s, r.toUpdate},
        {u"duplicates"_s, r.duplicates},
        {u"skipped"_s, r.skipped},
        {u"failed"_s, r.invalid},
        {u"companies_created"_s, r.companiesToCreate},
        {u"problems"_s, problemsJson(r.problems)}};
}

void ImportPrinter::printReport(QTextStream &out, const ImportReport &r, const QString &jobName)
{
    if (r.rejected) {
        out << tr("Nothing was imported: %n row(s) are invalid.", nullptr, int(r.failed)) << u'\n';
    } else {
        //: %1 the batch number, %2 its name ("Import of kunden.csv")
        out << tr("Imported batch %1 (%2).").arg(r.jobId).arg(jobName) << u'\n' << tr("Created: %L1").arg(r.created)
            << u'\n' << tr("Updated: %L1").arg(r.updated) << u'\n' << tr("Skipped: %L1").arg(r.skipped) << u'\n'
            << tr("Failed: %L1").arg(r.failed) << u'\n' << tr("Companies created: %L1").arg(r.companiesCreated)
            << u'\n';
    }
    printProblems(out, r.problems);
    if (r.jobId > 0) {
        out << tr("Undo it with: kontor-cli import undo %1").arg(r.jobId) << u'\n';
    }
    out.flush();
}

QJsonObject ImportPrinter::reportJson(const ImportReport &r)
{
    return {{u"batch"_s, r.jobId > 0 ? QJsonValue(r.jobId) : QJsonValue(QJsonValue::Null)},
        {u"dry_run"_s, false},
        {u"rejected"_s, r.rejected},
        {u"created"_s, r.created},
        {u"updated"_s, r.updated},
        {u"skipped"_s, r.skipped},
        {u"failed"_s, r.failed},
        {u"companies_created"_s, r.companiesCreated},
        {u"problems"_s, problemsJson(r.problems)}};
}

QJsonObject ImportPrinter::jobJson(const Job &job, const JobCounts &counts)
{
    return {{u"batch"_s, job.id},
        {u"uuid"_s, job.uuid},
        {u"name"_s, job.name},
        {u"status"_s, jobStatusKey(job.status)},
        {u"user"_s, job.userName},
        {u"file"_s, ContactPrinter::textOrNull(job.params.value(u"file"_s).toString())},
        {u"created_at"_s, ContactPrinter::utcOrNull(job.createdAt)},
        {u"finished_at"_s, ContactPrinter::utcOrNull(job.finishedAt)},
        {u"undone_at"_s, ContactPrinter::utcOrNull(job.undoneAt)},
        {u"rows"_s, job.total},
        {u"created"_s, counts.created},
        {u"updated"_s, counts.updated},
        {u"skipped"_s, counts.skipped + counts.unchanged},
        {u"failed"_s, counts.failed},
        {u"error"_s, ContactPrinter::textOrNull(job.error)}};
}

QJsonObject ImportPrinter::undoJson(qint64 jobId, const UndoReport &undo)
{
    QJsonArray items;
    for (const JobItem &item : undo.skippedItems) {
        items.append(QJsonObject{{u"contact"_s, item.contactId},
            {u"field"_s, ContactPrinter::textOrNull(item.column)},
            {u"reason"_s, item.reason}});
    }
    return {{u"batch"_s, jobId},
        {u"removed"_s, undo.removed},
        {u"reverted"_s, undo.reverted},
        {u"skipped"_s, undo.skipped},
        {u"skipped_fields"_s, items}};
}

} // namespace Kontor
