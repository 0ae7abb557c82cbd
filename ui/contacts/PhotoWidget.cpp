#include "PhotoWidget.h"

#include "contacts/Contact.h"

#include <QBuffer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MaxPhotoSide = 512;
constexpr int PreviewSide = 96;
} // namespace

PhotoWidget::PhotoWidget(QWidget *parent)
    : QWidget(parent)
    , m_preview(new QLabel(this))
    , m_chooseButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    m_preview->setObjectName(u"photoPreviewLabel"_s);
    m_chooseButton->setObjectName(u"choosePhotoButton"_s);
    m_removeButton->setObjectName(u"removePhotoButton"_s);
    m_preview->setFixedSize(PreviewSide, PreviewSide);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_chooseButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 0, Qt::AlignTop);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_chooseButton, &QPushButton::clicked, this, &PhotoWidget::choose);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        m_photo.clear();
        updatePreview();
        Q_EMIT photoChanged();
    });
    retranslate();
    updatePreview();
}

void PhotoWidget::setPhoto(const QByteArray &photo)
{
    m_photo = photo;
    updatePreview();
}

QString PhotoWidget::loadFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        //: %1 is a file path, %2 the reason from the image library
        return tr("Could not read the picture %1: %2").arg(path, reader.errorString());
    }
    if (image.width() > MaxPhotoSide || image.height() > MaxPhotoSide) {
        image = image.scaled(MaxPhotoSide, MaxPhotoSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    // JPEG has no alpha channel: flatten transparent pictures on white instead of black.
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    }
    QByteArray bytes;
    for (int quality = 90; quality >= 30; quality -= 15) {
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "JPEG", quality)) {
            return tr("Could not convert the picture %1 to JPEG.").arg(path);
        }
        if (bytes.size() <= ContactLimits::PhotoBytes) {
            m_photo = bytes;
            updatePreview();
            Q_EMIT photoChanged();
            return {};
        }
    }
    return tr("The picture %1 is too large even after scaling it down.").arg(path);
}

void PhotoWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updatePreview();
    }
    QWidget::changeEvent(event);
}

void PhotoWidget::choose()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a photo"), {}, tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString why = loadFile(path); !why.isEmpty()) {
        Q_EMIT problem(why);
    }
}

void PhotoWidget::updatePreview()
{
    QImage image;
    if (!m_photo.isEmpty() && image.loadFromData(m_photo)) {
        m_preview->setPixmap(
            QPixmap::fromImage(image.scaled(PreviewSide, PreviewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_preview->setPixmap({});
        m_preview->setText(tr("No photo"));
    }
    m_removeButton->setEnabled(!m_photo.isEmpty());
}

void PhotoWidget::retranslate()
{
    m_chooseButton->setText(tr("Choose..."));
    m_removeButton->setText(tr("Remove"));
}

} // namespace Kontor
