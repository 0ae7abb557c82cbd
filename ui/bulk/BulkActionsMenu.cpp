#include "BulkActionsMenu.h"

#include <QEvent>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// "tag_add" -> "tagAddBulkAction": object names end in their type, so tests find them.
QString objectNameFor(BulkActionKind kind)
{
    const QStringList parts = bulkActionKey(kind).split(u'_');
    QString name = parts.first();
    for (const QString &part : parts.mid(1)) {
        name += part.left(1).toUpper() + part.mid(1);
    }
    return name + u"BulkAction"_s;
}
} // namespace

BulkActionsMenu::BulkActionsMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(u"bulkActionsMenu"_s);
    menuAction()->setObjectName(u"bulkActionsMenuAction"_s);
    addKind(BulkActionKind::TagAdd);
    addKind(BulkActionKind::TagRemove);
    addSeparator();
    addKind(BulkActionKind::Owner);
    addKind(BulkActionKind::FollowerAdd);
    addKind(BulkActionKind::FollowerRemove);
    addSeparator();
    addKind(BulkActionKind::Company);
    addKind(BulkActionKind::CompanyRemove);
    addKind(BulkActionKind::ContactType);
    addKind(BulkActionKind::Lead);
    addKind(BulkActionKind::Dnd);
    addSeparator();
    m_exportAction = addAction(QString());
    m_exportAction->setObjectName(u"exportBulkAction"_s);
    connect(m_exportAction, &QAction::triggered, this, &BulkActionsMenu::exportTriggered);
    addKind(BulkActionKind::VerifyEmail);
    addSeparator();
    addKind(BulkActionKind::Delete);
    actionFor(BulkActionKind::Delete)->setIcon(QIcon::fromTheme(u"edit-delete"_s, QIcon(u":/icons/edit-delete.svg"_s)));
    retranslate();
}

void BulkActionsMenu::addKind(BulkActionKind kind)
{
    QAction *action = addAction(QString());
    action->setObjectName(objectNameFor(kind));
    connect(action, &QAction::triggered, this, [this, kind] { Q_EMIT actionTriggered(kind); });
    m_actions.append({kind, action});
}

QAction *BulkActionsMenu::actionFor(BulkActionKind kind) const
{
    for (const auto &[k, action] : m_actions) {
        if (k == kind) {
            return action;
        }
    }
    return nullptr;
}

void BulkActionsMenu::setSelectionAvailable(bool available)
{
    setEnabled(available);
    menuAction()->setEnabled(available);
    for (QAction *action : actions()) {
        action->setEnabled(available);
    }
}

void BulkActionsMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMenu::changeEvent(event);
}

void BulkActionsMenu::retranslate()
{
    setTitle(tr("&Bulk actions"));
    for (const auto &[kind, action] : std::as_const(m_actions)) {
        //: A menu entry that opens a dialog: "Add tag..."
        action->setText(tr("%1...", "bulk action menu entry").arg(bulkActionLabel(kind)));
    }
    m_exportAction->setText(tr("Export..."));
    menuAction()->setToolTip(tr("Change, export or delete the selected contacts as one job that can be undone"));
}

} // namespace Kontor
