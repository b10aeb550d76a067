// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightLegend.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolBar>
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
    layout->setContentsMargins(8, 0, 8, 0);
    // A tool bar folds the entries that do not fit into its » menu, so a narrow reader keeps them all.
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("highlightLegendBar"));
    bar->setIconSize(QSize(14, 14));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* label = new QLabel(tr("Highlights:"), bar);
    label->setStyleSheet(QStringLiteral("color: palette(mid); padding-right: 4px"));
    bar->addWidget(label);
    for (HighlightKind kind : kAllHighlightKinds) {
        QAction* action = bar->addAction(swatch(highlightColor(kind)), displayName(kind));
        action->setCheckable(true);
        action->setChecked(true);
        action->setToolTip(tr("Show or hide %1 highlights").arg(displayName(kind).toLower()));
        bar->widgetForAction(action)->setObjectName(buttonName(kind));
        connect(action, &QAction::toggled, this, [this, kind](bool on) { Q_EMIT kindToggled(kind, on); });
    }
    layout->addWidget(bar);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

QToolButton* HighlightLegend::button(HighlightKind kind) const
{
    return findChild<QToolButton*>(buttonName(kind));
}

} // namespace sayline::app
