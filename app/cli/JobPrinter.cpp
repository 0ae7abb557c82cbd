#include "JobPrinter.h"

#include "ContactPrinter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {

QString timeOrDash(qint64 ms)
{
    return ms > 0 ? ContactPrinter::localTime(ms) : u"-"_s;
}

} // namespace

QJsonObject JobPrinter::jobJson(const Job &job)
{
    return {{u"id"_s, job.id},
        {u"uuid"_s, job.uuid},
        {u"type"_s, job.type},
        {u"name"_s, job.name},
        {u"status"_s, jobStatusKey(job.status)},
        {u"user"_s, ContactPrinter::textOrNull(job.userName)},
        {u"created_at"_s, ContactPrinter::utcOrNull(job.createdAt)},
        {u"started_at"_s, ContactPrinter::utcOrNull(job.startedAt)},
        {u"finished_at"_s, ContactPrinter::utcOrNull(job.finishedAt)},
        {u"undone_at"_s, ContactPrinter::utcOrNull(job.undoneAt)},
        {u"total"_s, job.total},
        {u"processed"_s, job.processed},
        {u"succeeded"_s, job.succeeded},
        {u"skipped"_s, job.skipped},
        {u"failed"_s, job.failed},
        {u"chunks_done"_s, job.chunksDone},
        {u"error"_s, ContactPrinter::textOrNull(job.error)}};
}

QJsonObject JobPrinter::countsJson(const JobCounts &counts)
{
    return {{u"created"_s, counts.created},
        {u"updated"_s, counts.updated},
        {u"unchanged"_s, counts.unchanged},
        {u"skipped"_s, counts.skipped},
        {u"failed"_s, counts.failed},
        {u"exported"_s, counts.exported},
        {u"trashed"_s, counts.trashed},
        {u"checked"_s, counts.checked}};
}

QJsonObject JobPrinter::itemJson(const JobItem &item)
{
    return {{u"seq"_s, item.seq},
        {u"contact"_s, item.contactId > 0 ? QJsonValue(item.contactId) : QJsonValue(QJsonValue::Null)},
        {u"row"_s, item.sourceRow > 0 ? QJsonValue(item.sourceRow) : QJsonValue(QJsonValue::Null)},
        {u"outcome"_s, jobItemOutcomeKey(item.outcome)},
        {u"field"_s, ContactPrinter::textOrNull(item.column)},
        {u"reason"_s, ContactPrinter::textOrNull(item.reason)}};
}

QJsonObject JobPrinter::undoJson(const Job &job, const UndoReport &undo)
{
    QJsonArray items;
    for (const JobItem &item : undo.skippedItems) {
        items.append(QJsonObject{{u"contact"_s, item.contactId},
            {u"field"_s, ContactPrinter::textOrNull(item.column)},
            {u"reason"_s, item.reason}});
    }
    return {{u"id"_s, job.id},
        {u"removed"_s, undo.removed},
        {u"reverted"_s, undo.reverted},
        {u"restored"_s, undo.restored},
        {u"skipped"_s, undo.skipped},
        {u"skipped_fields"_s, items}};
}

void JobPrinter::printSummary(QTextStream &out, const Job &job)
{
    //: %1 the job's number, %2 its name, %3 its status ("done", "cancelled")
    out << tr("Job %1 (%2): %3").arg(job.id).arg(job.name, jobStatusLabel(job.status)) << u'\n';
    //: %L1 contacts of the job, %L2 processed so far, %L3 changed, %L4 skipped, %L5 failed
    out << tr("Contacts: %L1, processed: %L2, changed: %L3, skipped: %L4, failed: %L5")
               .arg(job.total)
               .arg(job.processed)
               .arg(job.succeeded)
               .arg(job.skipped)
               .arg(job.failed)
        << u'\n';
    if (!job.error.isEmpty()) {
        out << tr("Error: %1").arg(job.error) << u'\n';
    }
    out.flush();
}

void JobPrinter::printDetails(QTextStream &out, const Job &job, const JobCounts &counts)
{
    const QList<std::pair<QString, QString>> lines = {
        {tr("Job"), QString::number(job.id)},
        {tr("UUID"), job.uuid},
        {tr("Name"), job.name},
        {tr("Type"), JobType::label(job.type)},
        {tr("Status"), jobStatusLabel(job.status)},
        {tr("User"), job.userName},
        {tr("Created"), timeOrDash(job.createdAt)},
        {tr("Started"), timeOrDash(job.startedAt)},
        {tr("Finished"), timeOrDash(job.finishedAt)},
        {tr("Undone"), timeOrDash(job.undoneAt)},
        {tr("Total"), QString::number(job.total)},
        {tr("Processed"), QString::number(job.processed)},
        {tr("Succeeded"), QString::number(job.succeeded)},
        {tr("Skipped"), QString::number(job.skipped)},
        {tr("Failed"), QString::number(job.failed)},
        {tr("Chunks done"), QString::number(job.chunksDone)},
    };
    qsizetype width = 0;
    for (const auto &line : lines) {
        width = std::max(width, line.first.size());
    }
    for (const auto &[label, value] : lines) {
        out << (label + u':').leftJustified(width + 2) << value << u'\n';
    }
    if (!job.error.isEmpty()) {
        out << (tr("Error") + u':').leftJustified(width + 2) << job.error << u'\n';
    }
    const QList<std::pair<JobItemOutcome, qint64>> stats = {
        {JobItemOutcome::Created, counts.created},
        {JobItemOutcome::Updated, counts.updated},
        {JobItemOutcome::Unchanged, counts.unchanged},
        {JobItemOutcome::Skipped, counts.skipped},
        {JobItemOutcome::Failed, counts.failed},
        {JobItemOutcome::Exported, counts.exported},
        {JobItemOutcome::Trashed, counts.trashed},
        {JobItemOutcome::Checked, counts.checked},
    };
    out << tr("Statistics:") << u'\n';
    bool any = false;
    for (const auto &[outcome, count] : stats) {
        if (count > 0) {
            out << u"  "_s << (jobItemOutcomeLabel(outcome) + u':').leftJustified(width) << QString::number(count)
                << u'\n';
            any = true;
        }
    }
    if (!any) {
        out << u"  "_s << tr("no contacts handled yet") << u'\n';
    }
    out.flush();
}

void JobPrinter::printItems(QTextStream &out, const QList<JobItem> &items)
{
    for (const JobItem &item : items) {
        QString where;
        if (item.contactId > 0) {
            where = item.column.isEmpty() ? tr("contact %1").arg(item.contactId)
                                          //: %1 contact number, %2 field key
                                          : tr("contact %1, field %2").arg(item.contactId).arg(item.column);
        } else {
            where = item.column.isEmpty() ? tr("row %1").arg(item.sourceRow)
                                          //: %1 file row, %2 column
                                          : tr("row %1, column %2").arg(item.sourceRow).arg(item.column);
        }
        //: %1 outcome ("skipped", "failed"), %2 which contact or row and field, %3 the reason
        out << u"  "_s << tr("%1: %2: %3").arg(jobItemOutcomeLabel(item.outcome), where, item.reason) << u'\n';
    }
    out.flush();
}

void JobPrinter::printUndo(QTextStream &out, const Job &job, const UndoReport &undo)
{
    //: %1 the job's number, %2 its name
    out << tr("Undid job %1 (%2).").arg(job.id).arg(job.name) << u'\n'
        << tr("Removed: %L1 contact(s) it had created").arg(undo.removed) << u'\n'
        << tr("Reverted: %L1 contact(s) it had changed").arg(undo.reverted) << u'\n'
        << tr("Restored: %L1 contact(s) it had moved to the trash").arg(undo.restored) << u'\n'
        << tr("Left alone: %L1 field(s) changed since the job").arg(undo.skipped) << u'\n';
    for (const JobItem &item : undo.skippedItems) {
        const QString field = item.column.isEmpty() ? tr("the whole contact") : item.column;
        //: %1 contact number, %2 field key, %3 why it was left alone
        out << u"  "_s << tr("contact %1, field %2: %3").arg(item.contactId).arg(field, item.reason) << u'\n';
    }
    out.flush();
}

QStringList JobPrinter::tableHeaders()
{
    return {tr("Job"),
        tr("Created"),
        tr("Type"),
        tr("Name"),
        tr("Status"),
        tr("Total"),
        tr("Changed"),
        tr("Skipped"),
        tr("Failed"),
        tr("User")};
}

QStringList JobPrinter::tableRow(const Job &job)
{
    return {QString::number(job.id),
        ContactPrinter::localTime(job.createdAt),
        JobType::label(job.type),
        job.name,
        jobStatusLabel(job.status),
        QString::number(job.total),
        QString::number(job.succeeded),
        QString::number(job.skipped),
        QString::number(job.failed),
        job.userName};
}

} // namespace Kontor
