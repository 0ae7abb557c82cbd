#pragma once

#include "Contact.h"
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace Kontor {

// What a bulk action does to each contact of a selection. Merging duplicates, pipelines and sending messages
// come with their own issues and will add kinds here. Exports are ExportService jobs of their own.
enum class BulkActionKind
{
    TagAdd,
    TagRemove,
    Owner, // userId; 0 removes the owner
    FollowerAdd,
    FollowerRemove,
    Company, // text: the company's name; a company of that name is created when none exists
    CompanyRemove,
    ContactType, // text: the contact type's name; empty clears it
    Lead, // on
    Dnd, // channel, on
    VerifyEmail,
    Delete, // to the trash; confirmation must be one of deleteConfirmationWords()
};

// Stored keys ("tag_add", "tag_remove", "owner", "follower_add", "follower_remove", "company",
// "company_remove", "type", "lead", "dnd", "verify_email", "delete"); the job type is "bulk." + key.
QString bulkActionKey(BulkActionKind kind);
bool bulkActionFromKey(const QString &key, BulkActionKind *out);
QString bulkActionLabel(BulkActionKind kind); // translated ("Add tag")

// Keys of the do-not-disturb channels as the CLI and job params spell them: "all", "email", "sms", "calls",
// "whatsapp".
QString dndChannelKey(DndChannel channel);
bool dndChannelFromKey(const QString &key, DndChannel *out);

// The words a user types to confirm a bulk delete: "DELETE" (English UI) and "LÖSCHEN" (German UI). The UI
// asks for the word of its language (BulkAction::deleteWord()); core accepts either, exactly as spelled.
QStringList deleteConfirmationWords();

struct BulkAction
{
    BulkActionKind kind = BulkActionKind::TagAdd;
    QString text; // TagAdd, TagRemove: the tag; Company: the company name; ContactType: the type name
    qint64 userId = 0; // Owner, FollowerAdd, FollowerRemove
    bool on = true; // Lead, Dnd
    DndChannel channel = DndChannel::All; // Dnd
    QString confirmation; // Delete: the typed word

    // The word the UI of the current language asks for: tr("DELETE") - "LÖSCHEN" in German.
    static QString deleteWord();

    // A readable description for the job log ("Add tag \"Kunde\"", "Set owner to Anna Berg"); userName is
    // the name of userId where the action has one.
    QString describe(const QString &userName = {}) const;

    // The job's params: {"action": key, "text", "user_id", "on", "channel"} (no confirmation).
    QJsonObject toJson() const;
    // Invalid with a translated message for an unknown action key or channel.
    static Result<BulkAction> fromJson(const QJsonObject &json);
};

} // namespace Kontor
