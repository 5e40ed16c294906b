// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace idiolect {

namespace {

/** Renders an SVG whose strokes say currentColor in the palette colour of the icon mode. */
class TintedSvgEngine final : public QIconEngine
{
public:
    explicit TintedSvgEngine(QByteArray svg) : m_svg(std::move(svg)) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(tinted(mode));
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pm = pixmap(size * scale, mode, state);
        pm.setDevicePixelRatio(scale);
        return pm;
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_svg); }
    QString key() const override { return u"idiolect-tinted-svg"_s; }

private:
    QByteArray tinted(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        QColor color = palette.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::HighlightedText);
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name().toLatin1());
        return svg;
    }

    QByteArray m_svg;
};

} // namespace

QIcon Icons::icon(const QString &name)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new TintedSvgEngine(file.readAll()));
}

QIcon Icons::appIcon()
{
    QIcon icon;
    for (int size : {16, 22, 24})
        icon.addFile(u":/icons/idiolect-small.svg"_s, QSize(size, size));
    for (int size : {32, 48, 64, 128, 256})
        icon.addFile(u":/icons/idiolect.svg"_s, QSize(size, size));
    return icon;
}

} // namespace idiolect
