// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightLegend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace sayline::app {
namespace {

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

QString buttonName(HighlightKind kind)
{
    QString name = displayName(kind);
    name.remove(QLatin1Char(' '));
    return QStringLiteral("legend%1Button").arg(name);
}

} // namespace

HighlightLegend::HighlightLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("highlightLegend"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->setSpacing(2);
    auto* label = new QLabel(tr("Highlights:"), this);
    label->setStyleSheet(QStringLiteral("color: palette(mid)"));
    layout->addWidget(label);
    for (HighlightKind kind : kAllHighlightKinds) {
        auto* button = new QToolButton(this);
        button->setObjectName(buttonName(kind));
        button->setText(displayName(kind));
        button->setIcon(swatch(highlightColor(kind)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolTip(tr("Show or hide %1 highlights").arg(displayName(kind).toLower()));
        connect(button, &QToolButton::toggled, this, [this, kind](bool on) { Q_EMIT kindToggled(kind, on); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
}

QToolButton* HighlightLegend::button(HighlightKind kind) const
{
    return findChild<QToolButton*>(buttonName(kind));
}

} // namespace sayline::app
