// SPDX-FileCopyrightText: 2026 Idiolect contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyColors.h"

#include "widgets/Theme.h"

#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace idiolect {

namespace {
constexpr int kSwatchSize = 16;
constexpr int kFirstHue = 212;
} // namespace

QColor PrivacyColors::color(const QPalette &palette, PiiKind kind)
{
    // Ten kinds, ten hues 36° apart (Theme's category colours repeat after eight); kinds
    // next to each other in the list step three hues, so neighbours never look alike.
    const int step = (int(kind) * 3) % kPiiKindCount;
    const int hue = (kFirstHue + step * (360 / kPiiKindCount)) % 360;
    const bool dark = Theme::isDark(palette);
    return QColor::fromHsl(hue, dark ? 150 : 170, dark ? 160 : 110);
}

QColor PrivacyColors::spanBackground(const QPalette &palette, PiiKind kind)
{
    return Theme::mix(palette.color(QPalette::Base), color(palette, kind),
                      Theme::isDark(palette) ? 0.5 : 0.3);
}

QIcon PrivacyColors::swatch(const QPalette &palette, PiiKind kind)
{
    QIcon icon;
    for (const qreal dpr : {1.0, 2.0}) {
        QPixmap pm(QSize(kSwatchSize, kSwatchSize) * dpr);
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color(palette, kind));
        p.drawEllipse(QRectF(3, 3, kSwatchSize - 6, kSwatchSize - 6));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace idiolect
