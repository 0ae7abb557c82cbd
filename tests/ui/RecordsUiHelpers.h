#pragma once

#include "GuiFixture.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QPointer>
#include <QUrl>

#include <catch2/catch.hpp>
#include <memory>

namespace Kontor::Test {

// What a file manager's drop delivers: a drag entering the widget, then the drop, both with file URLs.
inline void dropFiles(QWidget *target, const QStringList &paths)
{
    auto mime = std::make_unique<QMimeData>();
    QList<QUrl> urls;
    for (const QString &path : paths) {
        urls.append(QUrl::fromLocalFile(path));
    }
    mime->setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    REQUIRE(drop.isAccepted());
}

inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

// The newest visible top-level widget of type T with that object name (dialogs opened with open()).
template <typename T> T *waitForTopLevel(const QString &name)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *t = qobject_cast<T *>(widget); t && t->objectName() == name && t->isVisible()) {
                    found = t;
                }
            }
            return found != nullptr;
        },
        GuiWaitMs);
    INFO("waiting for " << name.toStdString());
    REQUIRE(shown);
    return found;
}

inline void showWidget(QWidget &widget, int width, int height)
{
    widget.resize(width, height);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
}

} // namespace Kontor::Test
