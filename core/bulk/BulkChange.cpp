#include "BulkChange.h"

namespace Kontor {

namespace {
bool hasTag(const QStringList &tags, const QString &tag)
{
    const QString folded = tag.toCaseFolded();
    for (const QString &t : tags) {
        if (t.toCaseFolded() == folded) {
            return true;
        }
    }
    return false;
}

QString channelText(DndChannel channel)
{
    switch (channel) {
    case DndChannel::None:
    case DndChannel::All:
        return BulkChange::tr("all channels", "do not disturb");
    case DndChannel::Email:
        return BulkChange::tr("e-mail", "do not disturb");
    case DndChannel::Sms:
        return BulkChange::tr("SMS", "do not disturb");
    case DndChannel::Calls:
        return BulkChange::tr("calls", "do not disturb");
    case DndChannel::WhatsApp:
        return BulkChange::tr("WhatsApp", "do not disturb");
    }
    return {};
}

QString applyDnd(const BulkAction &action, Contact &c)
{
    DndChannels next = c.dnd;
    if (action.on) {
        next |= action.channel;
    } else if (action.channel == DndChannel::All) {
        next = {}; // off for all channels: nothing silenced any more
    } else {
        next &= ~DndChannels(action.channel);
    }
    if (next == c.dnd) {
        return action.on ? BulkChange::tr("Do not disturb is already on for %1.").arg(channelText(action.channel))
                         : BulkChange::tr("Do not disturb is already off for %1.").arg(channelText(action.channel));
    }
    c.dnd = next;
    return {};
}
} // namespace

QString BulkChange::apply(const BulkAction &action, Contact &c, const QString &userName)
{
    switch (action.kind) {
    case BulkActionKind::TagAdd: {
        const QString tag = action.text.simplified();
        if (hasTag(c.tags, tag)) {
            return tr("The contact already has the tag \"%1\".").arg(tag);
        }
        c.tags << tag;
        return {};
    }
    case BulkActionKind::TagRemove: {
        const QString folded = action.text.simplified().toCaseFolded();
        const qsizetype removed = c.tags.removeIf([&folded](const QString &t) { return t.toCaseFolded() == folded; });
        return removed ? QString() : tr("The contact does not have the tag \"%1\".").arg(action.text.simplified());
    }
    case BulkActionKind::Owner:
        if (c.ownerId == action.userId) {
            return action.userId ? tr("%1 is already the owner.").arg(userName) : tr("The contact has no owner.");
        }
        c.ownerId = action.userId;
        return {};
    case BulkActionKind::FollowerAdd:
        if (c.followerIds.contains(action.userId)) {
            return tr("%1 already follows the contact.").arg(userName);
        }
        c.followerIds << action.userId;
        return {};
    case BulkActionKind::FollowerRemove:
        if (!c.followerIds.removeAll(action.userId)) {
            return tr("%1 does not follow the contact.").arg(userName);
        }
        return {};
    case BulkActionKind::ContactType:
        if (c.contactType == action.text) {
            return action.text.isEmpty() ? tr("The contact has no contact type.")
                                         : tr("The contact's type is already \"%1\".").arg(action.text);
        }
        c.contactType = action.text;
        return {};
    case BulkActionKind::Lead:
        if (c.lead == action.on) {
            return action.on ? tr("The contact is already a lead.") : tr("The contact is not a lead.");
        }
        c.lead = action.on;
        return {};
    case BulkActionKind::Dnd:
        return applyDnd(action, c);
    case BulkActionKind::Company:
    case BulkActionKind::CompanyRemove:
    case BulkActionKind::VerifyEmail:
    case BulkActionKind::Delete:
        break;
    }
    Q_ASSERT_X(false, "BulkChange::apply", "not a field action");
    return {};
}

QString BulkChange::companySkipReason(
    const BulkAction &action, ContactKind kind, qint64 currentCompanyId, qint64 targetCompanyId)
{
    if (kind == ContactKind::Company) {
        return tr("The contact is a company; only persons belong to a company.");
    }
    if (action.kind == BulkActionKind::CompanyRemove) {
        return currentCompanyId ? QString() : tr("The person belongs to no company.");
    }
    return currentCompanyId == targetCompanyId
        ? tr("The person already belongs to \"%1\".").arg(action.text.simplified())
        : QString();
}

QString BulkChange::deletedReason()
{
    return tr("The contact has been deleted since the job was created.");
}

QString BulkChange::inTrashReason()
{
    return tr("The contact is in the trash.");
}

} // namespace Kontor
