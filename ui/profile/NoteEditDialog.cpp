#include "NoteEditDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

NoteEditDialog::NoteEditDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_textEdit(new QPlainTextEdit(text, this))
    , m_errorLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"noteEditDialog"_s);
    setWindowTitle(text.isEmpty() ? tr("New note") : tr("Edit note"));
    m_textEdit->setObjectName(u"noteEditTextEdit"_s);
    m_errorLabel->setObjectName(u"noteEditErrorLabel"_s);
    m_buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveNoteButton"_s);
    m_buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_textEdit->setTabChangesFocus(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #b3261e;"_s);
    m_errorLabel->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_textEdit);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttonBox);
    resize(480, 300);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy) {
            Q_EMIT saveRequested(this->text());
        }
    });
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &NoteEditDialog::updateButton);
    updateButton();
}

QString NoteEditDialog::text() const
{
    return m_textEdit->toPlainText().trimmed();
}

void NoteEditDialog::showError(const QString &message)
{
    setBusy(false);
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void NoteEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void NoteEditDialog::updateButton()
{
    m_buttonBox->button(QDialogButtonBox::Save)->setEnabled(!m_busy && !text().isEmpty());
}

} // namespace Kontor
