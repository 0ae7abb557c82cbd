#include "BulkAction.h"

#include "KeyTable.h"

#include <QCoreApplication>

#include <utility>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BulkAction)
};

// Keys are stored in job types and params: never rename them.
const std::pair<BulkActionKind, const char16_t *> kActionKeys[] = {
    {BulkActionKind::TagAdd, u"tag_add"},
    {BulkActionKind::TagRemove, u"tag_remove"},
    {BulkActionKind::Owner, u"owner"},
    {BulkActionKind::FollowerAdd, u"follower_add"},
    {BulkActionKind::FollowerRemove, u"follower_remove"},
    {BulkActionKind::Company, u"company"},
    {BulkActionKind::CompanyRemove, u"company_remove"},
    {BulkActionKind::ContactType, u"type"},
    {BulkActionKind::Lead, u"lead"},
    {BulkActionKind::Dnd, u"dnd"},
    {BulkActionKind::VerifyEmail, u"verify_email"},
    {BulkActionKind::Delete, u"delete"},
};

const std::pair<DndChannel, const char16_t *> kChannelKeys[] = {
    {DndChannel::All, u"all"},
    {DndChannel::Email, u"email"},
    {DndChannel::Sms, u"sms"},
    {DndChannel::Calls, u"calls"},
    {DndChannel::WhatsApp, u"whatsapp"},
};

QString channelLabel(DndChannel channel)
{
    switch (channel) {
    case DndChannel::None:
    case DndChannel::All:
        return Tr::tr("all channels", "do not disturb");
    case DndChannel::Email:
        return Tr::tr("e-mail", "do not disturb");
    case DndChannel::Sms:
        return Tr::tr("SMS", "do not disturb");
    case DndChannel::Calls:
        return Tr::tr("calls", "do not disturb");
    case DndChannel::WhatsApp:
        return Tr::tr("WhatsApp", "do not disturb");
    }
    return {};
}
} // namespace

QString bulkActionKey(BulkActionKind kind)
{
    return keyOf(kActionKeys, kind);
}

bool bulkActionFromKey(const QString &key, BulkActionKind *out)
{
    return fromKey(kActionKeys, key, out);
}

QString bulkActionLabel(BulkActionKind kind)
{
    switch (kind) {
    case BulkActionKind::TagAdd:
        return Tr::tr("Add tag");
    case BulkActionKind::TagRemove:
        return Tr::tr("Remove tag");
    case BulkActionKind::Owner:
        return Tr::tr("Assign owner");
    case BulkActionKind::FollowerAdd:
        return Tr::tr("Add follower");
    case BulkActionKind::FollowerRemove:
        return Tr::tr("Remove follower");
    case BulkActionKind::Company:
        return Tr::tr("Add to company");
    case BulkActionKind::CompanyRemove:
        return Tr::tr("Remove from company");
    case BulkActionKind::ContactType:
        return Tr::tr("Set contact type");
    case BulkActionKind::Lead:
        return Tr::tr("Set lead flag");
    case BulkActionKind::Dnd:
        return Tr::tr("Set do not disturb");
    case BulkActionKind::VerifyEmail:
        return Tr::tr("Verify e-mail addresses");
    case BulkActionKind::Delete:
        return Tr::tr("Move to trash");
    }
    return {};
}

QString dndChannelKey(DndChannel channel)
{
    return keyOf(kChannelKeys, channel);
}

bool dndChannelFromKey(const QString &key, DndChannel *out)
{
    return fromKey(kChannelKeys, key, out);
}

QStringList deleteConfirmationWords()
{
    return {u"DELETE"_s, u"LÖSCHEN"_s};
}

QString BulkAction::deleteWord()
{
    //: The word a user types to confirm a bulk delete; German: LÖSCHEN
    return Tr::tr("DELETE", "typed confirmation");
}

QString BulkAction::describe(const QString &userName) const
{
    switch (kind) {
    case BulkActionKind::TagAdd:
        return Tr::tr("Add tag \"%1\"").arg(text);
    case BulkActionKind::TagRemove:
        return Tr::tr("Remove tag \"%1\"").arg(text);
    case BulkActionKind::Owner:
        return userId ? Tr::tr("Assign owner %1").arg(userName) : Tr::tr("Remove owner");
    case BulkActionKind::FollowerAdd:
        return Tr::tr("Add follower %1").arg(userName);
    case BulkActionKind::FollowerRemove:
        return Tr::tr("Remove follower %1").arg(userName);
    case BulkActionKind::Company:
        return Tr::tr("Add to company \"%1\"").arg(text);
    case BulkActionKind::CompanyRemove:
        return Tr::tr("Remove from company");
    case BulkActionKind::ContactType:
        return text.isEmpty() ? Tr::tr("Clear contact type") : Tr::tr("Set contact type \"%1\"").arg(text);
    case BulkActionKind::Lead:
        return on ? Tr::tr("Mark as lead") : Tr::tr("Unmark as lead");
    case BulkActionKind::Dnd:
        return on ? Tr::tr("Do not disturb on %1").arg(channelLabel(channel))
                  : Tr::tr("Do not disturb off for %1").arg(channelLabel(channel));
    case BulkActionKind::VerifyEmail:
        return Tr::tr("Verify e-mail addresses");
    case BulkActionKind::Delete:
        return Tr::tr("Move to trash");
    }
    return {};
}

QJsonObject BulkAction::toJson() const
{
    QJsonObject json{{u"action"_s, bulkActionKey(kind)}};
    switch (kind) {
    case BulkActionKind::TagAdd:
    case BulkActionKind::TagRemove:
    case BulkActionKind::Company:
    case BulkActionKind::ContactType:
        json.insert(u"text"_s, text);
        break;
    case BulkActionKind::Owner:
    case BulkActionKind::FollowerAdd:
    case BulkActionKind::FollowerRemove:
        json.insert(u"user_id"_s, userId);
        break;
    case BulkActionKind::Dnd:
        json.insert(u"channel"_s, dndChannelKey(channel));
        json.insert(u"on"_s, on);
        break;
    case BulkActionKind::Lead:
        json.insert(u"on"_s, on);
        break;
    case BulkActionKind::CompanyRemove:
    case BulkActionKind::VerifyEmail:
    case BulkActionKind::Delete:
        break;
    }
    return json;
}

Result<BulkAction> BulkAction::fromJson(const QJsonObject &json)
{
    BulkAction action;
    const QString key = json.value(u"action"_s).toString();
    if (!bulkActionFromKey(key, &action.kind)) {
        return makeError(Error::Code::Invalid, Tr::tr("Unknown bulk action \"%1\".").arg(key));
    }
    action.text = json.value(u"text"_s).toString();
    action.userId = json.value(u"user_id"_s).toInteger();
    action.on = json.value(u"on"_s).toBool(true);
    if (action.kind == BulkActionKind::Dnd) {
        const QString channel = json.value(u"channel"_s).toString();
        if (!dndChannelFromKey(channel, &action.channel)) {
            return makeError(Error::Code::Invalid, Tr::tr("Unknown do-not-disturb channel \"%1\".").arg(channel));
        }
    }
    return action;
}

} // namespace Kontor
