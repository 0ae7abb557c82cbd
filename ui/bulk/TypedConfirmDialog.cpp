#include "TypedConfirmDialog.h"

#include "BulkAction.h"
#include "contacts/ContactService.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

TypedConfirmDialog::TypedConfirmDialog(qint64 count, QWidget *parent)
    : QDialog(parent)
    , m_count(count)
    , m_questionLabel(new QLabel)
    , m_detailLabel(new QLabel)
    , m_promptLabel(new QLabel)
    , m_wordLineEdit(new QLineEdit)
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"typedConfirmDialog"_s);
    m_questionLabel->setObjectName(u"questionLabel"_s);
    m_detailLabel->setObjectName(u"detailLabel"_s);
    m_promptLabel->setObjectName(u"promptLabel"_s);
    m_wordLineEdit->setObjectName(u"confirmWordLineEdit"_s);
    m_buttonBox->setObjectName(u"buttonBox"_s);
    QFont bold = m_questionLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_questionLabel->setFont(bold);
    m_questionLabel->setWordWrap(true);
    m_detailLabel->setWordWrap(true);
    m_promptLabel->setTextFormat(Qt::RichText);
    m_promptLabel->setBuddy(m_wordLineEdit);
    // No completion or autocorrection may type the word for the user.
    m_wordLineEdit->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    for (QPushButton *button :
        {m_buttonBox->button(QDialogButtonBox::Ok), m_buttonBox->button(QDialogButtonBox::Cancel)}) {
        button->setAutoDefault(false);
    }

    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_questionLabel);
    texts->addWidget(m_detailLabel);
    texts->addSpacing(8);
    texts->addWidget(m_promptLabel);
    texts->addWidget(m_wordLineEdit);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(8);
    row->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(m_buttonBox);
    setMinimumWidth(460);

    connect(m_wordLineEdit, &QLineEdit::textChanged, this, &TypedConfirmDialog::updateButton);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isConfirmed()) {
            accept();
        }
    });
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateButton();
}

QString TypedConfirmDialog::word()
{
    return BulkAction::deleteWord();
}

bool TypedConfirmDialog::matches(const QString &typed)
{
    return typed.trimmed() == word();
}

QString TypedConfirmDialog::typedWord() const
{
    return m_wordLineEdit->text().trimmed();
}

bool TypedConfirmDialog::isConfirmed() const
{
    return matches(m_wordLineEdit->text());
}

void TypedConfirmDialog::updateButton()
{
    QPushButton *ok = m_buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(isConfirmed());
    // Enter in the line edit confirms once the word is right; before that it does nothing (neither button is
    // the default, and neither becomes it on focus).
    ok->setDefault(isConfirmed());
}

void TypedConfirmDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateButton();
    }
    QDialog::changeEvent(event);
}

void TypedConfirmDialog::retranslate()
{
    setWindowTitle(tr("Delete contacts"));
    m_questionLabel->setText(tr("Move %Ln contact(s) to the trash?", nullptr, int(m_count)));
    m_detailLabel->setText(
        tr("They stay in the trash for %n day(s) and can be restored until then, with their notes and company "
           "links. The job can also be undone in Bulk Actions.",
            nullptr,
            ContactService::TrashRetentionDays));
    m_promptLabel->setText(tr("Type %1 to confirm:").arg(u"<b>%1</b>"_s.arg(word().toHtmlEscaped())));
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Move to trash"));
    m_buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace Kontor
