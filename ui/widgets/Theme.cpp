// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace idiolect {

namespace {

/** Hues (degrees) used for tones; lightness and saturation come from the palette. */
int toneHue(Theme::Tone tone)
{
    switch (tone) {
    case Theme::Tone::Positive: return 130;
    case Theme::Tone::Negative: return 0;
    case Theme::Tone::Warning: return 38;
    case Theme::Tone::Information: return 212;
    case Theme::Tone::Neutral: return -1;
    }
    return -1;
}

} // namespace

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.45;
}

QColor Theme::mix(const QColor &a, const QColor &b, qreal t)
{
    const qreal s = 1.0 - t;
    return QColor::fromRgbF(
        float(a.redF() * s + b.redF() * t), float(a.greenF() * s + b.greenF() * t),
        float(a.blueF() * s + b.blueF() * t), float(a.alphaF() * s + b.alphaF() * t));
}

QColor Theme::toneColor(const QPalette &palette, Tone tone)
{
    const int hue = toneHue(tone);
    if (hue < 0)
        return palette.color(QPalette::PlaceholderText);
    const bool dark = isDark(palette);
    return QColor::fromHsl(hue, dark ? 170 : 190, dark ? 165 : 95);
}

QColor Theme::toneBackground(const QPalette &palette, Tone tone)
{
    const QColor base = palette.color(QPalette::Window);
    return mix(base, toneColor(palette, tone), isDark(palette) ? 0.28 : 0.16);
}

QColor Theme::categoryColor(const QPalette &palette, int index)
{
    static const int hues[] = {212, 28, 140, 330, 265, 48, 185, 0};
    const int hue = hues[index % int(std::size(hues))];
    const bool dark = isDark(palette);
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 160 : 110);
}

QColor Theme::ownBubble(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
               isDark(palette) ? 0.45 : 0.22);
}

QColor Theme::otherBubble(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text),
               isDark(palette) ? 0.12 : 0.07);
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7e, 0xdb);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, mix(base, window, 0.5));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x48, 0x4a, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3e, 0x42));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xa9, 0x8c, 0xe8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x52, 0x56));
    return p;
}

void Theme::apply(Settings::ColorScheme scheme)
{
    static const QString originalStyle = QApplication::style()->name();
    static const QPalette originalPalette = QApplication::palette();
    switch (scheme) {
    case Settings::ColorScheme::System:
        QApplication::setStyle(QStyleFactory::create(originalStyle));
        QApplication::setPalette(originalPalette);
        break;
    case Settings::ColorScheme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Settings::ColorScheme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace idiolect
