#include "DetailsPanel.h"

#include "CollapsibleSection.h"
#include "CustomFieldBinding.h"
#include "InlineField.h"
#include "ProfileFieldFactory.h"
#include "StorageThread.h"
#include "contacts/ContactService.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int AvatarSize = 64;

QString checkMark(EmailCheckStatus status)
{
    switch (status) {
    case EmailCheckStatus::Valid:
        return u"<span style=\"color:#2e7d32\">✓</span>"_s;
    case EmailCheckStatus::Invalid:
        return u"<span style=\"color:#b3261e\">✗</span>"_s;
    case EmailCheckStatus::Unknown:
        break;
    }
    return u"<span style=\"color:#8a6d00\">?</span>"_s;
}
} // namespace

DetailsPanel::DetailsPanel(
    StorageThread *storage, const Session &session, const QString &defaultRegion, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_region(defaultRegion)
    , m_photoLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_subtitleLabel(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"detailsPanel"_s);
    m_photoLabel->setObjectName(u"photoLabel"_s);
    m_nameLabel->setObjectName(u"nameLabel"_s);
    m_subtitleLabel->setObjectName(u"subtitleLabel"_s);
    m_photoLabel->setFixedSize(AvatarSize, AvatarSize);
    QFont title = m_nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_nameLabel->setFont(title);
    m_nameLabel->setWordWrap(true);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel->setWordWrap(true);
    m_subtitleLabel->setTextFormat(Qt::RichText);
    connect(m_subtitleLabel, &QLabel::linkActivated, this, [this] {
        if (m_contact.companyId) {
            Q_EMIT openContactRequested(m_contact.companyId);
        }
    });

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_photoLabel, 0, Qt::AlignTop);
    header->setAlignment(Qt::AlignTop);
    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(m_nameLabel);
    names->addWidget(m_subtitleLabel);
    header->addLayout(names, 1);
    m_layout->addLayout(header);
    m_layout->addSpacing(8);
    m_layout->addStretch();
    updateHeader();
}

void DetailsPanel::setup(ContactKind kind, const ProfileReferences &references)
{
    m_kind = kind;
    m_references = references;
    if (m_sections) {
        // Deleted later: a LanguageChange being delivered may still hold the old sections in its list.
        m_sections->hide();
        m_sections->deleteLater();
    }
    m_bindings.clear();
    m_fields.clear();
    m_emailChecksLabel = nullptr;
    m_emailChecksForm = nullptr;
    m_sections = new QWidget(this);
    auto *sections = new QVBoxLayout(m_sections);
    sections->setContentsMargins(0, 0, 0, 0);
    sections->setSpacing(6);
    m_layout->insertWidget(m_layout->count() - 1, m_sections);

    auto *general = new CollapsibleSection(u"general"_s, tr("General"), m_sections);
    sections->addWidget(general);
    if (kind == ContactKind::Company) {
        addField(general, ProfileFieldFactory::companyName());
    } else {
        addField(general, ProfileFieldFactory::salutation());
        addField(general, ProfileFieldFactory::text(u"title"_s, &Contact::title, ContactLimits::NameChars));
        addField(general, ProfileFieldFactory::text(u"first_name"_s, &Contact::firstName, ContactLimits::NameChars));
        addField(general, ProfileFieldFactory::text(u"middle_name"_s, &Contact::middleName, ContactLimits::NameChars));
        addField(general, ProfileFieldFactory::text(u"last_name"_s, &Contact::lastName, ContactLimits::NameChars));
        addField(general, ProfileFieldFactory::text(u"job_title"_s, &Contact::jobTitle, ContactLimits::TextChars));
        addField(general, ProfileFieldFactory::text(u"department"_s, &Contact::department, ContactLimits::TextChars));
        addField(general, ProfileFieldFactory::company());
    }
    addField(general, ProfileFieldFactory::emails(m_region));
    m_emailChecksLabel = new QLabel(general);
    m_emailChecksLabel->setObjectName(u"emailChecksLabel"_s);
    m_emailChecksLabel->setTextFormat(Qt::RichText);
    m_emailChecksLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // as InlineField's value
    m_emailChecksLabel->setContentsMargins(5, 0, 0, 0);
    auto *checksLabel = new QLabel(tr("E-mail check"), general);
    checksLabel->setObjectName(u"emailChecksFieldLabel"_s);
    checksLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emailChecksForm = general->form();
    m_emailChecksForm->addRow(checksLabel, m_emailChecksLabel);
    addField(general, ProfileFieldFactory::phones(m_region));
    addField(general, ProfileFieldFactory::addresses(m_region));
    if (kind == ContactKind::Person) {
        addField(general, ProfileFieldFactory::birthday());
    }
    addField(general, ProfileFieldFactory::text(u"website"_s, &Contact::website, ContactLimits::TextChars));
    addField(general, ProfileFieldFactory::text(u"source"_s, &Contact::source, ContactLimits::TextChars));
    addField(general, ProfileFieldFactory::contactType(references.contactTypes));
    addField(general, ProfileFieldFactory::lead());
    addField(general,
        ProfileFieldFactory::longText(u"description"_s, &Contact::description, ContactLimits::DescriptionChars));

    if (!references.fields.isEmpty()) {
        auto *additional = new CollapsibleSection(u"additional"_s, tr("Additional information"), m_sections);
        sections->addWidget(additional);
        QList<CustomFieldFolder> folders{CustomFieldFolder{}}; // id 0: the fields without a folder come first
        folders.append(references.folders);
        for (const auto &folder : std::as_const(folders)) {
            CollapsibleSection *target = additional;
            for (const auto &field : references.fields) {
                if (field.folderId != folder.id) {
                    continue;
                }
                if (target == additional && folder.id != 0) {
                    target = new CollapsibleSection(u"folder%1"_s.arg(folder.id), folder.name, additional);
                    additional->addWidget(target);
                }
                addField(target, CustomFieldBinding::make(field));
            }
        }
    }

    auto *management = new CollapsibleSection(u"management"_s, tr("Tags and responsibility"), m_sections);
    sections->addWidget(management);
    addField(management, ProfileFieldFactory::tags());
    addField(management, ProfileFieldFactory::owner(references.users));
    addField(management, ProfileFieldFactory::followers(references.users));
    addField(management, ProfileFieldFactory::dnd());
    m_sections->show(); // now, not on the layout's queued show: the values are clickable once loaded() is out
    setContact(m_contact);
}

void DetailsPanel::addField(CollapsibleSection *section, FieldBinding binding)
{
    auto *field = new InlineField(binding.name, binding.editor, section);
    field->setMultiLine(binding.multiLine);
    field->setPlaceholderText(tr("Add..."));
    const int index = int(m_bindings.size());
    connect(field, &InlineField::editingStarted, this, [this, index] { m_bindings[index].fill(m_contact); });
    connect(field, &InlineField::commitRequested, this, [this, index] { commit(index); });
    auto *label = new QLabel(binding.label, section);
    label->setObjectName(binding.name + u"FieldLabel"_s);
    label->setContentsMargins(0, 4, 0, 0); // in line with the value's padded text
    label->setForegroundRole(QPalette::PlaceholderText);
    section->form()->addRow(label, field);
    m_bindings.append(std::move(binding));
    m_fields.append(field);
}

void DetailsPanel::setContact(const Contact &contact)
{
    m_contact = contact;
    for (int i = 0; i < m_bindings.size(); ++i) {
        m_fields[i]->setDisplayText(m_bindings[i].display(contact));
    }
    updateHeader();
    updateEmailChecks();
}

void DetailsPanel::setEmailChecks(const QList<EmailCheck> &checks)
{
    m_emailChecks = checks;
    updateEmailChecks();
}

void DetailsPanel::updateEmailChecks()
{
    if (!m_emailChecksLabel || !m_emailChecksForm) {
        return;
    }
    // One line per checked address the contact still has, short enough for the column; the date and the reason
    // go into the tool tip.
    QStringList lines;
    QStringList tips;
    for (const auto &check : std::as_const(m_emailChecks)) {
        const bool current = std::any_of(m_contact.emails.cbegin(), m_contact.emails.cend(), [&](const auto &e) {
            return e.value.toCaseFolded() == check.email.toCaseFolded();
        });
        if (!current) {
            continue;
        }
        const QString date
            = QLocale().toString(QDateTime::fromMSecsSinceEpoch(check.checkedAt).date(), QLocale::ShortFormat);
        const QString status = emailCheckStatusLabel(check.status);
        //: E-mail check below the addresses: address – valid / invalid / unknown
        lines << checkMark(check.status) + u' ' + tr("%1 – %2").arg(check.email, status).toHtmlEscaped();
        //: Tool tip of an e-mail check: address: status, checked on date
        QString tip = tr("%1: %2, checked on %3").arg(check.email, status, date);
        if (!check.reason.isEmpty()) {
            tip += u'\n' + check.reason;
        }
        tips << tip;
    }
    m_emailChecksLabel->setText(lines.join(u"<br>"_s));
    m_emailChecksLabel->setToolTip(tips.join(u"\n\n"_s));
    m_emailChecksForm->setRowVisible(m_emailChecksLabel, !lines.isEmpty());
}

bool DetailsPanel::isEditing() const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [](InlineField *f) { return f->isEditing(); });
}

void DetailsPanel::commit(int index)
{
    QPointer<InlineField> field = m_fields[index];
    Contact changed = m_contact;
    if (const QString problem = m_bindings[index].apply(changed); !problem.isEmpty()) {
        field->showError(problem);
        return;
    }
    field->setBusy(true);
    const Session session = m_session;
    const QString region = m_region;
    m_storage->run<Result<Contact>>(
        this,
        [changed, session, region](Database &db) {
            ContactService service(db, session);
            service.setDefaultRegion(region);
            return service.update(changed);
        },
        [this, field](const Result<Contact> &saved) {
            if (!field) {
                return;
            }
            if (!saved) {
                field->showError(saved.error().message);
                return;
            }
            field->finishEditing();
            // The service leaves the company's name as typed; keep the shown one until the reload brings it.
            Contact shown = *saved;
            if (shown.companyName.isEmpty() && shown.companyId == m_contact.companyId) {
                shown.companyName = m_contact.companyName;
            }
            setContact(shown);
            Q_EMIT contactSaved(shown);
        });
}

void DetailsPanel::updateHeader()
{
    m_nameLabel->setText(m_contact.displayName);
    m_photoLabel->setPixmap(avatar(AvatarSize));
    QString subtitle;
    if (m_contact.isCompany()) {
        subtitle = tr("Company");
    } else {
        const QString company = m_contact.companyName.toHtmlEscaped();
        const QString link = company.isEmpty() ? QString() : u"<a href=\"company\">%1</a>"_s.arg(company);
        const QString job = m_contact.jobTitle.toHtmlEscaped();
        if (!job.isEmpty() && !link.isEmpty()) {
            //: Job title at company, e.g. "Sales manager at ACME"
            subtitle = tr("%1 at %2").arg(job, link);
        } else {
            subtitle = job.isEmpty() ? link : job;
        }
    }
    m_subtitleLabel->setText(subtitle);
    m_subtitleLabel->setVisible(!subtitle.isEmpty());
}

QPixmap DetailsPanel::avatar(int size) const
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath circle;
    circle.addEllipse(0, 0, size, size);
    QPixmap photo;
    if (!m_contact.photo.isEmpty() && photo.loadFromData(m_contact.photo)) {
        painter.setClipPath(circle);
        painter.drawPixmap(
            0, 0, photo.scaled(size, size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation), 0, 0, size, size);
        return pixmap;
    }
    // A colour per name, so that tabs of different contacts are told apart at a glance.
    const int hue = int(qHash(m_contact.displayName) % 360);
    painter.fillPath(circle, QColor::fromHsl(hue, 90, 150));
    QString initials;
    const QStringList words = m_contact.isCompany() ? m_contact.displayName.split(u' ', Qt::SkipEmptyParts)
                                                    : QStringList{m_contact.firstName, m_contact.lastName};
    for (const QString &word : words) {
        if (!word.isEmpty() && initials.size() < 2) {
            initials += word.at(0).toUpper();
        }
    }
    if (initials.isEmpty() && !m_contact.displayName.isEmpty()) {
        initials = m_contact.displayName.left(1).toUpper();
    }
    QFont font = this->font();
    font.setPixelSize(size * 2 / 5);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

void DetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_sections) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DetailsPanel::retranslate()
{
    // Labels, choices and placeholders are made translated: building anew is simplest and loses only open editors.
    setup(m_kind, m_references);
}

} // namespace Kontor
